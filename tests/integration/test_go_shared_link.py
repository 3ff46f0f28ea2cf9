"""Go programs share one link (compile_batch) without any verdict differing from a build alone."""

from __future__ import annotations

import os
import shutil
import stat
import tempfile
from pathlib import Path

from codem_core.benchmarks import load_problems
from codem_core.execution.adapters import Job
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.status import Status

# problem 0 (HasCloseElements) completions that escape the function body
INIT_PANICS = '    return false\n}\n\nfunc init() {\n    panic("init of another program ran")\n}\n'
VAR_INIT = '    return len(lookup) == 0\n}\n\nvar lookup = map[string]int{"a": 1}\n'
BROKEN = "    return undefinedName\n}\n"


def _alone(engine: ExecutionEngine, pairs):
    """One program per evaluate call: the single build path, nothing shared."""
    return [engine.evaluate([pair])[0] for pair in pairs]


def test_shared_link_verdicts_equal_builds_alone(data_dir):
    problems = load_problems("go", data_dir)[:6]
    pairs = [(p, p.canonical_solution) for p in problems]
    pairs += [
        (problems[0], INIT_PANICS),
        (problems[0], VAR_INIT),
        (problems[1], BROKEN),
        (problems[3], "    return false\n}\n"),
    ]
    shared = ExecutionEngine(cache=False, workers=1).evaluate(pairs)
    alone = _alone(ExecutionEngine(cache=False, workers=1), pairs)
    assert [v.status for v in shared] == [v.status for v in alone]
    # the canonical programs pass although a package in the same batch panics in its init
    assert [v.status for v in shared[:6]] == [Status.PASSED] * 6
    assert shared[6].status is Status.RUNTIME_ERROR and "init of another program ran" in shared[6].detail
    assert shared[7].status is Status.FAILED  # its map is filled at init: built alone, still correct
    assert shared[8].status is Status.COMPILE_ERROR and "undefinedName" in shared[8].detail
    assert shared[9].status is Status.FAILED


def test_programs_with_init_code_are_linked_alone(data_dir):
    engine = ExecutionEngine(cache=False, workers=1)
    adapter = engine.adapter("go")
    engine.check(["go"])
    # a run dir like the engine's: traversable by the sandbox users, owned by us
    tmp_path = Path(tempfile.mkdtemp(prefix="test-go-", dir=engine.scratch_root))
    try:
        _check_batch(adapter, engine, data_dir, tmp_path)
    finally:
        shutil.rmtree(tmp_path, ignore_errors=True)


def _check_batch(adapter, engine, data_dir, tmp_path):
    problems = load_problems("go", data_dir)[:3]
    completions = [problems[0].canonical_solution, INIT_PANICS, VAR_INIT, BROKEN]
    jobs = []
    for i, completion in enumerate(completions):
        problem = problems[0]
        wd = tmp_path / f"job-{i}"
        wd.mkdir()
        wd.chmod(0o777)
        jobs.append(
            Job(
                index=i,
                problem=problem,
                completion=completion,
                source=adapter.assemble(problem, completion),
                workdir=wd,
            )
        )
    extra = Job(
        index=9,
        problem=problems[1],
        completion=problems[1].canonical_solution,
        source=adapter.assemble(problems[1], problems[1].canonical_solution),
        workdir=tmp_path / "job-9",
    )
    extra.workdir.mkdir()
    extra.workdir.chmod(0o777)
    jobs.append(extra)
    tmp_path.chmod(0o711)
    adapter.compile_batch(jobs, engine.sandbox, tmp_path)
    shared = [j.index for j in jobs if j.notes.get("compiled")]  # the others build alone later
    assert shared == [0, 9], "only programs without init code that compile share the link"
    binary = jobs[0].workdir / "prog"
    st = binary.stat()
    if os.geteuid() == 0:
        # the sandbox runs as another uid: the shared binary must not be writable by it
        assert st.st_uid == 0 and not st.st_mode & (stat.S_IWGRP | stat.S_IWOTH)
    assert adapter.run_argv(jobs[0])[:2] == ["./prog", "0"]
