"""The paper's headline numbers (paper_reference.yaml) set beside a run's matrix."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DataError
from ..languages import EVAL_LANGUAGES
from .summaries import ROWS

if TYPE_CHECKING:
    import pandas as pd

REFERENCE_FILE = Path(__file__).with_name("paper_reference.yaml")


@lru_cache(maxsize=4)
def load_reference(path: str | Path = REFERENCE_FILE) -> dict[str, Any]:
    """The reference file, validated (rows and languages must be codem keys)."""
    import yaml

    path = Path(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise DataError(f"{path}: cannot read the paper reference ({' '.join(str(exc).split())})") from None
    for entry in data.get("values", []):
        if entry.get("row") not in ROWS or entry.get("eval") not in EVAL_LANGUAGES or not entry.get("sentence"):
            raise DataError(f"{path}: bad value entry {entry.get('id')!r}")
        if "pass@1" not in entry and "gain" not in entry:
            raise DataError(f"{path}: value entry {entry.get('id')!r} has neither pass@1 nor gain")
    for entry in data.get("claims", []):
        if entry.get("better") not in ROWS or entry.get("worse") not in ROWS or entry.get("eval") not in EVAL_LANGUAGES:
            raise DataError(f"{path}: bad claim entry {entry.get('id')!r}")
    for entry in data.get("related_pairs", []):
        if len(entry.get("pair", [])) != 2 or any(p not in EVAL_LANGUAGES for p in entry["pair"]):
            raise DataError(f"{path}: bad related_pairs entry {entry!r}")
    return data


def _num(x: float) -> float | None:
    return None if x != x else float(x)


@dataclass
class PaperRow:
    id: str
    kind: str  # "pass@1", "gain", "claim", "corr"
    scale: str
    what: str  # human description
    paper: str  # paper's number or statement
    run: float | None  # run's number (None: missing)
    verdict: str  # "holds", "does not hold", "missing", or a signed difference
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def compare(matrix: "pd.DataFrame", gains: "pd.DataFrame", corr_by_language: "pd.DataFrame",
            reference: dict[str, Any] | None = None) -> list[PaperRow]:
    """One PaperRow per paper number/claim, with the run's value beside it."""
    from .summaries import row_label

    from ..languages import LANGUAGES

    ref = reference or load_reference()
    out: list[PaperRow] = []

    def cell(frame, row, lang):
        if row in frame.index and lang in frame.columns:
            return _num(frame.loc[row, lang])
        return None

    for e in ref.get("values", []):
        what_base = f"{row_label(e['row'])} on {LANGUAGES[e['eval']].display}"
        for kind in ("pass@1", "gain"):
            if kind not in e:
                continue
            run = cell(matrix if kind == "pass@1" else gains, e["row"], e["eval"])
            paper = float(e[kind])
            shown = f"{'~' if e.get('approximate') else ''}{paper:+.2f}" if kind == "gain" else f"{'~' if e.get('approximate') else ''}{paper:.2f}"
            verdict = "missing" if run is None else f"{run - paper:+.2f}"
            out.append(PaperRow(e["id"] + ("" if kind == "pass@1" else "-gain"), kind, e.get("scale", ""),
                                f"{what_base} ({'pass@1' if kind == 'pass@1' else 'gain over base'})", shown, run, verdict, e["sentence"]))
    for c in ref.get("claims", []):
        a, b = cell(matrix, c["better"], c["eval"]), cell(matrix, c["worse"], c["eval"])
        what = f"{row_label(c['better'])} > {row_label(c['worse'])} on {LANGUAGES[c['eval']].display}"
        if a is None or b is None:
            verdict, run = "missing", None
        else:
            verdict, run = ("holds" if a > b else "does not hold"), a - b
        out.append(PaperRow(c["id"], "claim", c.get("scale", ""), what, "holds", run, verdict, c["sentence"]))
    for p in ref.get("related_pairs", []):
        x, y = p["pair"]
        r = cell(corr_by_language, x, y)
        what = f"corr({LANGUAGES[x].display}, {LANGUAGES[y].display}) in Figure 4a"
        if r is None:
            verdict = "missing"
        else:
            # "closely related": among the strongest correlations of either language
            others = [v for k, v in corr_by_language.loc[x].items() if k != x and v == v]
            rank = sorted(others, reverse=True).index(r) + 1 if r in others else None
            verdict = f"rank {rank} of {len(others)} for {LANGUAGES[x].display}" if rank else "n/a"
        out.append(PaperRow(f"corr-{x}-{y}", "corr", "7B", what, "high", r, verdict, p["sentence"]))
    return out
