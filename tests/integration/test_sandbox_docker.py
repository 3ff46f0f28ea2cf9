"""`--sandbox docker` against a real engine: the executor image (built here from the offline base
by the docker_sandbox fixture) gives the same verdicts as bubblewrap. The attack suites in
test_sandbox.py and test_sandbox_attacks.py run in both backends. Skipped, with one line,
where no Docker engine runs."""

from __future__ import annotations

import subprocess

from codem_core.benchmarks import SOURCES, load_problems
from codem_core.execution.adapters import ADAPTERS
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.status import Status
from codem_core.languages import EVAL_LANGUAGES

PER_LANGUAGE = 20


def _programs(data_dir) -> list[tuple]:
    """Per language, 20 canonical solutions and 20 wrong ones: problem k with the canonical
    solution of problem k+1 (wrong answers, compile errors, runtime errors: whatever follows)."""
    pairs = []
    for lang in [lang for lang in EVAL_LANGUAGES if lang in SOURCES and lang in ADAPTERS]:
        problems = load_problems(lang, data_dir)
        picked = problems[:: max(1, len(problems) // PER_LANGUAGE)][:PER_LANGUAGE]
        pairs += [(p, p.canonical_solution) for p in picked]
        nxt = {p.task_id: problems[(problems.index(p) + 1) % len(problems)] for p in picked}
        pairs += [(p, nxt[p.task_id].canonical_solution) for p in picked]
    return pairs


def test_docker_verdicts_equal_bwrap_verdicts(data_dir, docker_sandbox):
    pairs = _programs(data_dir)
    langs = {p.language for p, _ in pairs}
    assert {"python", "javascript", "typescript", "c", "cpp", "java", "go"} <= langs
    bwrap = ExecutionEngine(sandbox="bwrap", cache=False).evaluate(pairs)
    docker = ExecutionEngine(sandbox=docker_sandbox, cache=False).evaluate(pairs)
    differ = [
        f"{b.task_id}: bwrap {b.status.value} / docker {d.status.value}: {d.detail[-200:]}"
        for b, d in zip(bwrap, docker)
        if b.status is not d.status
    ]
    assert not differ, "\n".join(differ)
    # the set is not trivial: every canonical passes, and the wrong ones fail in more than one way
    assert all(v.status is Status.PASSED for v, (p, c) in zip(docker, pairs) if c == p.canonical_solution)
    wrong = {v.status for v, (p, c) in zip(docker, pairs) if c != p.canonical_solution}
    assert len(wrong - {Status.PASSED}) >= 2, wrong


def test_no_sandbox_container_outlives_the_run(data_dir, docker_sandbox):
    problem = load_problems("python", data_dir)[0]
    ExecutionEngine(sandbox=docker_sandbox, cache=False).evaluate([(problem, problem.canonical_solution)])
    left = subprocess.run(
        ["docker", "ps", "-aq", "--filter", "label=codem.sandbox.pid"], capture_output=True, text=True
    ).stdout.split()
    assert not left, left
