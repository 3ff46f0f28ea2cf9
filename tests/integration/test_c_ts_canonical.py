"""Every HumanEval-C / -TypeScript canonical solution passes with gcc / tsc + node, and stubs fail.

Direct toolchain check (no sandbox; the engine path is covered by test_canonical_all.py). All
328 programs run in parallel; TypeScript is type-checked in one tsc run (module per program).
"""

from __future__ import annotations

import shutil

import pytest

from codem_core.benchmarks import load_problems
from codem_core.benchmarks.audit import program, stubs
from codem_core.benchmarks.builders.humaneval_c_ts import BUILT_DIR
from codem_core.benchmarks.builders.toolrun import DEFAULT_TSC, run_c_many, run_ts_many

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
