"""The report's fidelity sections: the paper's table beside the run (same scale only), the
paper's own Figure 4 recomputed from its Table 1 beside ours, the checklist of the paper's
claims, and where the training data came from (seed pool, filter counts, brought-in corpora).

Each section is built by one function returning a :class:`Section` (markdown lines, a JSON
payload, notes, files written), so ``report.build_report`` only stitches them in.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..languages import EVAL_LANGUAGES, LANGUAGES
from .claims import check_claims
from .matrix import correlations
from .paper import TableChoice, load_reference, paper_table
from .summaries import BASE, row_label

if TYPE_CHECKING:
    import pandas as pd

    from .matrix import Correlations

DASH = "–"
PAPER_FILES = {
    "paper_corr_languages_png": "paper_corr_eval_languages.png",
    "paper_corr_corpora_png": "paper_corr_train_corpora.png",
}


@dataclass
class Section:
    md: list[str] = field(default_factory=list)
    payload: dict[str, Any] = field(default_factory=dict)
    files: dict[str, Path] = field(default_factory=dict)


def _table(header: list[str], rows: list[list[str]], numeric: bool = True) -> list[str]:
    align = ["---"] + ["---:" if numeric else "---"] * (len(header) - 1)
    return ["| " + " | ".join(header) + " |", "|" + "|".join(align) + "|"] + ["| " + " | ".join(r) + " |" for r in rows]


def _num(x: Any, fmt: str = "{:.2f}") -> str:
    return DASH if x is None or x != x else fmt.format(x)


def _jsonable(frame: pd.DataFrame) -> dict[str, dict[str, float | None]]:
    return {
        str(r): {str(c): (None if v != v else round(float(v), 6)) for c, v in frame.loc[r].items()} for r in frame.index
    }


def _lang(x: str) -> str:
    return LANGUAGES[x].display


def _matrix_lines(matrix: pd.DataFrame, with_gains: bool = True) -> list[str]:
    rows = []
    for r in matrix.index:
        cells = [row_label(r)]
        for lang in matrix.columns:
            v = matrix.loc[r, lang]
            gain = ""
            if (
                with_gains
                and r != BASE
                and BASE in matrix.index
                and v == v
                and matrix.loc[BASE, lang] == matrix.loc[BASE, lang]
            ):
                gain = f" ({v - matrix.loc[BASE, lang]:+.2f})"
            cells.append(_num(v) + (gain if v == v else ""))
        rows.append(cells)
    return _table(["Model"] + [_lang(c) for c in matrix.columns], rows)


def _difference(run: pd.DataFrame, paper: pd.DataFrame) -> pd.DataFrame:
    """This run minus the paper, on the rows both have (NaN where either lacks the cell)."""
    rows = [r for r in paper.index if r in run.index]
    return run.loc[rows, list(EVAL_LANGUAGES)] - paper.loc[rows, list(EVAL_LANGUAGES)]


def _off_diagonal(frame: pd.DataFrame) -> dict[tuple[str, str], float]:
    cols = list(frame.columns)
    return {
        (a, b): float(frame.loc[a, b])
        for i, a in enumerate(cols)
        for b in cols[i + 1 :]
        if frame.loc[a, b] == frame.loc[a, b]
    }


def _agreement(run: pd.DataFrame, paper: pd.DataFrame) -> tuple[float | None, int]:
    """Pearson r between the run's and the paper's off-diagonal correlations (pairs defined in both)."""
    import numpy as np

    a, b = _off_diagonal(run), _off_diagonal(paper)
    common = sorted(set(a) & set(b))
    if len(common) < 3:
        return None, len(common)
    x, y = np.array([a[k] for k in common]), np.array([b[k] for k in common])
    if x.std() == 0 or y.std() == 0:
        return None, len(common)
    return float(np.corrcoef(x, y)[0, 1]), len(common)


def _figure4(corr: Correlations, out_dir: Path, heatmap, labels: dict[str, dict[str, str]]) -> Section:
    """The paper's Figure 4 recomputed from Table 1 with this run's options, beside this run's."""
    ref = load_reference()
    table = paper_table("7B", ref)
    theirs = correlations(table, rows=corr.rows, include_base=corr.include_base, values=corr.values)
    sec = Section()
    sec.md += [
        "### The paper's Figure 4, recomputed from its Table 1",
        "",
        f"pandas `df.corr()` / `df.T.corr()` over the paper's rows {', '.join(row_label(r) for r in theirs.rows_used)} "
        f"({corr.values}; the same options as this run's Figure 4). With the paper's own options (the 8 "
        "single-language rows, absolute pass@1) this reproduces the values legible in its Figure 4.",
        "",
    ]
    for what, run_frame, paper_frame, label in (
        ("4a (evaluation languages)", corr.by_language, theirs.by_language, _lang),
        ("4b (training corpora)", corr.by_corpus, theirs.by_corpus, row_label),
    ):
        r, n = _agreement(run_frame, paper_frame)
        agree = (
            f"Pearson r = {r:.2f} over {n} pairs"
            if r is not None
            else f"undefined ({n} pairs defined in both, or no spread)"
        )
        sec.md += [f"Figure {what}, the paper's:", ""]
        header = [""] + [label(c) for c in paper_frame.columns]
        sec.md += _table(
            header, [[label(i)] + [_num(paper_frame.loc[i, c]) for c in paper_frame.columns] for i in paper_frame.index]
        )
        sec.md += ["", f"Agreement of this run's Figure {what[:2]} with the paper's: {agree}.", ""]
        sec.payload[f"agreement_{what[:2]}"] = {"pearson_r": r, "pairs": n}
    printed = ref["tables"]["7B"].get("figure4", {})
    rows = []
    for kind, frame_run, frame_paper, label in (
        ("by_corpus", corr.by_corpus, theirs.by_corpus, row_label),
        ("by_language", corr.by_language, theirs.by_language, _lang),
    ):
        for a, b, value in printed.get(kind, []):
            run_v = frame_run.loc[a, b] if a in frame_run.index and b in frame_run.columns else None
            paper_v = frame_paper.loc[a, b] if a in frame_paper.index and b in frame_paper.columns else None
            rows.append(
                [
                    "4b" if kind == "by_corpus" else "4a",
                    f"{label(a)}–{label(b)}",
                    f"{value:.2f}",
                    _num(paper_v),
                    _num(run_v),
                ]
            )
    if rows:
        sec.md += ["Values legible in the paper's Figure 4:", ""]
        sec.md += _table(["Figure", "Pair", "Paper (printed)", "Recomputed from Table 1", "This run"], rows)
        sec.md.append("")
    for key, frame, title, lab in (
        ("paper_corr_languages_png", theirs.by_language, "The paper's Figure 4a (from Table 1)", labels["languages"]),
        ("paper_corr_corpora_png", theirs.by_corpus, "The paper's Figure 4b (from Table 1)", labels["corpora"]),
    ):
        path = out_dir / PAPER_FILES[key]
        heatmap(frame, path, title=title, labels=lab)
        sec.files[key] = path
        sec.md += [f"![{title}]({path.name})", ""]
    sec.payload.update(
        by_language=_jsonable(theirs.by_language), by_corpus=_jsonable(theirs.by_corpus), rows_used=theirs.rows_used
    )
    return sec


