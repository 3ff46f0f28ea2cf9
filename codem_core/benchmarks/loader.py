"""Load evaluation benchmarks as ``Problem`` lists.

Where the data comes from, in order:
1. a data directory laid out like ``../shared/data`` (setting ``CODEM_DATA_DIR`` or the
   ``data_dir`` argument): ``humaneval-x/humaneval_<lang>.jsonl.gz``;
2. the Hugging Face hub (``THUDM/humaneval-x``), through ``datasets``, cached by it;
3. otherwise a ``DataError`` that says what was tried.

HumanEval-X rows carry no entry point; it is recovered from the declaration (the function the
test calls is the last one declared), and for Python taken from OpenAI's HumanEval when that
file is in the data directory.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import get_settings
from ..errors import DataError
from ..io import read_jsonl
from ..languages import EVAL_LANGUAGES, get_language
from .problem import Problem

HUMANEVAL_X_HUB = "THUDM/humaneval-x"
# File name stem per language in HumanEval-X (data dir and hub alike).
_HX_STEM = {"python": "python", "javascript": "js", "cpp": "cpp", "java": "java", "go": "go"}

_ENTRY_PATTERNS = {
    "python": re.compile(r"^def\s+(\w+)\s*\(", re.M),
    "javascript": re.compile(r"(?:const|let|var)\s+(\w+)\s*=\s*(?:async\s*)?\(|function\s+(\w+)\s*\(", re.M),
    "typescript": re.compile(r"function\s+(\w+)\s*[<(]|(?:const|let)\s+(\w+)\s*=\s*\(", re.M),
    "cpp": re.compile(r"^[\w:<>,\s\*&]+?\b(\w+)\s*\([^;]*\)\s*\{", re.M),
    "c": re.compile(r"^[\w\s\*]+?\b(\w+)\s*\([^;]*\)\s*\{", re.M),
    "java": re.compile(r"public\s+[\w<>\[\],\s]+?\s(\w+)\s*\(", re.M),
    "go": re.compile(r"^func\s+(\w+)\s*\(", re.M),
}


def entry_point_from_declaration(language: str, declaration: str) -> str:
    """The name of the last function declared (the one the test calls)."""
    matches = [next(g for g in m.groups() if g) for m in _ENTRY_PATTERNS[language].finditer(declaration)]
    if not matches:
        raise DataError(f"cannot find the entry point in a {language} declaration: {declaration[-120:]!r}")
    return matches[-1]


@dataclass(frozen=True)
class BenchmarkSource:
    """Where one language's benchmark lives locally and on the hub."""

    language: str
    local_relpath: str | None  # relative to the data directory
    hub_repo: str | None
    hub_file: str | None
    normalize: Callable[[dict, "Path | None"], Problem]


_ERRATA_FILE = Path(__file__).parent / "errata" / "humaneval-x.json"


@lru_cache(maxsize=1)
def humaneval_x_errata() -> dict[str, dict]:
    """Corrected canonical solutions for upstream rows whose own tests reject them."""
    return json.loads(_ERRATA_FILE.read_text())["humaneval-x"]


def _python_entry_points(data_dir: Path | None) -> dict[str, str]:
    if data_dir is None:
        return {}
    path = data_dir / "openai-humaneval" / "HumanEval.jsonl.gz"
    if not path.is_file():
        return {}
    return {row["task_id"]: row["entry_point"] for row in read_jsonl(path)}


def _normalize_humaneval_x(language: str) -> Callable[[dict, "Path | None"], Problem]:
    def normalize(row: dict, data_dir: Path | None) -> Problem:
        try:
            task_id = row["task_id"]
            entry = None
            if language == "python":
                entry = _python_entry_points(data_dir).get(task_id.replace("Python/", "HumanEval/"))
            entry = entry or entry_point_from_declaration(language, row["declaration"])
            extra = {k: row[k] for k in ("import", "test_setup", "docstring") if k in row}
            solution = row["canonical_solution"]
            fix = humaneval_x_errata().get(task_id)
            if fix is not None:
                solution = fix["canonical_solution"]
                extra["errata"] = fix["reason"]
            return Problem(
                task_id=task_id,
                language=language,
                prompt=row["prompt"],
                declaration=row["declaration"],
                canonical_solution=solution,
                test=row["test"],
                entry_point=entry,
                example_test=row.get("example_test") or "",
                extra=extra,
            )
        except KeyError as exc:
            raise DataError(f"{language} benchmark row {row.get('task_id', '?')} lacks field {exc}") from None

    return normalize


SOURCES: dict[str, BenchmarkSource] = {
    lang: BenchmarkSource(
        language=lang,
        local_relpath=f"humaneval-x/humaneval_{stem}.jsonl.gz",
        hub_repo=HUMANEVAL_X_HUB,
        hub_file=f"data/{stem}/data/humaneval.jsonl",
        normalize=_normalize_humaneval_x(lang),
    )
    for lang, stem in _HX_STEM.items()
}


def register_source(source: BenchmarkSource) -> None:
    """Add or replace a language's benchmark source (C and TypeScript register here)."""
    SOURCES[source.language] = source


def _load_rows_from_hub(source: BenchmarkSource) -> list[dict]:
    # Imported only when the hub is used: `datasets` is slow to import.
    import datasets

    url = f"hf://datasets/{source.hub_repo}/{source.hub_file}"
    try:
        ds = datasets.load_dataset("json", data_files=url, split="train")
    except Exception as exc:  # network, auth, missing file: all one story for the user
        raise DataError(
            f"cannot load the {get_language(source.language).display} benchmark: not in the data directory and the hub "
            f"({source.hub_repo}) is unreachable ({type(exc).__name__}); set CODEM_DATA_DIR"
        ) from None
    return [dict(r) for r in ds]


def load_problems(language: str, data_dir: str | Path | None = None) -> list[Problem]:
    """All problems of one evaluation language, ordered by task number."""
    lang = get_language(language)
    source = SOURCES.get(lang.key)
    if source is None:
        raise DataError(f"no benchmark is available for {lang.display}; evaluable: {', '.join(EVAL_LANGUAGES)}")
    settings = get_settings()
    root = Path(data_dir) if data_dir is not None else settings.data_dir
    rows: list[dict] | None = None
    tried: list[str] = []
    # a source may ship its file with codem (an absolute path): then no data directory is needed
    shipped = source.local_relpath is not None and Path(source.local_relpath).is_absolute()
    if source.local_relpath is not None and (root is not None or shipped):
        path = Path(source.local_relpath) if shipped else root / source.local_relpath
        tried.append(str(path))
        if path.is_file():
            rows = read_jsonl(path)
    if rows is None:
        if settings.offline or source.hub_repo is None:
            where = ", ".join(tried) or "no data directory (set CODEM_DATA_DIR)"
            raise DataError(f"cannot load the {lang.display} benchmark: not found at {where} and the hub is off")
        rows = _load_rows_from_hub(source)
    problems = [source.normalize(row, root) for row in rows]
    problems.sort(key=lambda p: p.number)
    return problems


@lru_cache(maxsize=16)
def _cached(language: str, data_dir: str | None) -> tuple[Problem, ...]:
    return tuple(load_problems(language, data_dir))


def problem_index(languages: list[str], data_dir: str | Path | None = None) -> dict[str, Problem]:
    """task_id -> Problem for the given languages (memoised per process)."""
    index: dict[str, Problem] = {}
    for lang in languages:
        for problem in _cached(get_language(lang).key, str(data_dir) if data_dir else None):
            index[problem.task_id] = problem
    return index
