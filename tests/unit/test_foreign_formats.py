"""Other harnesses' sample files read as codem rows: detection, task mapping, prompt stripping, errors.

Whether the rows then give the same verdicts as codem's own format is checked by running them,
in tests/integration/test_foreign_formats_verdicts.py.
"""

from __future__ import annotations

import gzip
import json

import pytest

from codem_core.benchmarks import load_problems
from codem_core.errors import DataError
from codem_core.execution.formats import bigcode_task_language, continuation, detect_format, load_sample_set

MULTIPLE_TS = "multipl-e-ts/humaneval-ts.jsonl"


def _load(path, fmt="auto", **kw):
    from codem_core.execution.evaluate import read_samples_numbered

    return load_sample_set(path, fmt, codem_reader=read_samples_numbered, **kw)


def test_continuation_recovers_the_completion_from_prompt_plus_completion():
    prompt = 'def f(x):\n    """Double x."""\n'
    assert continuation(prompt + "    return 2 * x\n", prompt) == "    return 2 * x\n"
    # bigcode strips the prompt; the model then starts with the line break
    assert continuation(prompt.strip() + "\n    return 2 * x\n", prompt) == "    return 2 * x\n"
    assert prompt + continuation(prompt.strip() + "\n    return 2 * x\n", prompt) == prompt + "    return 2 * x\n"
    assert continuation("\n\n" + prompt.strip() + "\n    return x", "\n\n" + prompt) == "    return x"
    assert continuation("def g(x):\n    return x\n", prompt) is None


@pytest.mark.parametrize(
    "task,expected",
    [
        ("humaneval", ("humaneval", "python")),
        ("humaneval-unstripped", ("humaneval", "python")),
        ("instruct-humaneval", ("humaneval", "python")),
        ("humanevalsynthesize-cpp", ("humanevalpack", "cpp")),
        ("humanevalsynthesize-js", ("humanevalpack", "javascript")),
        ("humanevalfixtests-go", ("humanevalpack", "go")),
        ("multiple-ts", ("multiple", "typescript")),
        ("multiple-py", ("multiple", "python")),
    ],
)
def test_bigcode_task_names(task, expected):
    assert bigcode_task_language(task) == expected


@pytest.mark.parametrize(
    "task,message",
    [
        ("mbpp", "unknown bigcode-evaluation-harness task 'mbpp'"),
        ("multiple-lua", "bigcode task 'multiple-lua': codem has no 'lua' benchmark"),
        ("humanevalsynthesize-cobol", "codem has no 'cobol' benchmark"),
    ],
)
def test_unknown_bigcode_tasks_are_one_line(task, message):
    with pytest.raises(DataError) as exc:
        bigcode_task_language(task)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_detection(tmp_path, data_dir):
    (tmp_path / "gen.json").write_text(json.dumps([["x"]]))
    (tmp_path / "codem.jsonl").write_text(json.dumps({"task_id": "Python/0", "completion": "x"}) + "\n")
    (tmp_path / "evalplus.jsonl").write_text(json.dumps({"task_id": "HumanEval/0", "solution": "x"}) + "\n")
    (tmp_path / "humaneval.jsonl").write_text(json.dumps({"task_id": "HumanEval/0", "completion": "x"}) + "\n")
    mdir = tmp_path / "multiple"
    mdir.mkdir()
    with gzip.open(mdir / "HumanEval_0_x.json.gz", "wt") as fh:
        json.dump({"name": "HumanEval_0_x", "completions": []}, fh)
    assert detect_format(tmp_path / "gen.json") == "bigcode"
    assert detect_format(tmp_path / "codem.jsonl") == "codem"
    assert detect_format(tmp_path / "evalplus.jsonl") == "evalplus"
    assert detect_format(tmp_path / "humaneval.jsonl") == "evalplus"
    assert detect_format(mdir) == "multipl-e"
    (tmp_path / "empty").mkdir()
    assert detect_format(tmp_path / "empty") == "codem"  # whose reader says a folder is not a JSONL file
    (tmp_path / "array.jsonl").write_text("[1, 2]\n")
    assert detect_format(tmp_path / "array.jsonl") == "codem"  # JSON lines are never a bigcode document
    assert detect_format(mdir / "HumanEval_0_x.json.gz") == "multipl-e"