def paper_section(
    matrix: pd.DataFrame,
    corr: Correlations,
    choice: TableChoice,
    out_dir: Path,
    heatmap,
    labels: dict[str, dict[str, str]],
) -> Section:
    """The paper's table of the run's scale beside the run, its difference, and (7B) its Figure 4."""
    sec = Section(payload={"table": choice.scale, "run_scale": choice.run_scale, "note": choice.note})
    if choice.scale is None:
        sec.md += ["## The paper's tables", "", choice.note[0].upper() + choice.note[1:] + ".", ""]
        return sec
    ref = load_reference()
    spec = ref["tables"][choice.scale]
    table = paper_table(choice.scale, ref)
    diff = _difference(matrix, table)
    sec.md += [f"## Beside the paper: {spec['title']}", "", choice.note[0].upper() + choice.note[1:] + ".", ""]
    sec.md += (
        _matrix_lines(table)
        + ["", f"The paper's pass@1 (%), gain over its base in brackets; {DASH} = not given in the paper's text."]
        + [f"- {n}" for n in spec.get("notes", [])]
        + [""]
    )
    if len(diff.index):
        sec.md += ["### This run minus the paper (points)", ""]
        sec.md += _table(
            ["Model"] + [_lang(c) for c in diff.columns],
            [[row_label(r)] + [_num(diff.loc[r, c], "{:+.2f}") for c in diff.columns] for r in diff.index],
        )
        sec.md.append("")
    sec.payload.update(title=spec["title"], paper_matrix=_jsonable(table), difference=_jsonable(diff))
    if choice.scale == "7B":
        fig = _figure4(corr, out_dir, heatmap, labels)
        sec.md += fig.md
        sec.files.update(fig.files)
        sec.payload["figure4"] = fig.payload
    else:
        sec.md += ["The paper has no Figure 4 at this scale: its table has one fine-tuned model.", ""]
    return sec


