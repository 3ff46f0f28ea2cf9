"""The pass@1 matrix (Table 1), gains over the base, and the Figure 4 correlations.

Rows: ``base`` then the training corpora in the paper's order (python, javascript, typescript,
c, cpp, java, go, html, mixed); columns: the 7 evaluation languages in Table 1's order, then any
extra evaluation language (Rust) that a summary has a result for. Missing cells are NaN.

Correlations (``correlations``): the paper treats Table 1 as a matrix with one row per
training corpus and computes pandas ``df.corr()`` (Figure 4a, between evaluation languages)
and ``df.T.corr()`` (Figure 4b, between training corpora), over the 8 single-language models'
absolute pass@1 (CODEM-Python ... CODEM-HTML; Mixed and the base left out): that row set
reproduces the Figure 4 values legible in the paper (../shared/docs/paper.md), so it is the default.
Options: ``rows="with-mixed"`` adds CODEM-Mixed, ``include_base=True`` adds the base row, and
``values="gain"`` correlates gains over the base instead of absolute pass@1 (Figure 4a is the
same either way: subtracting the base shifts each column by a constant; 4b differs). They are
computed over the paper's 7 evaluation languages only, so that an extra column (Rust) leaves
Figure 4 comparable with the paper's.

A column (or row) whose values are all equal has zero variance, so Pearson's r with it is
undefined and pandas gives NaN; so does a pair with fewer than 2 rows in common. These cases
are reported in ``Correlations.notes``, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import ConfigError
from ..languages import EVAL_LANGUAGES, EVALUABLE_LANGUAGES, LANGUAGES
from .summaries import BASE, MIXED, ROWS, TRAIN_CORPORA, row_label

if TYPE_CHECKING:
    import pandas as pd

VALUE_KINDS = ("pass@1", "gain")
ROW_SETS = ("single-language", "with-mixed")  # the paper's Figure 4 rows; those plus CODEM-Mixed


def build_matrix(values: dict[str, dict[str, float]], *, all_rows: bool = False) -> pd.DataFrame:
    """DataFrame of pass@1 (%) with index = rows present (canonical order), columns = EVAL_LANGUAGES
    plus the extra evaluation languages present in ``values``.

    ``values[row][lang]``; unknown rows or languages are a ConfigError. ``all_rows`` keeps every
    canonical row, empty ones as NaN."""
    import pandas as pd

    for row, langs in values.items():
        if row not in ROWS:
            raise ConfigError(f"unknown matrix row {row!r}; rows: {', '.join(ROWS)}")
        for lang in langs:
            if lang not in EVALUABLE_LANGUAGES:
                raise ConfigError(f"unknown evaluation language {lang!r}; columns: {', '.join(EVALUABLE_LANGUAGES)}")
    rows = [r for r in ROWS if all_rows or values.get(r)]
    present = {lang for langs in values.values() for lang in langs}
    cols = [c for c in EVALUABLE_LANGUAGES if c in EVAL_LANGUAGES or c in present]
    df = pd.DataFrame(
        [[values.get(r, {}).get(c, float("nan")) for c in cols] for r in rows],
        index=pd.Index(rows, name="train"),
        columns=pd.Index(cols, name="eval"),
        dtype=float,
    )
    return df


def gains(matrix: pd.DataFrame) -> pd.DataFrame:
    """Absolute gain (points) of each fine-tuned row over the base row; all NaN without a base."""
    fine = matrix.drop(index=BASE, errors="ignore")
    if BASE not in matrix.index:
        return fine * float("nan")
    return fine.sub(matrix.loc[BASE], axis=1)


def correlation_input(
    matrix: pd.DataFrame, *, rows: str = "single-language", include_base: bool = False, values: str = "pass@1"
) -> pd.DataFrame:
    """The matrix the correlations are computed on (see the module docstring)."""
    if values not in VALUE_KINDS:
        raise ConfigError(f"values must be one of {', '.join(VALUE_KINDS)}, got {values!r}")
    if rows not in ROW_SETS:
        raise ConfigError(f"rows must be one of {', '.join(ROW_SETS)}, got {rows!r}")
    keep = [r for r in matrix.index if (r != MIXED or rows == "with-mixed") and (r != BASE or include_base)]
    if values == "gain":
        if include_base:
            raise ConfigError("include_base with values='gain' makes no sense: the base row's gain is 0 everywhere")
        table = gains(matrix)
        return table.loc[[r for r in table.index if r in keep], [c for c in table.columns if c in EVAL_LANGUAGES]]
    return matrix.loc[keep, [c for c in matrix.columns if c in EVAL_LANGUAGES]]


@dataclass
class Correlations:
    data: pd.DataFrame  # what was correlated
    by_language: pd.DataFrame  # data.corr(): Figure 4a
    by_corpus: pd.DataFrame  # data.T.corr(): Figure 4b
    include_base: bool
    values: str
    notes: list[str] = field(default_factory=list)
    rows: str = "single-language"

    @property
    def rows_used(self) -> list[str]:
        return list(self.data.index)


def _degenerate(frame: pd.DataFrame, corr: pd.DataFrame, what: str, across: str, label) -> list[str]:
    """Notes explaining every NaN in ``corr`` (correlations between the columns of ``frame``)."""
    notes = []
    bad = set()
    constant: dict[tuple[float, int], list[str]] = {}  # (value, count) -> columns, in order
    for col in frame.columns:
        vals = frame[col].dropna()
        if len(vals) < 2:
            bad.add(col)
            have = "no values" if len(vals) == 0 else "only 1 value"
            notes.append(
                f"{what} {label(col)} has {have} across the {across}: its correlations need at least 2, so they are NaN"
            )
        elif vals.nunique() == 1:
            bad.add(col)
            constant.setdefault((float(vals.iloc[0]), len(vals)), []).append(col)
    for (value, count), cols in constant.items():  # one note per shared value, not one per column
        if len(cols) == 1:
            notes.append(
                f"{what} {label(cols[0])} is constant ({value:.2f} across all {count} {across}): zero variance, "
                f"so its correlation with every other {what.lower()} is undefined (NaN)"
            )
        else:
            names = ", ".join(label(c) for c in cols)
            plural = what.replace("language", "languages").replace("row", "rows")
            notes.append(
                f"{plural} {names} are constant ({value:.2f} across all {count} {across}): zero variance, "
                f"so their correlations with every other {what.lower()} are undefined (NaN)"
            )
    cols = list(frame.columns)
    for i, a in enumerate(cols):
        for b in cols[i + 1 :]:
            if a in bad or b in bad:
                continue
            both = frame[[a, b]].dropna()
            if corr.loc[a, b] == corr.loc[a, b] and len(both) == 2:
                notes.append(
                    f"corr({label(a)}, {label(b)}) = {corr.loc[a, b]:+.2f} rests on only 2 {across}: "
                    "two points always give +1 or -1"
                )
            if corr.loc[a, b] != corr.loc[a, b]:  # NaN
                if len(both) < 2:
                    why = f"only {len(both)} of the {across} have both"
                else:
                    why = f"one of them is constant on the {len(both)} {across} that have both"
                notes.append(f"corr({label(a)}, {label(b)}) is NaN: {why}")
    return notes


def correlations(
    matrix: pd.DataFrame, *, rows: str = "single-language", include_base: bool = False, values: str = "pass@1"
) -> Correlations:
    """Figure 4: ``df.corr()`` (evaluation languages) and ``df.T.corr()`` (training corpora)."""
    data = correlation_input(matrix, rows=rows, include_base=include_base, values=values)
    by_language = data.corr()
    by_corpus = data.T.corr()
    notes: list[str] = []
    n = len(data.index)
    if n < 2:
        notes.append(
            f"only {n} training row{'s' if n != 1 else ''} to correlate over: every correlation between "
            "evaluation languages needs at least 2 rows, so Figure 4a is all NaN"
        )
        lang_notes = []
    else:
        lang_notes = _degenerate(
            data, by_language, "Evaluation language", "training rows", lambda c: LANGUAGES[c].display
        )
    corpus_notes = (
        _degenerate(data.T, by_corpus, "Training row", "evaluation languages", row_label) if len(data.columns) else []
    )
    notes.extend(lang_notes + corpus_notes)
    return Correlations(
        data=data,
        by_language=by_language,
        by_corpus=by_corpus,
        include_base=include_base,
        values=values,
        notes=notes,
        rows=rows,
    )


def missing_cells(matrix: pd.DataFrame, *, expected_rows: tuple[str, ...] = ROWS) -> dict[str, list[str]]:
    """{row: [missing languages]} for rows present with gaps, and rows absent altogether ([all])."""
    out: dict[str, list[str]] = {}
    cols = [c for c in EVALUABLE_LANGUAGES if c in EVAL_LANGUAGES or c in matrix.columns]
    for row in expected_rows:
        if row not in matrix.index:
            out[row] = cols
            continue
        gaps = [c for c in cols if matrix.loc[row, c] != matrix.loc[row, c]]
        if gaps:
            out[row] = gaps
    return out


__all__ = [
    "VALUE_KINDS",
    "ROW_SETS",
    "TRAIN_CORPORA",
    "build_matrix",
    "gains",
    "correlation_input",
    "correlations",
    "Correlations",
    "missing_cells",
]
