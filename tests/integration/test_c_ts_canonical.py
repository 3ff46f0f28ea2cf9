"""Every HumanEval-C / -TypeScript canonical solution passes with gcc / tsc + node, and stubs fail;
C canonical programs are sanitizer-clean; TypeScript random tests are deterministic.

Direct toolchain check (no sandbox; the engine path is covered by test_canonical_all.py). All
328 programs run in parallel; TypeScript is type-checked in one tsc run (module per program).
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from codem_core.benchmarks import load_problems
from codem_core.benchmarks.audit import program, stubs
from codem_core.benchmarks.builders.humaneval_c_ts import BUILT_DIR
from codem_core.benchmarks.builders.toolrun import DEFAULT_TSC, run_c_many, run_ts_many, typecheck_and_emit

ROOT = BUILT_DIR.parent


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc missing")
def test_c_canonical_pass_and_stubs_fail():
    ps = load_problems("c", ROOT)
    progs = [program(p, p.canonical_solution) for p in ps] + [program(p, "    return 0;\n}\n") for p in ps]
    res = run_c_many(progs)
    failed = [f"{p.task_id}: {r.stage} {r.detail[:200]}" for p, r in zip(ps, res[:164]) if not r.passed]
    assert not failed, "\n".join(failed)
    accepted = [p.task_id for p, r in zip(ps, res[164:]) if r.passed]
    assert not accepted


@pytest.mark.skipif(shutil.which("node") is None or not shutil.os.path.exists(DEFAULT_TSC), reason="node/tsc missing")
def test_typescript_canonical_pass_and_stubs_fail():
    ps = load_problems("typescript", ROOT)
    stub = stubs("typescript", None)["return undefined"]
    progs = [program(p, p.canonical_solution) for p in ps] + [program(p, stub) for p in ps]
    res = run_ts_many(progs)
    failed = [f"{p.task_id}: {r.stage} {r.detail[:200]}" for p, r in zip(ps, res[:164]) if not r.passed]
    assert not failed, "\n".join(failed)
    accepted = [p.task_id for p, r in zip(ps, res[164:]) if r.passed]
    assert not accepted


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc missing")
def test_c_canonical_programs_are_sanitizer_clean():
    """ASan + UBSan + LSan on every canonical program: the tests free what the prompts say the
    caller frees, so a leak, an out-of-bounds access or a bad free is the solution's."""
    ps = load_problems("c", ROOT)
    res = run_c_many([program(p, p.canonical_solution) for p in ps], sanitize=True)
    if any(r.stage == "sanitizer-unavailable" for r in res):
        pytest.skip("LeakSanitizer cannot run here (ptrace restrictions)")
    bad = [f"{p.task_id}: {r.stage} {r.detail[:300]}" for p, r in zip(ps, res) if not r.passed]
    assert not bad, "\n".join(bad)


@pytest.mark.skipif(shutil.which("gcc") is None, reason="gcc missing")
def test_c_sanitizer_run_reports_a_leak():
    # the check above can fail: a solution that never frees its scratch buffer is reported
    p = {q.number: q for q in load_problems("c", ROOT)}[10]
    leaky = "    char *scratch = malloc(64);\n    scratch[0] = 0;\n" + p.canonical_solution
    plain = run_c_many([program(p, leaky)])[0]
    checked = run_c_many([program(p, leaky)], sanitize=True)[0]
    assert plain.passed
    if checked.stage == "sanitizer-unavailable":
        pytest.skip("LeakSanitizer cannot run here (ptrace restrictions)")
    assert not checked.passed and checked.stage == "sanitizer" and "LeakSanitizer" in checked.detail


@pytest.mark.skipif(shutil.which("node") is None or not shutil.os.path.exists(DEFAULT_TSC), reason="node/tsc missing")
def test_typescript_random_tests_give_a_completion_the_same_inputs_every_run(tmp_path):
    """The tests of 32, 38, 50 and 53 draw random inputs from a seeded PRNG: a completion that
    prints its arguments prints the same thing in two runs (so its verdict cannot flip)."""
    ps = {p.number: p for p in load_problems("typescript", ROOT)}
    log = "  console.log(JSON.stringify(Array.from(arguments)));\n"
    sources = ["declare var console: any;\n" + program(ps[n], log + ps[n].canonical_solution) for n in (32, 38, 50, 53)]
    errors = typecheck_and_emit(sources, tmp_path)
    assert not any(errors), errors
    for i, n in enumerate((32, 38, 50, 53)):
        js = tmp_path / "js" / f"p{i}.js"
        runs = [subprocess.run(["node", str(js)], capture_output=True, text=True, timeout=60) for _ in range(2)]
        assert all(r.returncode == 0 for r in runs), (n, runs[0].stderr[-500:])
        seen = runs[0].stdout.splitlines()
        assert len(set(seen)) > 10, (n, seen[:5])  # random inputs, many different ones
        assert runs[0].stdout == runs[1].stdout, n