def test_bigcode_humaneval_maps_index_to_python_tasks(tmp_path, data_dir):
    py = load_problems("python", data_dir)
    gens = [[py[i].prompt.strip() + "\n" + py[i].canonical_solution, py[i].prompt + "    pass\n"] for i in range(3)]
    path = tmp_path / "generations_humaneval.json"  # the task from bigcode's own file name
    path.write_text(json.dumps(gens))
    s = _load(path)
    assert s.format == "bigcode" and s.task == "humaneval"
    assert [(r["task_id"], r["sample"]) for r in s.rows] == [(f"Python/{i}", j) for i in range(3) for j in range(2)]
    assert [r["completion"] for r in s.rows[:2]] == [py[0].canonical_solution, "    pass\n"]
    assert all("problem_prompt" not in r for r in s.rows)
    assert s.rows[1]["origin"] == "humaneval[0][1]" and s.where[1].endswith("generations_humaneval.json[0][1]")


def test_bigcode_whole_programs_keep_the_generation(tmp_path, data_dir):
    """HumanEvalFix generations start from the declaration, not the prompt: evaluated as the program before the test."""
    go = load_problems("go", data_dir)[0]
    gen = "package main\n\n" + go.extra["import"] + go.declaration.rstrip() + "\n" + go.canonical_solution
    path = tmp_path / "g.json"
    path.write_text(json.dumps([[gen]]))
    row = _load(path, "bigcode", task="humanevalfixtests-go").rows[0]
    assert row["problem_prompt"] == ""
    assert "package main" not in row["completion"] and "import" not in row["completion"]  # the test file's come first
    assert row["imports"] == [go.extra["import"].strip()]  # the package's own imports join the test file's block


@pytest.mark.parametrize(
    "setup,task,message",
    [
        ([["x"]], None, "name the task with --task"),
        ([["x"]] * 165, "humaneval", "165 problems, but task humaneval has only 164"),
        ([[1]], "humaneval", "g.json[0][0]: a generation must be a string"),
        ({"a": 1}, "humaneval", "JSON list (one per problem) of lists"),
        ([["x"]], "multiple-js", "pass --problems humaneval-<lang>.jsonl"),
    ],
)
def test_bigcode_errors_are_one_line(tmp_path, data_dir, setup, task, message):
    path = tmp_path / "g.json"
    path.write_text(json.dumps(setup))
    with pytest.raises(DataError) as exc:
        _load(path, "bigcode", task=task)
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_bigcode_multiple_uses_the_dataset_rows(tmp_path, data_dir):
    dataset = data_dir / MULTIPLE_TS
    first = json.loads(dataset.read_text().splitlines()[0])  # HumanEval_23_strlen
    path = tmp_path / "g.json"
    path.write_text(json.dumps([[first["prompt"].strip() + "\n  return string.length;\n}"]]))
    s = _load(path, "bigcode", task="multiple-ts", problems_file=dataset)
    row = s.rows[0]
    assert row["task_id"] == "TypeScript/23"
    assert row["problem_prompt"] == "" and row["problem_test"] == first["tests"]
    assert row["completion"].startswith("//Return length of given string")


def _multiple_file(folder, name, language, prompt, tests, completions):
    folder.mkdir(exist_ok=True)
    with gzip.open(folder / f"{name}.json.gz", "wt") as fh:
        json.dump(
            {
                "name": name,
                "language": language,
                "temperature": 0.2,
                "top_p": 0.95,
                "max_tokens": 512,
                "prompt": prompt,
                "tests": tests,
                "completions": completions,
                "stop_tokens": [],
            },
            fh,
        )


