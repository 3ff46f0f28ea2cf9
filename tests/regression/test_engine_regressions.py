"""Execution-engine bugs found earlier, pinned: lone Java programs, the HumanEval-X errata and
JavaScript's ``console.assert`` (which prints and carries on instead of throwing)."""

from __future__ import annotations

import gzip
import json

import pytest

from codem_core.benchmarks import load_problems
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.status import Status


def _upstream(data_dir, stem: str, task_id: str) -> dict:
    """The row exactly as HumanEval-X ships it (before codem's errata)."""
    with gzip.open(data_dir / "humaneval-x" / f"humaneval_{stem}.jsonl.gz", "rt") as fh:
        return next(r for r in map(json.loads, fh) if r["task_id"] == task_id)


def _problem(data_dir, language: str, task_id: str):
    return next(p for p in load_problems(language, data_dir) if p.task_id == task_id)


def test_a_lone_java_program_compiles(data_dir, fresh_settings):
    """A samples file with one Java row always got ``compile_error``: the program is built alone
    (no batch javac), and its package folder was not writable by the sandbox user, so javac could
    not write the classes. Fixed in 283e4b0 (java.py: ``pkg.chmod(0o777)``)."""
    java = _problem(data_dir, "java", "Java/0")
    [verdict] = ExecutionEngine(workers=1, cache=False).evaluate([(java, java.canonical_solution)])
    assert verdict.status is Status.PASSED, verdict.detail
    # and a wrong answer alone is a wrong answer, not a build failure
    [wrong] = ExecutionEngine(workers=1, cache=False).evaluate([(java, "        return false;\n    }\n}")])
    assert wrong.status is Status.FAILED, wrong.detail


@pytest.mark.parametrize("task_id", ["JavaScript/112", "JavaScript/155"])
def test_javascript_errata_and_console_assert_failures_count(data_dir, fresh_settings, task_id):
    """Upstream JS/112 and JS/155 canonical solutions fail their own tests; codem's errata
    (ae00f37, codem_core/benchmarks/errata/humaneval-x.json) replace them. The upstream solution
    must still be judged ``failed``: HumanEval-X's JS tests use ``console.assert``, which only
    prints "Assertion failed" and exits 0, so an engine that looked at the exit status alone
    would pass it."""
    fixed = _problem(data_dir, "javascript", task_id)
    upstream = _upstream(data_dir, "js", task_id)
    assert fixed.canonical_solution != upstream["canonical_solution"] and "errata" in fixed.extra
    verdicts = ExecutionEngine(workers=1, cache=False).evaluate(
        [(fixed, fixed.canonical_solution), (fixed, upstream["canonical_solution"])]
    )
    assert verdicts[0].status is Status.PASSED, verdicts[0].detail
    assert verdicts[1].status is Status.FAILED and "Assertion failed" in verdicts[1].detail


def test_go_95_canonical_passes_whatever_the_map_order(data_dir, fresh_settings):
    """Upstream Go/95 (check_dict_case) stops after the second map key, so with Go's random map
    iteration it passes or fails from run to run (two of its test maps fail for one of Go's 8
    start offsets each: about 3 runs in 4 pass; 10 of 12 did when this test was written).
    Errata cd5a1a0 checks every key. Forty independent runs (distinct programs, so neither the
    cache nor deduplication merges them; one shared Go link keeps it cheap) all pass; the
    upstream solution would pass all forty with probability (7/8)^80 < 0.003%."""
    fixed = _problem(data_dir, "go", "Go/95")
    assert fixed.canonical_solution != _upstream(data_dir, "go", "Go/95")["canonical_solution"]
    runs = [(fixed, fixed.canonical_solution + f"\n// run {i}\n") for i in range(40)]
    verdicts = ExecutionEngine(workers=2, cache=False).evaluate(runs)
    assert [v.status for v in verdicts] == [Status.PASSED] * 40, [v.detail for v in verdicts if not v.passed]


def test_concurrent_sandboxes_never_share_a_uid(monkeypatch, tmp_path):
    """As root each sandboxed program runs as a slot uid of its own (its process-count limit and
    files are its own). Slots were numbered per sandbox object from one fixed base, so two
    sandboxes (two engines in one process, or two codem processes) ran programs as the same
    uid at the same time. Fixed in 0889e06: one slot pool per process, uid range by pid."""
    import os
    import subprocess
    import sys
    import threading

    from codem_core.execution import sandbox as sb

    if os.geteuid() != 0:
        pytest.skip("slot uids are used only when codem runs as root")
    seen: list[int] = []
    both = threading.Barrier(2, timeout=10)

    def fake_run(cmd, limits, cwd=None, env=None, **kw):  # records the uid, holds the slot until both run
        seen.append(int(next(a for a in cmd if a.startswith("--reuid=")).split("=")[1]))
        both.wait()
        return sb.ProcessResult(returncode=0, stdout="", stderr="", wall_s=0.0)

    monkeypatch.setattr(sb, "_run_captured", fake_run)
    threads = [
        threading.Thread(target=box.run, args=(["true"], tmp_path, sb.Limits()))
        for box in (sb.BwrapSandbox(), sb.BwrapSandbox())
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(seen) == 2 and seen[0] != seen[1]
    # another codem process: a uid range that does not meet this one's
    code = (
        "from codem_core.execution.sandbox import _slot_uid, _MAX_SLOTS; print(_slot_uid(0), _slot_uid(_MAX_SLOTS - 1))"
    )
    lo, hi = map(
        int, subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    assert all(not lo <= uid <= hi for uid in seen)
