"""Rust through the engine: every canonical solution passes; HumanEvalPack's buggy solutions get
the verdicts plain ``cargo test`` gives them one at a time; programs built together in one crate
get the verdicts of builds alone; extracted completions run; rustc is held by the sandbox.

``CODEM_RUST_BUGGY=all`` compares all 164 buggy solutions instead of every 4th (41): the full
comparison reported in docs/languages.md.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from codem_core.execution.adapters import Job
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.status import Status
from codem_core.inference.extraction import extract_completion

pytestmark = pytest.mark.skipif(not Path("/usr/bin/rustc").exists(), reason="Debian's rustc is not installed")

ROWS_PATH = Path(__file__).resolve().parents[1] / "data" / "extraction_rust.jsonl"
ROWS = [json.loads(line) for line in ROWS_PATH.read_text().splitlines()]
BROKEN = "    return undefined_name;\n}\n"
SEES_THE_CRATE = "    crate::strlen_helper(&strings)\n}\n\nfn strlen_helper(s: &str) -> i32 {\n    s.len() as i32\n}\n"
WRONG = "    strings.len() as i32 + 1\n}\n"
PANICS = "    let v: Vec<i32> = Vec::new();\n    v[strings.len()]\n}\n"
EXITS = "    std::process::exit(0)\n}\n"


@pytest.fixture()
def scratch_dir():
    """A dir the sandbox users can reach, under the engine's scratch root."""
    from codem_core.config import get_settings

    root = get_settings().scratch_root
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o711)
    path = Path(tempfile.mkdtemp(prefix="test-rust-", dir=root))
    path.chmod(0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def test_benchmarks_check_rust_passes_all_164(tmp_path):
    env = dict(os.environ, CODEM_HOME=str(tmp_path / "home"))
    res = subprocess.run(
        [sys.executable, "-m", "codem_core.cli", "benchmarks", "check", "--language", "rust"],
        capture_output=True,
        text=True,
        env=env,
        timeout=1800,
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert "all 164 canonical solutions pass" in res.stdout


@pytest.mark.slow
def test_buggy_solutions_get_the_verdicts_of_cargo_test_alone(data_dir, scratch_dir):
    problems = load_problems("rust", data_dir)
    if os.environ.get("CODEM_RUST_BUGGY") != "all":
        problems = problems[::4]
    assert len(problems) >= 40
    engine = ExecutionEngine(cache=False)
    engine_verdicts = engine.evaluate([(p, p.extra["buggy_solution"]) for p in problems])
    adapter = engine.adapter("rust")
    cache = scratch_dir / "cargo-cache"
    cache.mkdir()
    reference = {}
    for p in problems:
        wd = Path(tempfile.mkdtemp(dir=scratch_dir))
        wd.chmod(0o777)
        source = adapter.assemble(p, p.extra["buggy_solution"])
        reference[p.task_id] = adapter.reference_verdict(p, source, wd, engine.sandbox, cache)
    got = {v.task_id: v.status for v in engine_verdicts}
    differ = {t: (got[t].value, reference[t].value) for t in reference if got[t] is not reference[t]}
    print(
        f"\n{len(problems)} buggy Rust solutions; engine {dict(Counter(s.value for s in got.values()))}; "
        f"cargo test {dict(Counter(s.value for s in reference.values()))}; differ: {differ}"
    )
    assert not differ
    assert sum(s is not Status.PASSED for s in reference.values()) >= 0.8 * len(problems)  # they are buggy


def test_shared_crate_verdicts_equal_builds_alone(data_dir, scratch_dir):
    problems = load_problems("rust", data_dir)
    strlen = problems[23]
    pairs = [(p, p.canonical_solution) for p in problems[:5]]
    pairs += [(strlen, BROKEN), (strlen, SEES_THE_CRATE), (strlen, WRONG), (strlen, PANICS), (strlen, EXITS)]
    shared = ExecutionEngine(cache=False, workers=1).evaluate(pairs)
    alone_engine = ExecutionEngine(cache=False, workers=1)
    alone = [alone_engine.evaluate([pair])[0] for pair in pairs]
    assert [v.status for v in shared] == [v.status for v in alone]
    assert [v.status for v in shared] == [Status.PASSED] * 5 + [
        Status.COMPILE_ERROR,
        Status.PASSED,
        Status.FAILED,
        Status.RUNTIME_ERROR,
        Status.RUNTIME_ERROR,
    ]
    # the blamed program was built alone: its message is a single build's
    assert shared[5].detail == alone[5].detail and "undefined_name" in shared[5].detail
    assert "index out of bounds" in shared[8].detail and "never reported" in shared[9].detail

    # which programs share the crate: the batchable ones; one that names the crate builds alone
    engine = ExecutionEngine(cache=False, workers=1)
    adapter = engine.adapter("rust")
    engine.check(["rust"])
    jobs = []
    for i, (problem, completion) in enumerate(pairs):
        wd = scratch_dir / f"job-{i}"
        wd.mkdir()
        wd.chmod(0o777)
        source = adapter.assemble(problem, completion)
        jobs.append(Job(index=i, problem=problem, completion=completion, source=source, workdir=wd))
    assert adapter.compile_batch(jobs, engine.sandbox, scratch_dir) == {}
    batched = {j.index for j in jobs if j.notes.get("compiled")}
    assert batched == {0, 1, 2, 3, 4, 7, 8, 9}  # not the one rustc blamed (5), not the one seeing the crate (6)
    assert all(adapter.run_argv(jobs[i]) == ["./prog", f"codem_p{i}::"] for i in batched)


@pytest.mark.slow
def test_extracted_completions_pass_their_tests(data_dir):
    problems = {p.task_id: p for p in load_problems("rust", data_dir)}
    items = []
    for row in ROWS:
        p = problems[row["task_id"]]
        ex = extract_completion(row["reply"], language="rust", prompt=p.prompt, entry_point=p.entry_point)
        items.append((p, ex.completion, ex.imports))
    verdicts = ExecutionEngine(cache=False).evaluate(items)
    wrong = [
        (row["id"], v.status.value, v.detail[-400:]) for row, v in zip(ROWS, verdicts) if v.passed != row["passes"]
    ]
    assert not wrong, wrong


def test_rustc_is_sandboxed(data_dir):
    """Compiling is running the model's code too (macros read files): rustc sees no host file
    outside the toolchain folders, and the run's memory limit holds."""
    strlen = load_problems("rust", data_dir)[23]
    secret = Path(__file__).resolve()  # the checkout: absent inside the sandbox
    reads_host = f'    include_str!("{secret}").len() as i32\n}}\n'
    hoards = "    let mut v = Vec::new();\n    loop { v.push(vec![1u8; 1 << 20]); }\n}\n"
    verdicts = ExecutionEngine(cache=False).evaluate([(strlen, reads_host), (strlen, hoards)])
    assert verdicts[0].status is Status.COMPILE_ERROR and "couldn't read" in verdicts[0].detail
    assert verdicts[1].status is Status.OOM