def test_multiple_files_map_names_and_carry_their_own_problems(tmp_path, data_dir):
    py = load_problems("python", data_dir)[2]
    mts = json.loads((data_dir / MULTIPLE_TS).read_text().splitlines()[0])
    folder = tmp_path / "humaneval-mixed"
    _multiple_file(
        folder, "HumanEval_2_truncate_number", "py", py.prompt, py.test, [py.canonical_solution, "    return 0\n"]
    )
    _multiple_file(folder, mts["name"], "ts", mts["prompt"], mts["tests"], ["  return string.length;\n}"])
    s = _load(folder)
    assert s.format == "multipl-e"
    assert [(r["task_id"], r["sample"]) for r in s.rows] == [("Python/2", 0), ("Python/2", 1), ("TypeScript/23", 0)]
    assert "problem_prompt" not in s.rows[0]  # codem's own prompt and tests: nothing to carry
    assert s.rows[2]["problem_prompt"] == mts["prompt"] and s.rows[2]["problem_test"] == mts["tests"]


@pytest.mark.parametrize(
    "name,language,message",
    [
        ("HumanEval_999_nothing", "py", "has no codem counterpart (Python has no task 999)"),
        ("mbpp_3_x", "py", "unknown MultiPL-E problem 'mbpp_3_x'"),
        ("HumanEval_0_x", "lua", "unknown language 'lua'"),
        ("HumanEval_0_has_close_elements", "java", "need MultiPL-E's own runner"),
    ],
)
def test_multiple_errors_are_one_line(tmp_path, data_dir, name, language, message):
    _multiple_file(tmp_path / "d", name, language, "class Problem {\n", "}\n", ["x"])
    with pytest.raises(DataError) as exc:
        _load(tmp_path / "d")
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_evalplus_solutions_and_completions(tmp_path, data_dir):
    py = load_problems("python", data_dir)
    rows = [
        {"task_id": "HumanEval/0", "solution": py[0].prompt + py[0].canonical_solution},
        {"task_id": "HumanEval/0", "solution": "def has_close_elements(numbers, threshold):\n    return False\n"},
        {"task_id": "HumanEval/1", "completion": py[1].canonical_solution},
    ]
    path = tmp_path / "samples.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    s = _load(path)
    assert s.format == "evalplus" and "base tests" in s.notes[0]
    assert [(r["task_id"], r["sample"]) for r in s.rows] == [("Python/0", 0), ("Python/0", 1), ("Python/1", 0)]
    assert s.rows[0]["completion"] == py[0].canonical_solution and "problem_prompt" not in s.rows[0]
    assert s.rows[1]["problem_prompt"] == "" and s.rows[1]["completion"] == rows[1]["solution"]


@pytest.mark.parametrize(
    "row,message",
    [
        ({"task_id": "Mbpp/2", "solution": "x"}, "samples.jsonl:1: unknown task_id 'Mbpp/2'"),
        ({"task_id": "HumanEval/164", "solution": "x"}, "unknown task_id 'HumanEval/164'"),
        ({"task_id": "HumanEval/1"}, "needs a string 'solution' or 'completion'"),
    ],
)
def test_evalplus_errors_are_one_line(tmp_path, data_dir, row, message):
    path = tmp_path / "samples.jsonl"
    path.write_text(json.dumps(row) + "\n")
    with pytest.raises(DataError) as exc:
        _load(path, "evalplus")
    assert message in str(exc.value) and "\n" not in str(exc.value)


def test_unknown_format_and_misplaced_options(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text(json.dumps({"task_id": "Python/0", "completion": "x"}) + "\n")
    with pytest.raises(DataError, match="unknown --format 'csv'"):
        _load(path, "csv")
    with pytest.raises(DataError, match="--task names a bigcode-evaluation-harness task"):
        _load(path, "codem", task="humaneval")
