"""``codem evaluate`` and the engine under faults: kills, full disks, read-only folders,
corrupted verdict caches and toolchains that disappear.

Each test fails on the behaviour it names (see the docstrings) and passes since the fix in
the commit that added this file unless stated otherwise.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from codem_core.errors import OutputError, ToolchainMissingError
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.evaluate import evaluate_samples
from codem_core.execution.status import Status

PY = [sys.executable, "-m", "codem_core.cli"]


def _env(home: Path, **extra) -> dict:
    return {**os.environ, "CODEM_HOME": str(home), **extra}


def _write_samples(path: Path, rows: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return path


def _slow_rows(data_dir, n: int, sleep_s: float) -> list[dict]:
    """n Python samples, each sleeping first so a run lasts long enough to be killed in the middle.

    Every third is wrong, so the results hold passes and failures."""
    problems = load_problems("python", data_dir)[:n]
    rows = []
    for i, p in enumerate(problems):
        body = p.canonical_solution if i % 3 else "    return None\n"
        rows.append({"task_id": p.task_id, "completion": f"    import time; time.sleep({sleep_s})\n" + body, "row": i})
    return rows


def _cache_entries(home: Path) -> list[Path]:
    return [p for p in (home / "verdicts").rglob("*.json")] if (home / "verdicts").is_dir() else []


def _without_durations(path: Path) -> list[dict]:
    # durations are timings (the resumed rows carry the killed run's); everything else must match
    return [{k: v for k, v in json.loads(line).items() if k != "duration_s"} for line in path.read_text().splitlines()]


def _stray(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".") or p.suffix in (".tmp", ".probe", ".part"))


def test_sigkill_mid_run_then_rerun_resumes_and_matches_an_uninterrupted_run(tmp_path, data_dir, request):
    """(1)+(2) SIGKILL of ``codem evaluate`` mid-run, then the same command again.

    The rerun executes only the rows the killed run had not finished (the others are verdict
    cache hits), its results equal an uninterrupted run's, the killed run left no results file
    (absent, never half-written), and neither the out folder nor the scratch folder keeps a
    stray temp (before the fix the killed run's ``run-*`` scratch folder stayed forever).
    """
    rows = _slow_rows(data_dir, 9, 0.4)
    samples = _write_samples(tmp_path / "samples.jsonl", rows)
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "results.jsonl"
    home = tmp_path / "home"
    # a scratch folder of this test's own (other codem processes may share the default one);
    # outside tmp_path, whose parents the sandbox user cannot traverse
    scratch = Path(tempfile.mkdtemp(prefix="codem-faults-scratch-", dir="/tmp"))
    request.addfinalizer(lambda: shutil.rmtree(scratch, ignore_errors=True))
    scratch.chmod(0o711)
    env = _env(home, CODEM_SCRATCH_DIR=str(scratch))
    args = [*PY, "evaluate", "--samples", str(samples), "--out", str(out), "--workers", "2"]

    proc = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while len(_cache_entries(home)) < 3 and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert proc.poll() is None, f"the run ended before it could be killed: {proc.stderr.read()}"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    finished = len(_cache_entries(home))
    assert 3 <= finished < len(rows)
    assert not out.exists() and _stray(out_dir) == []
    assert list(scratch.glob("run-*")), "the killed run should have left its scratch folder (test set-up)"

    rerun = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert rerun.returncode == 0, rerun.stderr
    summary = json.loads(Path(str(out) + ".summary.json").read_text())["engine"]
    assert summary["cache_hits"] == finished and summary["executed"] == len(rows) - finished
    assert not list(scratch.glob("run-*")), "a killed run's scratch folder must be removed by the next run"
    assert _stray(out_dir) == []

    # the uninterrupted reference, in this process (a CLI start costs seconds) with a cache of its own
    fresh_out = tmp_path / "fresh" / "results.jsonl"
    evaluate_samples(samples, fresh_out, engine=ExecutionEngine(workers=2, cache=tmp_path / "home2" / "verdicts"))
    resumed, uninterrupted = _without_durations(out), _without_durations(fresh_out)
    assert resumed == uninterrupted, [(a, b) for a, b in zip(resumed, uninterrupted) if a != b]
    assert [r["status"] for r in _without_durations(out)] == [
        "failed" if i % 3 == 0 else "passed" for i in range(len(rows))
    ]


def test_a_killed_writers_temp_file_is_removed_by_the_rerun(tmp_path, data_dir, fresh_settings):
    """(2) A results temp left by a writer that was SIGKILLed during the write (its pid is dead)
    is removed by the next run; a live writer's temp is left alone."""
    py = load_problems("python", data_dir)
    samples = _write_samples(tmp_path / "s.jsonl", [{"task_id": "Python/0", "completion": py[0].canonical_solution}])
    out = tmp_path / "r.jsonl"
    dead = subprocess.Popen(["true"])
    dead.wait()
    stale = tmp_path / f".r.jsonl.{dead.pid}-abc123.tmp"
    stale.write_text('{"task_id": "Python/0", "pas')
    live = tmp_path / f".r.jsonl.{os.getppid()}-def456.tmp"
    live.write_text("another writer's data")
    evaluate_samples(samples, out, engine=ExecutionEngine(workers=1))
    assert not stale.exists() and live.exists()
    assert [json.loads(line)["status"] for line in out.read_text().splitlines()] == ["passed"]


def test_a_failed_write_keeps_the_old_results_whole_and_says_one_line(tmp_path, data_dir, fresh_settings, monkeypatch):
    """(2) A write that fails part-way (disk full) leaves the previous results file exactly as it
    was, no temp file, and a one-line OutputError (before: a raw OSError traceback)."""
    py = load_problems("python", data_dir)
    samples = _write_samples(
        tmp_path / "s.jsonl",
        [
            {"task_id": "Python/0", "completion": py[0].canonical_solution},
            {"task_id": "Python/1", "completion": "    return []\n"},
        ],
    )
    out = tmp_path / "r.jsonl"
    out.write_text('{"task_id": "Python/0", "status": "passed"}\n')
    before = out.read_bytes()

    def full_disk(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk)
    with pytest.raises(OutputError, match=r"cannot write .*r\.jsonl: No space left on device") as err:
        evaluate_samples(samples, out, engine=ExecutionEngine(workers=1))
    assert "\n" not in str(err.value)
    assert out.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["r.jsonl", "s.jsonl"]


def _read_only_run(out_dir: Path, args: list[str], env: dict) -> subprocess.CompletedProcess:
    """Run the CLI with ``out_dir`` read-only: a read-only mount as root (root ignores mode bits)."""
    if os.geteuid() != 0:
        out_dir.chmod(0o555)
        try:
            return subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
        finally:
            out_dir.chmod(0o755)
    if shutil.which("unshare") is None:
        pytest.skip("running as root without unshare: cannot make a read-only folder")
    import shlex

    script = f"mount -t tmpfs -o ro tmpfs {shlex.quote(str(out_dir))} && exec {shlex.join(args)}"
    res = subprocess.run(["unshare", "-m", "sh", "-c", script], env=env, capture_output=True, text=True, timeout=120)
    if "mount:" in res.stderr:
        pytest.skip(f"cannot mount a read-only tmpfs here: {res.stderr.strip()}")
    return res


@pytest.mark.parametrize("which", ["out", "summary"])
def test_read_only_output_folder_fails_first_with_one_line(tmp_path, data_dir, which):
    """(3) A results (or summary) path in a read-only folder: one line, exit 2, before any program
    runs (before the fix: every program ran, then a PermissionError/OSError traceback)."""
    py = load_problems("python", data_dir)
    samples = _write_samples(tmp_path / "s.jsonl", [{"task_id": "Python/0", "completion": py[0].canonical_solution}])
    ro = tmp_path / "ro"
    ro.mkdir()
    home = tmp_path / "home"
    out = ro / "r.jsonl" if which == "out" else tmp_path / "r.jsonl"
    args = [*PY, "evaluate", "--samples", str(samples), "--out", str(out)]
    if which == "summary":
        args += ["--summary", str(ro / "summary.json")]
    res = _read_only_run(ro, args, _env(home))
    assert res.returncode == 2, res.stderr
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: cannot write ") and str(ro) in lines[0], res.stderr
    assert "Traceback" not in res.stderr
    assert _cache_entries(home) == []  # nothing was executed
    assert not (tmp_path / "r.jsonl").exists()


CORRUPTIONS = {
    "truncated": lambda b: b[: len(b) // 2],
    "garbage_bytes": lambda b: b"\xff\xfe\x00\x9c garbage \x80" * 3,
    "empty": lambda b: b"",
    "not_an_object": lambda b: b"[1, 2, 3]",
    "missing_fields": lambda b: b"{}",
    "unknown_status": lambda b: b.replace(b'"status": "', b'"status": "bogus'),
    # a well-formed entry whose verdict was changed: must not be believed
    "flipped_verdict": lambda b: json.dumps(
        {**json.loads(b), "status": "failed" if json.loads(b)["status"] == "passed" else "passed"}
    ).encode(),
    "sandbox_error": lambda b: json.dumps({**json.loads(b), "status": "sandbox_error"}).encode(),
}


@pytest.mark.parametrize("kind", sorted(CORRUPTIONS))
def test_corrupted_verdict_cache_entries_are_recomputed(tmp_path, data_dir, fresh_settings, kind):
    """(4) Every verdict cache entry corrupted: the rerun neither crashes (before the fix garbage
    bytes raised UnicodeDecodeError and ``{}`` a KeyError) nor believes a wrong verdict (a flipped
    status was served as is); it recomputes and rewrites the entries."""
    py = load_problems("python", data_dir)
    samples = _write_samples(
        tmp_path / "s.jsonl",
        [
            {"task_id": "Python/0", "completion": py[0].canonical_solution},
            {"task_id": "Python/1", "completion": "    return []\n"},
            {"task_id": "Python/2", "completion": "    return (\n"},
        ],
    )
    first = evaluate_samples(samples, tmp_path / "a.jsonl", engine=ExecutionEngine(workers=1))
    expected = [json.loads(line)["status"] for line in (tmp_path / "a.jsonl").read_text().splitlines()]
    assert expected == ["passed", "failed", "compile_error"] and first["engine"]["executed"] == 3
    entries = _cache_entries(fresh_settings.home)
    assert len(entries) == 3
    dead = subprocess.Popen(["true"])
    dead.wait()
    for entry in entries:
        entry.write_bytes(CORRUPTIONS[kind](entry.read_bytes()))
        # and the temp a writer killed mid-write leaves beside it
        entry.with_name(f".{entry.name}.{dead.pid}-x1y2z3.tmp").write_text('{"status": "pas')

    second = evaluate_samples(samples, tmp_path / "b.jsonl", engine=ExecutionEngine(workers=1))
    assert [json.loads(line)["status"] for line in (tmp_path / "b.jsonl").read_text().splitlines()] == expected
    assert second["engine"]["executed"] == 3 and second["engine"]["cache_hits"] == 0
    third = evaluate_samples(samples, tmp_path / "c.jsonl", engine=ExecutionEngine(workers=1))
    assert third["engine"]["cache_hits"] == 3  # the recomputed verdicts replaced the bad entries
    assert not list((fresh_settings.home / "verdicts").rglob("*.tmp"))


def test_unwritable_verdict_cache_still_gives_every_verdict(tmp_path, data_dir, fresh_settings):
    """(4) A cache folder that cannot be written (here: a file where the folder should be) costs
    reuse only: before the fix the second failure inside ``record`` escaped the worker thread."""
    py = load_problems("python", data_dir)
    fresh_settings.home.mkdir(parents=True)
    (fresh_settings.home / "verdicts").write_text("not a folder")
    samples = _write_samples(tmp_path / "s.jsonl", [{"task_id": "Python/0", "completion": py[0].canonical_solution}])
    res = evaluate_samples(samples, tmp_path / "r.jsonl", engine=ExecutionEngine(workers=1))
    assert res["pass@1"]["python"]["passed"] == 1


def test_path_without_go_names_the_debian_package(tmp_path, data_dir):
    """(5) PATH without ``go``: one line naming the Debian package ``golang-go``, exit 2."""
    if shutil.which("go") is None:
        pytest.skip("go is not installed")
    go_bin = Path(shutil.which("go"))
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    # every tool of the PATH folders but go, so only go is missing
    for folder in os.environ["PATH"].split(os.pathsep):
        if not os.path.isdir(folder):
            continue
        for tool in os.listdir(folder):
            link = bin_dir / tool
            if tool != "go" and not link.exists() and not link.is_symlink():
                link.symlink_to(os.path.join(folder, tool))
    assert not (bin_dir / go_bin.name).exists()
    go = load_problems("go", data_dir)
    samples = _write_samples(tmp_path / "s.jsonl", [{"task_id": "Go/0", "completion": go[0].canonical_solution}])
    res = subprocess.run(
        [*PY, "evaluate", "--samples", str(samples), "--out", str(tmp_path / "r.jsonl")],
        env=_env(tmp_path / "home", PATH=str(bin_dir)),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert res.returncode == 2
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "`go` not found" in lines[0] and "golang-go" in lines[0], res.stderr
    assert not (tmp_path / "r.jsonl").exists()


def test_go_toolchain_vanishing_mid_run_is_an_error_not_a_cached_compile_error(tmp_path, data_dir, fresh_settings):
    """(5) The Go compiler disappearing after the pre-flight check (a package removed mid-run).

    Before the fix the program got ``compile_error`` and that verdict was cached under the
    toolchain's fingerprint, so later runs kept reporting it after the reinstall. Now: a
    ToolchainMissingError naming ``golang-go``, nothing cached, and a later run passes."""
    go = load_problems("go", data_dir)
    engine = ExecutionEngine(workers=1)
    ok = engine.evaluate([(go[0], go[0].canonical_solution)])
    assert ok[0].status is Status.PASSED
    adapter = engine.adapter("go")
    adapter._tooldir = str(tmp_path / "removed" / "tool")  # where the compiler was
    before = set(_cache_entries(fresh_settings.home))
    with pytest.raises(ToolchainMissingError, match="golang-go"):
        engine.evaluate([(go[1], go[1].canonical_solution), (go[2], go[2].canonical_solution)])
    assert set(_cache_entries(fresh_settings.home)) == before
    # reinstalled: the engine checks the toolchain again and the programs pass
    assert "go" not in engine._adapters
    again = ExecutionEngine(workers=1).evaluate([(go[1], go[1].canonical_solution)])
    assert again[0].status is Status.PASSED and not again[0].cached
