"""Per-model evaluation summaries in, one pass@1 cell per (training row, evaluation language) out.

A summary is the JSON that ``codem evaluate`` writes: ``{"pass@1": {lang: {"samples",
"passed", "pass@1", "statuses"}}, ...}`` (an entry may also be a bare number, the pass@1 in
percent, for tables typed in by hand). Which matrix row it belongs to is decided, first rule
that applies:

1. a ``"corpus"`` field: ``base``, a training corpus (python, javascript, typescript, c, cpp,
   java, go, html, mixed; aliases such as "C++" or "js" work) or ``codem-<corpus>``;
2. a ``"model"`` field of the same form (``base``, ``codem-python``...);
3. the enclosing folder when it is named like a model (``base`` or ``codem-<corpus>``): the
   store layout ``executions/<model>/<lang>.summary.json``;
4. the file name: ``<row>.summary.json`` or ``<row>.json`` (``python.summary.json``,
   ``codem-cpp.summary.json``, ``base.json``).

Anything else, or two rules that disagree, is a one-line DataError naming the file. Several
summaries may fill one row (one per language); the same cell twice with different numbers is
an error.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import DataError, UnknownLanguageError
from ..io import parse_json, sha256_bytes
from ..languages import EVALUABLE_LANGUAGES, TRAIN_LANGUAGES, get_language

BASE = "base"
MIXED = "mixed"
TRAIN_CORPORA: tuple[str, ...] = (*TRAIN_LANGUAGES, MIXED)
ROWS: tuple[str, ...] = (BASE, *TRAIN_CORPORA)
SUMMARY_SUFFIX = ".summary.json"


def row_key(name: Any) -> str | None:
    """The matrix row named by ``name`` ("base", "codem-python", "C++", "Mixed"), or None."""
    if not isinstance(name, str):
        return None
    text = name.strip().lower()
    prefixed = False
    for prefix in ("codem-", "codem_", "codem "):
        if text.startswith(prefix):
            text, prefixed = text[len(prefix) :], True
            break
    if text == BASE:
        return None if prefixed else BASE  # "codem-base" is not a model
    if text == MIXED:
        return MIXED
    try:
        key = get_language(text).key
    except UnknownLanguageError:
        return None
    return key if key in TRAIN_LANGUAGES else None


def row_label(row: str) -> str:
    """Table label: "StarCoder (base)" style is left to the caller; here "Base", "CODEM-C++"..."""
    if row == BASE:
        return "Base"
    if row == MIXED:
        return "CODEM-Mixed"
    return f"CODEM-{get_language(row).display}"


def _model_style(name: str) -> bool:
    low = name.strip().lower()
    return low == BASE or low.startswith("codem-")


@dataclass
class Cell:
    pass_at_1: float  # percent
    passed: int | None = None
    samples: int | None = None
    source: str = ""
    # with n samples per problem (``codem evaluate`` on sampled generations): problems, n and pass@k in percent
    problems: int | None = None
    n: int | dict | None = None
    pass_at_k: dict[str, float] = field(default_factory=dict)

    @property
    def n_max(self) -> int:
        return 1 if self.n is None else (self.n if isinstance(self.n, int) else int(self.n.get("max", 1)))


@dataclass
class SummarySource:
    """Where one summary came from, for the report's provenance section."""

    path: str
    row: str
    identified_by: str
    languages: list[str]
    sha256: str
    model: str | None = None
    samples_file: str | None = None
    samples_sha256: str | None = None
    codem_version: str | None = None
    created_at: str | None = None
    warning: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class Evaluations:
    """All cells: ``cells[row][lang]``, plus the sources they came from."""

    cells: dict[str, dict[str, Cell]] = field(default_factory=dict)
    sources: list[SummarySource] = field(default_factory=list)

    def values(self) -> dict[str, dict[str, float]]:
        return {row: {lang: c.pass_at_1 for lang, c in langs.items()} for row, langs in self.cells.items()}

    def add(self, row: str, lang: str, cell: Cell) -> None:
        have = self.cells.setdefault(row, {}).get(lang)
        if have is not None:
            same = math.isclose(have.pass_at_1, cell.pass_at_1, abs_tol=1e-9) and (have.passed, have.samples) == (
                cell.passed,
                cell.samples,
            )
            if not same:
                raise DataError(
                    f"{cell.source}: {row_label(row)} on {get_language(lang).display} is already given by "
                    f"{have.source} with another result ({have.pass_at_1} vs {cell.pass_at_1})"
                )
            return
        self.cells[row][lang] = cell


