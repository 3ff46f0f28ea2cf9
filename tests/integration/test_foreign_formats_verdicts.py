"""Samples in another harness's format get the same verdicts as the same completions in codem's format.

For each format a small file is written the way that harness writes it (bigcode: prompt +
completion, the prompt stripped or not, or whole programs; MultiPL-E: one .json.gz per problem;
evalplus: solutions or completions), evaluated with ``codem evaluate``'s library entry, and its
verdicts compared, sample by sample, with codem rows holding the same completions. Every case
has passing and failing samples, so a reader that lost or misplaced code would show.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.evaluate import evaluate_samples

MULTIPLE_TS = "multipl-e-ts/humaneval-ts.jsonl"


@pytest.fixture()
def engine(fresh_settings):
    return ExecutionEngine(workers=2, cache=False)


def _verdicts(path: Path) -> list[tuple[str, int, str]]:
    return [(r["task_id"], r.get("sample", 0), r["status"]) for r in map(json.loads, path.read_text().splitlines())]


def _codem_verdicts(tmp_path: Path, engine, rows: list[dict], name: str) -> list[tuple[str, int, str]]:
    path = tmp_path / f"{name}.codem.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    evaluate_samples(path, tmp_path / f"{name}.codem.results.jsonl", engine=engine)
    return _verdicts(tmp_path / f"{name}.codem.results.jsonl")


def _foreign_verdicts(tmp_path: Path, engine, path: Path, name: str, **kw) -> list[tuple[str, int, str]]:
    out = tmp_path / f"{name}.results.jsonl"
    summary = evaluate_samples(path, out, engine=engine, **kw)
    assert summary["per_problem"]  # the per-problem counts are there for every format
    return _verdicts(out)


def _mixed(verdicts) -> bool:
    statuses = {s for _, _, s in verdicts}
    return "passed" in statuses and len(statuses) > 1


def _completions(problems, i: int) -> list[str]:
    """A passing completion and a failing one (the next problem's solution) for problem ``i``."""
    return [problems[i].canonical_solution, problems[(i + 1) % len(problems)].canonical_solution]


def test_bigcode_prompt_plus_completion(tmp_path, data_dir, engine):
    """humaneval saves the stripped prompt + completion; HumanEvalPack saves prompt.rstrip() + completion."""
    for task, lang, strip in (
        ("humaneval", "python", str.strip),
        ("humanevalsynthesize-cpp", "cpp", str.rstrip),
        ("humanevalsynthesize-java", "java", str.rstrip),
        ("humanevalsynthesize-go", "go", str.rstrip),
        ("humanevalsynthesize-js", "javascript", str.rstrip),
    ):
        problems = load_problems(lang, data_dir)
        comps = [_completions(problems, i) for i in range(2)]
        gens = [
            [
                strip(problems[i].prompt) + (problems[i].prompt[len(problems[i].prompt.rstrip()) :] + c).rstrip()
                for c in cs
            ]
            for i, cs in enumerate(comps)
        ]
        path = tmp_path / f"generations_{task}.json"
        path.write_text(json.dumps(gens))
        foreign = _foreign_verdicts(tmp_path, engine, path, task)
        own = _codem_verdicts(
            tmp_path,
            engine,
            [
                {"task_id": problems[i].task_id, "sample": j, "completion": c}
                for i, cs in enumerate(comps)
                for j, c in enumerate(cs)
            ],
            task,
        )
        assert foreign == own and _mixed(own), task


def test_bigcode_whole_programs(tmp_path, data_dir, engine):
    """HumanEvalFix tasks regenerate the function from its declaration: the generation is the program up to the test."""
    for task, lang, head in (
        ("humanevalfixtests-python", "python", "from typing import List\n\n\n"),
        ("humanevalfixtests-go", "go", 'package main\n\nimport (\n    "math"\n)\n'),
    ):
        problems = load_problems(lang, data_dir)
        comps = [_completions(problems, 0)]
        gens = [[head + problems[0].declaration.strip() + "\n" + c for c in comps[0]]]
        path = tmp_path / f"{task}.json"
        path.write_text(json.dumps(gens))
        foreign = _foreign_verdicts(tmp_path, engine, path, task, task=task)
        own = _codem_verdicts(
            tmp_path,
            engine,
            [{"task_id": problems[0].task_id, "sample": j, "completion": c} for j, c in enumerate(comps[0])],
            task,
        )
        assert foreign == own and _mixed(own), task


def _multiple_ts_rows(data_dir: Path, count: int) -> list[dict]:
    return [json.loads(line) for line in (data_dir / MULTIPLE_TS).read_text().splitlines()[:count]]


def test_bigcode_multiple_and_multipl_e_files_run_multipl_e_programs(tmp_path, data_dir, engine):
    """MultiPL-E's TypeScript problems (its own names and tests): codem's solutions to the same problems
    pass them as they pass codem's, and a wrong body fails both."""
    ts = {p.number: p for p in load_problems("typescript", data_dir)}
    dataset = _multiple_ts_rows(data_dir, 3)  # strlen (23), encrypt (89), check_dict_case (95)
    numbers = [int(row["name"].split("_")[1]) for row in dataset]
    bodies = [[ts[n].canonical_solution, "  return undefined as any;\n}\n"] for n in numbers]
    own = _codem_verdicts(
        tmp_path,
        engine,
        [
            {"task_id": f"TypeScript/{n}", "sample": j, "completion": b}
            for n, bs in zip(numbers, bodies)
            for j, b in enumerate(bs)
        ],
        "multiple",
    )
    assert _mixed(own)
    # bigcode multiple-ts: generations include MultiPL-E's stripped prompt; the dataset file gives names and tests
    gens = [[row["prompt"].strip() + "\n" + b.rstrip() for b in bs] for row, bs in zip(dataset, bodies)]
    path = tmp_path / "generations_multiple-ts.json"
    path.write_text(json.dumps(gens))
    dataset_file = tmp_path / "humaneval-ts.jsonl"
    dataset_file.write_text("".join(json.dumps(r) + "\n" for r in dataset))
    assert _foreign_verdicts(tmp_path, engine, path, "bigcode-multiple", problems_file=dataset_file) == own
    # MultiPL-E's own completions files: completions continue its prompt
    folder = tmp_path / "humaneval-ts-model-0.2-reworded"
    folder.mkdir()
    for row, bs in zip(dataset, bodies):
        with gzip.open(folder / f"{row['name']}.json.gz", "wt") as fh:
            json.dump(
                {
                    "name": row["name"],
                    "language": "ts",
                    "temperature": 0.2,
                    "top_p": 0.95,
                    "max_tokens": 512,
                    "prompt": row["prompt"],
                    "tests": row["tests"],
                    "completions": bs,
                    "stop_tokens": row["stop_tokens"],
                },
                fh,
            )
    by_task = sorted(own, key=lambda v: (int(v[0].split("/")[1]), v[1]))  # MultiPL-E files are read in problem order
    assert _foreign_verdicts(tmp_path, engine, folder, "multipl-e") == by_task


def test_multipl_e_files_with_codem_problems(tmp_path, data_dir, engine):
    """MultiPL-E run on codem's own problems (its --use-local): completions continue codem's prompt."""
    py = load_problems("python", data_dir)
    folder = tmp_path / "local-python"
    folder.mkdir()
    rows = []
    for i in (0, 1):
        comps = _completions(py, i)
        with gzip.open(folder / f"HumanEval_{i}_{py[i].entry_point}.json.gz", "wt") as fh:
            json.dump(
                {
                    "name": f"HumanEval_{i}_{py[i].entry_point}",
                    "language": "py",
                    "prompt": py[i].prompt,
                    "tests": py[i].test,
                    "completions": comps,
                },
                fh,
            )
        rows += [{"task_id": py[i].task_id, "sample": j, "completion": c} for j, c in enumerate(comps)]
    own = _codem_verdicts(tmp_path, engine, rows, "local")
    assert _foreign_verdicts(tmp_path, engine, folder, "local-multiple") == own and _mixed(own)


def test_evalplus_solutions_and_completions(tmp_path, data_dir, engine):
    py = load_problems("python", data_dir)
    rows = [
        {"task_id": "HumanEval/0", "solution": py[0].prompt + py[0].canonical_solution},
        {"task_id": "HumanEval/0", "solution": py[0].prompt + py[1].canonical_solution},
        # a solution written from scratch (no docstring): the whole program before HumanEval's test
        {
            "task_id": "HumanEval/2",
            "solution": "def truncate_number(number: float) -> float:\n    return number % 1.0\n",
        },
        {"task_id": "HumanEval/2", "solution": "def truncate_number(number):\n    return round(number)\n"},
        {"task_id": "HumanEval/3", "completion": py[3].canonical_solution},
    ]
    path = tmp_path / "samples.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    foreign = _foreign_verdicts(tmp_path, engine, path, "evalplus")
    own = _codem_verdicts(
        tmp_path,
        engine,
        [
            {"task_id": "Python/0", "sample": 0, "completion": py[0].canonical_solution},
            {"task_id": "Python/0", "sample": 1, "completion": py[1].canonical_solution},
            {"task_id": "Python/2", "sample": 0, "completion": "    return number % 1.0\n"},
            {"task_id": "Python/2", "sample": 1, "completion": "    return round(number)\n"},
            {"task_id": "Python/3", "sample": 0, "completion": py[3].canonical_solution},
        ],
        "evalplus",
    )
    assert foreign == own and _mixed(own)