def claims_section(matrix: pd.DataFrame, show_paper_numbers: bool) -> Section:
    """Each of the paper's claims: held or not by this run, and by the paper's own Table 1.

    ``show_paper_numbers``: the paper's evidence is 7B pass@1, printed only beside a run the 7B
    table is set beside; otherwise only its verdict is given (a claim compares rows of one
    table, so the verdicts apply at any scale, the numbers do not)."""
    ref = load_reference()
    results = check_claims(ref.get("claims", []), matrix, paper_table("7B", ref))
    held = sum(r.run.status == "holds" for r in results)
    md = [
        "## The paper's claims",
        "",
        f"Checked on this run and on the paper's own Table 1 (StarCoder 7B): {held} of {len(results)} hold for "
        "this run.",
        "",
    ]
    if show_paper_numbers:
        rows = [[r.claim, r.run.status, r.run.evidence, r.paper.status, r.paper.evidence] for r in results]
        md += _table(
            ["Claim", "This run", "Evidence (run)", "Paper's Table 1", "Evidence (paper)"], rows, numeric=False
        )
    else:
        rows = [[r.claim, r.run.status, r.run.evidence, r.paper.status] for r in results]
        md += _table(["Claim", "This run", "Evidence (run)", "Paper's Table 1"], rows, numeric=False)
    md += [
        "",
        'A claim compares pass@1 cells of one table strictly (a tie does not hold); "cannot tell" means a cell it '
        "needs is missing.",
        "",
    ]
    payload = [r.to_dict() for r in results]
    if not show_paper_numbers:
        for entry in payload:
            entry["paper"].pop("evidence")
    return Section(md=md, payload={"claims": payload, "held": held, "total": len(results)})


def _data_row(entry: dict) -> list[str]:
    from ..evolution.report import describe_seed_pool

    corpus = entry.get("corpus", "?")
    label = LANGUAGES[corpus].display if corpus in LANGUAGES else corpus.capitalize()
    rows = str(entry.get("rows", DASH))
    sha = (entry.get("sha256") or "")[:12] or DASH
    source = entry.get("source")
    if source:  # brought from outside
        where = source.get("hub") or source.get("path") or "?"
        via = f" (mirror {source['mirror_path']})" if source.get("from") == "mirror" else ""
        return [label, f"brought in: `{where}`{via}", rows, sha, "not evolved"]
    if entry.get("seeds"):
        summary = entry.get("summary") or {}
        removed = {k: v for k, v in (summary.get("removed") or {}).items() if v}
        cleaned = ", ".join(f"{k} {v}" for k, v in removed.items()) or "none"
        return [label, "evolved", rows, sha, f"seeds {describe_seed_pool(entry['seeds'])}; eliminated: {cleaned}"]
    if entry.get("mixed"):
        m = entry["mixed"]
        return [
            label,
            "mixed",
            rows,
            sha,
            f"{m.get('total')} of {m.get('target_total')} rows drawn from the language corpora",
        ]
    return [label, "?", rows, sha, DASH]


def data_section(corpora: list[dict] | None) -> Section:
    """Where each training corpus came from: the seed pool and filter counts, or the file / hub data set."""
    if not corpora:
        return Section()
    md = ["## Training data", ""]
    md += _table(
        ["Corpus", "Source", "Rows", "sha256", "Seeds and cleaning"], [_data_row(e) for e in corpora], numeric=False
    )
    md.append("")
    return Section(md=md, payload={"corpora": corpora})