def _identify(data: dict, path: Path) -> tuple[str, str, str | None]:
    """(row, rule used, model name) for one summary; DataError when it cannot be told."""
    found: list[tuple[str, str]] = []
    for fld in ("corpus", "model"):
        if fld in data and data[fld] is not None:
            row = row_key(data[fld])
            if row is None:
                raise DataError(
                    f"{path}: {fld} {data[fld]!r} is not base, "
                    f"a training corpus ({', '.join(TRAIN_CORPORA)}) or codem-<corpus>"
                )
            found.append((row, f"{fld} field"))
    if found:
        if len({r for r, _ in found}) > 1:
            raise DataError(f"{path}: corpus {data['corpus']!r} and model {data['model']!r} name different rows")
        model = data.get("model") if isinstance(data.get("model"), str) else None
        return found[0][0], found[0][1], model
    name = path.name
    stem = name[: -len(SUMMARY_SUFFIX)] if name.endswith(SUMMARY_SUFFIX) else path.stem
    parent = path.parent.name
    if _model_style(parent) and row_key(parent) is not None:
        prow = row_key(parent)
        if _model_style(stem) and row_key(stem) not in (None, prow):
            raise DataError(
                f'{path}: folder {parent!r} and file name {name!r} name different models; add a "corpus" field'
            )
        return prow, "folder name", parent
    row = row_key(stem)
    if row is None:
        raise DataError(
            f'{path}: cannot tell which model this summary belongs to: add a "corpus" field '
            f"(base, {', '.join(TRAIN_CORPORA)}) or name the file <corpus>{SUMMARY_SUFFIX}"
        )
    return row, "file name", stem if _model_style(stem) else None


def _cells(data: dict, path: Path) -> dict[str, Cell]:
    per = data.get("pass@1")
    if not isinstance(per, dict) or not per:
        got = "missing" if per is None else f"a {type(per).__name__}" if not isinstance(per, dict) else "empty"
        raise DataError(
            f'{path}: not an evaluation summary: "pass@1" must be an object {{language: result}}, got {got}'
        )
    out: dict[str, Cell] = {}
    for name, entry in per.items():
        try:
            lang = get_language(name).key
        except UnknownLanguageError:
            raise DataError(
                f"{path}: unknown evaluation language {name!r} (expected one of {', '.join(EVALUABLE_LANGUAGES)})"
            ) from None
        if lang not in EVALUABLE_LANGUAGES:
            raise DataError(
                f"{path}: {name!r} is not an evaluation language (expected one of {', '.join(EVALUABLE_LANGUAGES)})"
            )
        if lang in out:
            raise DataError(f"{path}: language {name!r} appears twice")
        where = f"{path}: pass@1.{name}"
        sampled: dict[str, Any] = {}
        if isinstance(entry, (int, float)) and not isinstance(entry, bool):
            value, passed, samples = float(entry), None, None
        elif isinstance(entry, dict):
            value = entry.get("pass@1")
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise DataError(f'{where} lacks a numeric "pass@1"')
            value = float(value)
            passed, samples = entry.get("passed"), entry.get("samples")
            for fname, v in (("passed", passed), ("samples", samples)):
                if v is not None and (not isinstance(v, int) or isinstance(v, bool) or v < 0):
                    raise DataError(f"{where}.{fname} must be a non-negative integer, got {v!r}")
            if passed is not None and samples is not None:
                if samples == 0 or passed > samples:
                    raise DataError(f"{where}: passed {passed} of {samples} samples is impossible")
                # with n samples per problem pass@1 is the mean of each problem's share, which
                # equals passed/samples only when every problem has the same n
                uniform = entry.get("problems") is None or isinstance(entry.get("n"), int)
                if uniform and abs(100.0 * passed / samples - value) > 0.006:
                    raise DataError(f"{where}: pass@1 {value} does not match passed/samples = {passed}/{samples}")
            sampled = _sampled(entry, where)
        else:
            raise DataError(f"{where} must be an object or a number, got {type(entry).__name__}")
        if not math.isfinite(value) or not 0.0 <= value <= 100.0:
            raise DataError(f"{where}: pass@1 {value} is not a percentage in [0, 100]")
        out[lang] = Cell(value, passed, samples, str(path), **sampled)
    return out


