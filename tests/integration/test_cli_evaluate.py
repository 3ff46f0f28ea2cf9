"""``codem evaluate`` and ``codem benchmarks check`` from the command line."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from codem_core.benchmarks import load_problems


def codem(*args, env=None, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *args], capture_output=True, text=True, env=env, cwd=cwd, timeout=600
    )


@pytest.fixture()
def home_env(tmp_path, monkeypatch):
    import os

    env = dict(os.environ, CODEM_HOME=str(tmp_path / "home"))
    return env


def write_samples(path, rows):
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def test_evaluate_writes_rows_summary_and_table(tmp_path, data_dir, home_env):
    py = load_problems("python", data_dir)
    go = load_problems("go", data_dir)
    rows = [
        {"task_id": "Python/0", "completion": py[0].canonical_solution, "model": "m"},
        {"task_id": "Python/1", "completion": "    return []\n", "model": "m"},
        {"task_id": "Go/2", "completion": go[2].canonical_solution, "model": "m"},
        {"task_id": "Go/3", "completion": "    return undefinedName\n}\n", "model": "m"},
    ]
    samples, out = tmp_path / "s.jsonl", tmp_path / "r.jsonl"
    write_samples(samples, rows)
    res = codem("evaluate", "--samples", str(samples), "--out", str(out), env=home_env)
    assert res.returncode == 0, res.stderr
    results = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["task_id"] for r in results] == [r["task_id"] for r in rows]
    assert all(r["model"] == "m" for r in results)  # input fields kept
    assert [r["status"] for r in results] == ["passed", "failed", "passed", "compile_error"]
    assert [r["passed"] for r in results] == [True, False, True, False]
    assert all(isinstance(r["duration_s"], float) and "detail" in r for r in results)
    summary = json.loads((tmp_path / "r.jsonl.summary.json").read_text())
    assert summary["pass@1"]["python"] == {
        "samples": 2,
        "passed": 1,
        "pass@1": 50.0,
        "statuses": {"passed": 1, "failed": 1},
    }
    assert summary["pass@1"]["go"]["pass@1"] == 50.0
    assert summary["engine"]["sandbox"] == "bwrap" and summary["samples_sha256"]
    assert "pass@1" in res.stdout and "Python" in res.stdout and "50.00" in res.stdout


def test_malformed_line_is_named_and_nothing_is_written(tmp_path, home_env):
    samples, out = tmp_path / "s.jsonl", tmp_path / "r.jsonl"
    samples.write_text('{"task_id": "Python/0", "completion": "    return True\\n"}\n{"task_id": "Python/1", \n')
    res = codem("evaluate", "--samples", str(samples), "--out", str(out), env=home_env)
    assert res.returncode == 2
    assert res.stderr.strip().splitlines()[-1].startswith("error: ") and "s.jsonl:2: malformed JSON" in res.stderr
    assert "Traceback" not in res.stderr
    assert not out.exists() and list(tmp_path.iterdir()) == [samples]


@pytest.mark.parametrize(
    "row,message",
    [
        ({"task_id": "Python/999", "completion": ""}, "s.jsonl:1: unknown task_id 'Python/999'"),
        ({"task_id": "Cobol/1", "completion": ""}, "s.jsonl:1: unknown language 'Cobol'"),
        ({"task_id": "Python/1"}, "lacks a string 'completion'"),
    ],
)
def test_bad_rows_fail_with_one_clear_line(tmp_path, home_env, row, message):
    samples, out = tmp_path / "s.jsonl", tmp_path / "r.jsonl"
    write_samples(samples, [row])
    res = codem("evaluate", "--samples", str(samples), "--out", str(out), env=home_env)
    assert res.returncode == 2 and message in res.stderr and "Traceback" not in res.stderr
    assert not out.exists()


def test_missing_toolchain_names_the_package(monkeypatch):
    from codem_core.errors import ToolchainMissingError
    from codem_core.languages.go.adapter import GoAdapter

    monkeypatch.setattr(GoAdapter, "tools", {"go-not-installed-here": "golang-go"})
    with pytest.raises(ToolchainMissingError, match="install the Debian package `golang-go`"):
        GoAdapter().check_toolchain()


def test_benchmarks_check_passes_and_names_failures(tmp_path, home_env, data_dir, monkeypatch):
    res = codem("benchmarks", "check", "--language", "python", env=home_env)
    assert res.returncode == 0, res.stderr
    assert "all 164 canonical solutions pass" in res.stdout
    # a data dir whose JS solutions are broken: the check names the failing task and exits 1
    import gzip
    import shutil

    bad = tmp_path / "data"
    shutil.copytree(data_dir / "humaneval-x", bad / "humaneval-x")
    rows = [json.loads(line) for line in gzip.open(bad / "humaneval-x" / "humaneval_js.jsonl.gz", "rt")]
    rows[7]["canonical_solution"] = "  return []\n}\n"
    with gzip.open(bad / "humaneval-x" / "humaneval_js.jsonl.gz", "wt") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in rows)
    res = codem("benchmarks", "check", "--language", "javascript", "--data-dir", str(bad), env=home_env)
    assert res.returncode == 1
    assert "FAIL JavaScript/7: failed" in res.stderr
