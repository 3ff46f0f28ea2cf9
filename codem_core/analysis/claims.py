"""The paper's claims about Table 1 as small predicates over a pass@1 matrix.

A claim is data (``paper_reference.yaml``: ``check`` names a predicate here, ``args`` its
arguments); a predicate takes the matrix (rows: base and training corpora, columns: evaluation
languages, NaN = no result) and returns a :class:`Verdict`. ``cannot tell`` means a cell the
claim needs is missing, never a guess. Strict comparisons: a tie does not hold.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..errors import DataError
from ..languages import LANGUAGES
from .summaries import BASE, row_label

if TYPE_CHECKING:
    import pandas as pd

HOLDS, FAILS, UNKNOWN = "holds", "does not hold", "cannot tell"


@dataclass(frozen=True)
class Verdict:
    status: str  # holds | does not hold | cannot tell
    evidence: str


def _cell(matrix: pd.DataFrame, row: str, lang: str) -> float | None:
    if row not in matrix.index or lang not in matrix.columns:
        return None
    value = matrix.loc[row, lang]
    return None if value != value else float(value)


def _missing(row: str, lang: str) -> Verdict:
    return Verdict(UNKNOWN, f"no result for {row_label(row)} on {LANGUAGES[lang].display}")


def beats(matrix: pd.DataFrame, *, better: str, worse: str, eval: str) -> Verdict:
    """``better`` scores strictly higher than ``worse`` on ``eval``."""
    a, b = _cell(matrix, better, eval), _cell(matrix, worse, eval)
    if a is None:
        return _missing(better, eval)
    if b is None:
        return _missing(worse, eval)
    return Verdict(HOLDS if a > b else FAILS, f"{a:.2f} vs {b:.2f} ({a - b:+.2f})")


def lifts(matrix: pd.DataFrame, *, row: str, eval: str) -> Verdict:
    """``row`` scores strictly higher than the base model on ``eval``."""
    return beats(matrix, better=row, worse=BASE, eval=eval)


def beats_base_everywhere(matrix: pd.DataFrame) -> Verdict:
    """Every fine-tuned row present beats the base on every language where both have a result."""
    if BASE not in matrix.index:
        return Verdict(UNKNOWN, "no base-model result")
    fine = [r for r in matrix.index if r != BASE]
    if not fine:
        return Verdict(UNKNOWN, "no fine-tuned model")
    compared, failures, missing = 0, [], 0
    for row in fine:
        for lang in matrix.columns:
            a, b = _cell(matrix, row, lang), _cell(matrix, BASE, lang)
            if a is None or b is None:
                missing += 1
                continue
            compared += 1
            if not a > b:
                failures.append(f"{row_label(row)} on {LANGUAGES[lang].display} {a:.2f} <= {b:.2f}")
    if compared == 0:
        return Verdict(UNKNOWN, "no cell has both a model and a base result")
    gap = f" ({missing} cells without a result)" if missing else ""
    if failures:
        more = f" and {len(failures) - 3} more" if len(failures) > 3 else ""
        return Verdict(
            FAILS, f"{len(failures)} of {compared} cells not above the base{gap}: " + "; ".join(failures[:3]) + more
        )
    return Verdict(HOLDS, f"all {compared} cells of {len(fine)} models above the base{gap}")


PREDICATES: dict[str, Callable[..., Verdict]] = {
    "beats": beats,
    "lifts": lifts,
    "beats_base_everywhere": beats_base_everywhere,
}


@dataclass(frozen=True)
class ClaimResult:
    id: str
    claim: str
    sentence: str
    run: Verdict
    paper: Verdict

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "claim": self.claim,
            "sentence": self.sentence,
            "run": {"status": self.run.status, "evidence": self.run.evidence},
            "paper": {"status": self.paper.status, "evidence": self.paper.evidence},
        }


def check_claim(claim: dict, matrix: pd.DataFrame) -> Verdict:
    predicate = PREDICATES.get(claim.get("check", ""))
    if predicate is None:
        raise DataError(
            f"claim {claim.get('id')!r}: unknown check {claim.get('check')!r} (known: {', '.join(PREDICATES)})"
        )
    return predicate(matrix, **(claim.get("args") or {}))


def check_claims(claims: list[dict], run: pd.DataFrame, paper: pd.DataFrame) -> list[ClaimResult]:
    """Each claim checked on the run's matrix and on the paper's own table."""
    return [ClaimResult(c["id"], c["claim"], c["sentence"], check_claim(c, run), check_claim(c, paper)) for c in claims]