def _sampled(entry: dict, where: str) -> dict[str, Any]:
    """problems, n and pass@k of an entry evaluated with n samples per problem (empty for greedy entries)."""
    if "pass@k" not in entry:
        return {}
    problems, n, ks = entry.get("problems"), entry.get("n"), entry.get("pass@k")
    if not isinstance(problems, int) or isinstance(problems, bool) or problems < 1:
        raise DataError(f"{where}.problems must be a positive integer when pass@k is given, got {problems!r}")
    ok_n = (isinstance(n, int) and not isinstance(n, bool) and n >= 1) or (
        isinstance(n, dict) and all(isinstance(n.get(x), int) and n[x] >= 1 for x in ("min", "max"))
    )
    if not ok_n:
        raise DataError(f"{where}.n must be the samples per problem (an integer, or {{min, max}}), got {n!r}")
    if not isinstance(ks, dict) or not ks:
        raise DataError(f'{where}.pass@k must be an object {{"pass@<k>": percent}}')
    values = {}
    for key, v in ks.items():
        if not (isinstance(key, str) and key.startswith("pass@") and key[5:].isdigit()):
            raise DataError(f"{where}.pass@k: {key!r} is not of the form pass@<k>")
        if not isinstance(v, (int, float)) or isinstance(v, bool) or not math.isfinite(v) or not 0.0 <= v <= 100.0:
            raise DataError(f"{where}.pass@k.{key}: {v!r} is not a percentage in [0, 100]")
        values[key] = float(v)
    return {"problems": problems, "n": n, "pass_at_k": values}


def load_summary(path: str | Path) -> tuple[str, dict[str, Cell], SummarySource]:
    """Parse one summary file: (row, cells by language, source). Malformed input: DataError."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise DataError(f"{path}: is a folder, expected a summary JSON file") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise DataError(f"{path}: not UTF-8 text") from None
    data = parse_json(text, str(path))  # malformed, absurdly nested or unwritable text: one line (docs/text.md)
    if not isinstance(data, dict):
        raise DataError(f"{path}: expected a JSON object, got {type(data).__name__}")
    cells = _cells(data, path)
    row, rule, model = _identify(data, path)
    prov = data.get("provenance") if isinstance(data.get("provenance"), dict) else {}
    source = SummarySource(
        path=str(path),
        row=row,
        identified_by=rule,
        languages=list(cells),
        sha256=sha256_bytes(raw),
        model=model,
        samples_file=data.get("samples_file") if isinstance(data.get("samples_file"), str) else None,
        samples_sha256=data.get("samples_sha256") if isinstance(data.get("samples_sha256"), str) else None,
        codem_version=prov.get("codem"),
        created_at=prov.get("created_at"),
        warning=data.get("warning") if isinstance(data.get("warning"), str) else None,
    )
    return row, cells, source


def find_summary_files(paths: list[str | Path]) -> list[Path]:
    """Expand the given files and folders (folders: every ``*.summary.json`` below, recursively)."""
    if not paths:
        raise DataError("no summaries given")
    files: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            found = sorted(f for f in p.rglob(f"*{SUMMARY_SUFFIX}") if f.is_file() and not f.name.startswith("."))
            if not found:
                raise DataError(f"{p}: no *{SUMMARY_SUFFIX} files below this folder")
            files.extend(found)
        elif p.exists():
            files.append(p)
        else:
            raise DataError(f"{p}: no such file or folder")
    unique: list[Path] = []
    seen: set[Path] = set()
    for f in files:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique


def load_summaries(paths: list[str | Path]) -> Evaluations:
    """Every cell of every summary under ``paths`` (files or folders)."""
    evals = Evaluations()
    for f in find_summary_files(paths):
        row, cells, source = load_summary(f)
        for lang, cell in cells.items():
            evals.add(row, lang, cell)
        evals.sources.append(source)
    return evals


def load_summaries_from_store(store, prefix: str = "executions") -> Evaluations:
    """Every ``*.summary.json`` under ``prefix`` of an ArtifactStore (the layout's executions/)."""
    import tempfile

    keys = [k for k in store.list(prefix) if k.endswith(SUMMARY_SUFFIX)]
    if not keys:
        raise DataError(f"no *{SUMMARY_SUFFIX} under {store.url_for(prefix) if prefix else store.url}")
    with tempfile.TemporaryDirectory(prefix="codem-summaries-") as tmp:
        local = []
        for key in keys:
            dest = Path(tmp) / key
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(store.read_bytes(key))
            local.append(dest)
        evals = load_summaries(local)
    for src, key in zip(evals.sources, keys):  # report the store URL, not the temp copy
        src.path = store.url_for(key)
        for cell in evals.cells[src.row].values():
            if cell.source.endswith(key):
                cell.source = src.path
    return evals
