"""Load evaluation benchmarks as ``Problem`` lists.

Each evaluable language's ``LanguageSpec.benchmark`` says where its benchmark lives. In order:
1. a data directory laid out like ``../shared/data`` (setting ``CODEM_DATA_DIR`` or the
   ``data_dir`` argument), e.g. ``humaneval-x/humaneval_<lang>.jsonl.gz``, or a file shipped
   with codem (HumanEval-C and -TypeScript);
2. the Hugging Face hub (``THUDM/humaneval-x``, ``bigcode/humanevalpack``), through
   ``datasets``, cached by it;
3. otherwise a ``DataError`` that says what was tried.

HumanEval-X rows carry no entry point; it is recovered from the declaration (the function the
test calls is the last one declared), and for Python taken from OpenAI's HumanEval when that
file is in the data directory. A benchmark's errata (corrected rows, shipped with codem) are
applied after its rows are read, and named in ``Problem.extra["errata"]``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from pathlib import Path

from ..config import get_settings
from ..errors import DataError
from ..io import read_jsonl
from ..languages import EVALUABLE_LANGUAGES, LANGUAGES, LanguageSpec, get_language, resolve
from .problem import Problem

_PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # codem_core/: shipped files are relative to it


@cache
def _entry_pattern(language: str) -> re.Pattern[str]:
    benchmark = get_language(language).benchmark
    if benchmark is None or benchmark.entry_pattern is None:
        raise DataError(f"{get_language(language).display} has no rule for finding an entry point in a declaration")
    return re.compile(benchmark.entry_pattern, re.M)


def entry_point_from_declaration(language: str, declaration: str) -> str:
    """The name of the last function declared (the one the test calls)."""
    matches = [next(g for g in m.groups() if g) for m in _entry_pattern(language).finditer(declaration)]
    if not matches:
        raise DataError(f"cannot find the entry point in a {language} declaration: {declaration[-120:]!r}")
    return matches[-1]


@dataclass(frozen=True)
class BenchmarkSource:
    """Where one language's benchmark lives locally and on the hub."""

    language: str
    local_relpath: str | None  # relative to the data directory, or absolute (shipped with codem)
    hub_repo: str | None
    hub_file: str | None  # a JSON lines file in the hub repository ...
    normalize: Callable[[dict, Path | None], Problem]
    hub_config: str | None = None  # ... or a dataset config and split
    hub_split: str = "test"


@cache
def _errata(relpath: str) -> dict[str, dict]:
    """task_id -> corrected fields + "reason", from a JSON file shipped with codem.

    The file holds sections {"<benchmark>": {"<task_id>": {"<field>": text, "reason": why}}};
    keys starting with "_" are documentation."""
    data = json.loads((_PACKAGE_ROOT / relpath).read_text())
    return {task: fix for name, section in data.items() if not name.startswith("_") for task, fix in section.items()}


def humaneval_x_errata() -> dict[str, dict]:
    """Corrected canonical solutions for upstream rows whose own tests reject them."""
    return _errata(LANGUAGES["python"].benchmark.errata)


@cache
def _entry_points(path: Path) -> dict[int, str]:
    """Task number -> entry point, from a benchmark file that has them (OpenAI's HumanEval)."""
    return {int(str(row["task_id"]).rsplit("/", 1)[1]): row["entry_point"] for row in read_jsonl(path)}


def normalize_humaneval_x(row: dict, data_dir: Path | None, language: str) -> Problem:
    """A HumanEval-X style row (HumanEval-X, HumanEvalPack) as a ``Problem``."""
    benchmark = get_language(language).benchmark
    try:
        task_id = row["task_id"]
        entry = row.get("entry_point")
        if not entry and benchmark.entry_points_from and data_dir is not None:
            path = data_dir / benchmark.entry_points_from
            entry = _entry_points(path).get(int(task_id.split("/", 1)[1])) if path.is_file() else None
        entry = entry or entry_point_from_declaration(language, row["declaration"])
        return Problem(
            task_id=task_id,
            language=language,
            prompt=row["prompt"],
            declaration=row["declaration"],
            canonical_solution=row["canonical_solution"],
            test=row["test"],
            entry_point=entry,
            example_test=row.get("example_test") or "",
            extra={k: row[k] for k in benchmark.extra_fields if k in row},
        )
    except KeyError as exc:
        raise DataError(f"{language} benchmark row {row.get('task_id', '?')} lacks field {exc}") from None


def _with_errata(problem: Problem, errata: dict[str, dict]) -> Problem:
    fix = errata.get(problem.task_id)
    if fix is None:
        return problem
    fields = {k: v for k, v in fix.items() if k != "reason"}
    return replace(problem, **fields, extra={**problem.extra, "errata": fix["reason"]})


def source_from_spec(spec: LanguageSpec) -> BenchmarkSource:
    """The loader's view of a language's ``Benchmark``."""
    b = spec.benchmark

    def normalize(row: dict, data_dir: Path | None) -> Problem:
        problem = resolve(b.normalize)(row, data_dir, spec.key)
        return _with_errata(problem, _errata(b.errata)) if b.errata else problem

    local = str(_PACKAGE_ROOT / b.shipped) if b.shipped else b.local_relpath
    return BenchmarkSource(spec.key, local, b.hub_repo, b.hub_file, normalize, b.hub_config, b.hub_split)


SOURCES: dict[str, BenchmarkSource] = {k: source_from_spec(s) for k, s in LANGUAGES.items() if s.benchmark is not None}


def register_source(source: BenchmarkSource) -> None:
    """Add or replace a language's benchmark source (a stand-in in tests, a local copy)."""
    SOURCES[source.language] = source


def _load_rows_from_hub(source: BenchmarkSource) -> list[dict]:
    # Imported only when the hub is used: `datasets` is slow to import.
    import datasets

    try:
        if source.hub_file is not None:
            url = f"hf://datasets/{source.hub_repo}/{source.hub_file}"
            ds = datasets.load_dataset("json", data_files=url, split="train")
        else:
            ds = datasets.load_dataset(source.hub_repo, source.hub_config, split=source.hub_split)
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
        raise DataError(f"no benchmark is available for {lang.display}; evaluable: {', '.join(EVALUABLE_LANGUAGES)}")
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
