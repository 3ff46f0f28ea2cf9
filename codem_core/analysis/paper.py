"""The paper's Table 1 (7B) and Table 2 (15B) as data (``paper_reference.yaml``), and which of
them a run may be set beside.

A table is set beside a run of its own scale only: the scale comes from the run's base model
(``scale_of``: StarCoder 7B -> ``7B``, StarCoder 15B -> ``15B``, anything else -> none). The
choice (``choose_table``) is ``auto`` (the run's own scale, none for other models), ``7B``,
``15B`` or ``none``; asking for the other scale's table than the run's is a ConfigError, so a
7B run is never set beside 15B numbers. Asking for a table beside a model of neither scale
(a tiny or demo run) is allowed and said in the report.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import ConfigError, DataError
from ..languages import EVAL_LANGUAGES
from .summaries import ROWS

if TYPE_CHECKING:
    import pandas as pd

REFERENCE_FILE = Path(__file__).with_name("paper_reference.yaml")
SCALES = ("7B", "15B")
CHOICES = ("auto", "none", *SCALES)


def _check_table(path: Path, scale: str, table: Any, columns: list[str]) -> None:
    if not isinstance(table, dict) or not isinstance(table.get("rows"), dict) or not table.get("base_model_ids"):
        raise DataError(f"{path}: table {scale} needs rows and base_model_ids")
    for row, cells in table["rows"].items():
        if row not in ROWS or not isinstance(cells, list) or len(cells) != len(columns):
            raise DataError(f"{path}: table {scale}, row {row!r}: expected a codem row with {len(columns)} cells")
        if any(c is not None and not (isinstance(c, (int, float)) and 0 <= c <= 100) for c in cells):
            raise DataError(f"{path}: table {scale}, row {row!r}: cells must be percentages or null")
    for pair in (table.get("figure4") or {}).get("by_corpus", []) + (table.get("figure4") or {}).get("by_language", []):
        if len(pair) != 3:
            raise DataError(f"{path}: table {scale}: bad figure4 entry {pair!r}")


@lru_cache(maxsize=4)
def load_reference(path: str | Path = REFERENCE_FILE) -> dict[str, Any]:
    """The reference file, validated (rows, languages and claims must be codem keys)."""
    import yaml

    from .claims import PREDICATES

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot read the paper reference ({' '.join(str(exc).split())})") from None
    columns = data.get("columns")
    if columns != list(EVAL_LANGUAGES):
        raise DataError(f"{path}: columns must be {', '.join(EVAL_LANGUAGES)}")
    if set(data.get("tables", {})) != set(SCALES):
        raise DataError(f"{path}: tables must be exactly {', '.join(SCALES)}")
    for scale, table in data["tables"].items():
        _check_table(path, scale, table, columns)
    for claim in data.get("claims", []):
        if claim.get("check") not in PREDICATES or not claim.get("id") or not claim.get("sentence"):
            raise DataError(f"{path}: bad claim entry {claim.get('id')!r}")
    return data


def paper_table(scale: str, reference: dict[str, Any] | None = None) -> pd.DataFrame:
    """The paper's table at ``scale`` as a pass@1 matrix (canonical row order; NaN = not given)."""
    from .matrix import build_matrix

    ref = reference or load_reference()
    if scale not in ref["tables"]:
        raise ConfigError(f"no paper table at scale {scale!r}; scales: {', '.join(SCALES)}")
    rows = ref["tables"][scale]["rows"]
    return build_matrix(
        {
            row: {lang: float(v) for lang, v in zip(ref["columns"], cells) if v is not None}
            for row, cells in rows.items()
        }
    )


def _model_names(spec: str) -> set[str]:
    """A base-model spec as comparable names: the hub id and the last part of a path."""
    text = spec.strip().rstrip("/").lower()
    return {text, text.rsplit("/", 1)[-1]} if text else set()


def scale_of(base_model: str | None, reference: dict[str, Any] | None = None) -> str | None:
    """``7B`` / ``15B`` when ``base_model`` is one of that table's base models (hub id or folder name), else None."""
    if not base_model:
        return None
    ref = reference or load_reference()
    names = _model_names(base_model)
    for scale, table in ref["tables"].items():
        if any(names & _model_names(mid) for mid in table["base_model_ids"]):
            return scale
    return None


@dataclass(frozen=True)
class TableChoice:
    scale: str | None  # the paper table set beside the run, or None
    run_scale: str | None  # the run's own scale, when its base model is one of the paper's
    note: str  # what was decided and why, for the report


def normalise_choice(choice: str | None) -> str:
    text = (choice or "auto").strip()
    for known in CHOICES:
        if text.lower() == known.lower():
            return known
    raise ConfigError(f"paper table must be one of {', '.join(CHOICES)}, got {choice!r}")


def choose_table(choice: str | None, base_model: str | None, reference: dict[str, Any] | None = None) -> TableChoice:
    """Which paper table goes beside a run whose base model is ``base_model`` (see the module doc)."""
    choice = normalise_choice(choice)
    run_scale = scale_of(base_model, reference)
    model = f"base model {base_model!r}" if base_model else "base model (not given)"
    if choice == "none":
        return TableChoice(None, run_scale, "no paper table set beside this run (paper_table: none)")
    if choice == "auto":
        if run_scale:
            return TableChoice(
                run_scale,
                run_scale,
                f"the paper's {run_scale} table is set beside this run: its {model} is at that scale",
            )
        return TableChoice(
            None,
            None,
            f"no paper table set beside this run: its {model} is neither StarCoder 7B nor "
            "StarCoder 15B, and the paper's numbers belong beside a run of the same scale "
            "(set paper_table: 7B to compare anyway)",
        )
    if run_scale and run_scale != choice:
        raise ConfigError(
            f"cannot set the paper's {choice} table beside a {run_scale} run ({model}): "
            "the paper's numbers belong beside a run of the same scale"
        )
    if run_scale:
        return TableChoice(
            choice, run_scale, f"the paper's {choice} table is set beside this run: its {model} is at that scale"
        )
    return TableChoice(
        choice,
        None,
        f"the paper's {choice} table is set beside this run because it was asked for; the run's "
        f"{model} is not at that scale, so compare the pattern, not the level",
    )
