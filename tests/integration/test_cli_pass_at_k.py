"""``codem evaluate`` with n samples per problem, from the command line; and an evaluation split
into chunks (as workers would run them) merged back into the same results and summary."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from codem_core.benchmarks import load_problems


def codem(*args, env):
    return subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *args], capture_output=True, text=True, env=env, timeout=600
    )


@pytest.fixture()
def home_env(tmp_path):
    import os

    return dict(os.environ, CODEM_HOME=str(tmp_path / "home"))


def _rows(data_dir, passing: dict[str, int], n: int) -> list[dict]:
    """n samples for each task: the first ``passing[task]`` correct, the rest another problem's solution."""
    probs = {p.task_id: p for lang in ("python", "javascript") for p in load_problems(lang, data_dir)[:3]}
    rows = []
    for tid, c in passing.items():
        lang_probs = [p for p in probs.values() if p.language == probs[tid].language]
        wrong = next(p for p in lang_probs if p.task_id != tid).canonical_solution
        for i in range(n):
            body = probs[tid].canonical_solution if i < c else wrong
            rows.append({"task_id": tid, "sample": i, "completion": body + ("\n" * (i + 1) if i < c else "")})
    return rows


PASSING = {"Python/0": 3, "Python/1": 0, "Python/2": 1, "JavaScript/0": 4, "JavaScript/1": 2}


def test_n_samples_give_pass_at_k_in_table_and_summary(tmp_path, data_dir, home_env):
    samples, out = tmp_path / "s.jsonl", tmp_path / "r.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in _rows(data_dir, PASSING, 4)))
    res = codem("evaluate", "--samples", str(samples), "--out", str(out), "--k", "1,2,4", env=home_env)
    assert res.returncode == 0, res.stderr
    summary = json.loads((tmp_path / "r.jsonl.summary.json").read_text())
    py, js = summary["pass@1"]["python"], summary["pass@1"]["javascript"]
    # Python: 3/4, 0/4, 1/4; pass@2 = 1, 0, 1 - C(3,2)/C(4,2) = 0.5
    assert py["pass@k"] == {
        "pass@1": round(100 * (0.75 + 0 + 0.25) / 3, 2),
        "pass@2": 50.0,
        "pass@4": round(200 / 3, 2),
    }
    assert (py["problems"], py["n"], py["samples"], py["passed"]) == (3, 4, 12, 4)
    assert js["pass@k"] == {"pass@1": 75.0, "pass@2": round(100 * (1 + (1 - 1 / 6)) / 2, 2), "pass@4": 100.0}
    assert summary["pass@k"]["overall"]["problems"] == 5 and summary["pass@k"]["k"] == [1, 2, 4]
    assert summary["per_problem"]["Python/2"] == {"samples": 4, "passed": 1}
    table = res.stdout
    assert "pass@2" in table and "pass@4" in table and "all" in table and "66.67" in table and "91.67" in table


def test_k_above_n_is_refused_in_one_line(tmp_path, data_dir, home_env):
    samples, out = tmp_path / "s.jsonl", tmp_path / "r.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in _rows(data_dir, {"Python/0": 1, "Python/1": 0}, 2)))
    res = codem("evaluate", "--samples", str(samples), "--out", str(out), "--k", "1,10", env=home_env)
    assert res.returncode == 2
    assert res.stderr.strip().splitlines() == [
        "error: --k 10 needs at least 10 samples per problem, but some problems have only 2 (Python/0 has 2)"
    ]
    assert not out.exists() and not (tmp_path / "r.jsonl.summary.json").exists()  # refused before any program ran


def test_generate_refuses_n_without_temperature(tmp_path, home_env):
    res = codem(
        "generate",
        "--model",
        "tiny-gptbigcode",
        "--languages",
        "python",
        "--limit",
        "1",
        "--n",
        "3",
        "--out",
        str(tmp_path / "s.jsonl"),
        env=home_env,
    )
    assert res.returncode == 2
    assert (
        res.stderr.strip().splitlines()[-1]
        == "error: --n 3 needs --temperature > 0: greedy decoding gives the same answer every time"
    )
    assert not (tmp_path / "s.jsonl").exists()


def test_chunks_merge_into_the_single_run(tmp_path, data_dir, fresh_settings):
    from codem_core.execution.engine import ExecutionEngine
    from codem_core.execution.evaluate import evaluate_samples
    from codem_core.execution.fanout import merge_results, split_samples

    rows = _rows(data_dir, PASSING, 3)
    rows = rows[::2] + rows[1::2]  # samples of a problem need not be neighbours in the input
    samples = tmp_path / "s.jsonl"
    samples.write_text("".join(json.dumps(r) + "\n" for r in rows))
    single = evaluate_samples(samples, tmp_path / "single.jsonl", engine=ExecutionEngine(workers=2, cache=False))

    chunks = split_samples(samples, tmp_path / "chunks", parts=3)
    assert 2 <= len(chunks) <= 3
    seen: dict[str, int] = {}
    for k, chunk in enumerate(chunks):
        for line in chunk.read_text().splitlines():
            tid = json.loads(line)["task_id"]
            assert seen.setdefault(tid, k) == k  # every sample of a problem in one chunk
    parts, summaries = [], []
    for chunk in chunks:
        part = chunk.with_suffix(".results.jsonl")
        summaries.append(evaluate_samples(chunk, part, engine=ExecutionEngine(workers=2, cache=False)))
        parts.append(part)
    merged = merge_results(parts[::-1], tmp_path / "merged.jsonl", samples_file=str(samples), chunk_summaries=summaries)

    def verdicts(path):
        return [
            (r["task_id"], r["sample"], r["completion"], r["status"])
            for r in map(json.loads, path.read_text().splitlines())
        ]

    assert verdicts(tmp_path / "merged.jsonl") == verdicts(tmp_path / "single.jsonl")
    for key in ("pass@1", "pass@k", "per_problem"):
        assert merged[key] == single[key], key
    assert merged["engine"]["executed"] == single["engine"]["executed"] and merged["chunks"] == len(chunks)
    from codem_core.errors import DataError

    with pytest.raises(DataError, match="a chunk is missing or given twice"):
        merge_results(parts[1:], tmp_path / "partial.jsonl")
