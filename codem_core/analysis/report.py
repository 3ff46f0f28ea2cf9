"""The analysis report: Table 1 with gains, Figure 4a/4b tables and heatmaps, notes, provenance.

``build_report(evals, out_dir)`` writes into ``out_dir``:

    report.md                   the report (images embedded by relative path)
    report.html                 the same, rendered (markdown-it-py, CommonMark + tables), self-contained but the PNGs
    report.json                 everything in machine-readable form (NaN as null)
    matrix.csv, gains.csv       Table 1 (pass@1 %) and gains over the base (points)
    corr_eval_languages.csv/.png    Figure 4a: df.corr()
    corr_train_corpora.csv/.png     Figure 4b: df.T.corr()

Every file is written atomically. Degenerate inputs (missing cells, constant columns, a single
row) are reported in the markdown, never raised.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import DataError
from ..io import atomic_write_text
from ..languages import EVAL_LANGUAGES, LANGUAGES
from .matrix import Correlations, build_matrix, correlations, missing_cells
from .matrix import gains as compute_gains
from .summaries import BASE, ROWS, Evaluations, row_label

if TYPE_CHECKING:
    import pandas as pd

DASH = "–"
FILES = {
    "report": "report.md",
    "html": "report.html",
    "json": "report.json",
    "matrix": "matrix.csv",
    "gains": "gains.csv",
    "corr_languages_csv": "corr_eval_languages.csv",
    "corr_languages_png": "corr_eval_languages.png",
    "corr_corpora_csv": "corr_train_corpora.csv",
    "corr_corpora_png": "corr_train_corpora.png",
}


def _isnan(x: Any) -> bool:
    return x is None or x != x


def fmt_pass(value: float, gain: float | None = None, digits: int = 2) -> str:
    """ "41.16 (+7.62)"; just "41.16" without a gain; "–" when the value is missing."""
    if _isnan(value):
        return DASH
    text = f"{value:.{digits}f}"
    if gain is not None and not _isnan(gain):
        text += f" ({gain:+.{digits}f})"
    return text


def fmt_corr(value: float) -> str:
    return DASH if _isnan(value) else f"{value:.2f}"


def lang_label(lang: str) -> str:
    return LANGUAGES[lang].display


def corpus_label(row: str) -> str:
    """Short name of a training corpus for plots: "Python", "HTML", "Mixed", "Base"."""
    return row.capitalize() if row in (BASE, "mixed") else LANGUAGES[row].display


def matrix_with_gains(matrix: pd.DataFrame, gains: pd.DataFrame, digits: int = 2) -> list[list[str]]:
    """Rows of display cells: [label, "41.16 (+7.62)", ...] in the matrix's row order."""
    out = []
    for row in matrix.index:
        cells = [row_label(row)]
        for lang in matrix.columns:
            g = None if row == BASE or row not in gains.index else gains.loc[row, lang]
            cells.append(fmt_pass(matrix.loc[row, lang], g, digits))
        out.append(cells)
    return out


def _md_table(header: list[str], rows: list[list[str]], numeric: bool = True) -> str:
    """A markdown table; the first column left-aligned, the others right-aligned when ``numeric``."""
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join(["---"] + ["---:" if numeric else "---"] * (len(header) - 1)) + "|",
    ]
    lines += ["| " + " | ".join(r) + " |" for r in rows]
    return "\n".join(lines)


def _corr_table(corr: pd.DataFrame, label) -> str:
    header = [""] + [label(c) for c in corr.columns]
    rows = [[label(r)] + [fmt_corr(corr.loc[r, c]) for c in corr.columns] for r in corr.index]
    return _md_table(header, rows)


def _jsonable(frame: pd.DataFrame) -> dict[str, dict[str, float | None]]:
    return {
        str(r): {str(c): (None if _isnan(v) else round(float(v), 6)) for c, v in frame.loc[r].items()}
        for r in frame.index
    }


@dataclass
class ReportResult:
    out_dir: Path
    files: dict[str, Path]
    matrix: pd.DataFrame
    gains: pd.DataFrame
    correlations: Correlations
    notes: list[str] = field(default_factory=list)
    paper: dict[str, Any] = field(default_factory=dict)  # the paper's table beside the run, claims, training data

    @property
    def report_md(self) -> Path:
        return self.files["report"]


def _observations(matrix, gains, corr: Correlations) -> list[str]:
    obs = []
    fine = matrix.drop(index=BASE, errors="ignore")
    flat: dict[float, list[str]] = {}  # languages where every fine-tuned row ties, by the shared value
    for lang in matrix.columns:
        col = fine[lang].dropna() if lang in fine.columns else []
        if len(col) == 0:
            continue
        best = col.idxmax()
        ties = [r for r, v in col.items() if v == col[best]]
        if len(ties) == len(col) > 1:
            flat.setdefault(float(col[best]), []).append(lang)
            continue
        who = ", ".join(row_label(r) for r in ties)
        gain = gains.loc[best, lang] if best in gains.index else float("nan")
        extra = f", {gain:+.2f} over the base" if not _isnan(gain) else ""
        obs.append(f"Best on {lang_label(lang)}: {who} ({col[best]:.2f}{extra})")
    for value, langs in flat.items():
        base = [matrix.loc[BASE, x] for x in langs] if BASE in matrix.index else []
        same_base = " (the base model too)" if base and all(b == value for b in base) else ""
        obs.append(
            f"No difference between training corpora on {', '.join(lang_label(x) for x in langs)}: "
            f"every fine-tuned model scores {value:.2f}{same_base}"
        )
    pairs = []
    by_lang = corr.by_language
    cols = list(by_lang.columns)
    for i, a in enumerate(cols):
        for b in cols[i + 1 :]:
            v = by_lang.loc[a, b]
            if not _isnan(v):
                pairs.append((v, a, b))
    if pairs:
        pairs.sort(reverse=True)
        top = "; ".join(f"{lang_label(a)}–{lang_label(b)} {v:.2f}" for v, a, b in pairs[:3])
        obs.append(f"Most correlated evaluation languages (Figure 4a): {top}")
    return obs


_CSS = """
body { font-family: -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #1f2328; max-width: 1180px;
       margin: 24px auto; padding: 0 24px; line-height: 1.45; font-size: 15px; }
h1 { font-size: 26px; border-bottom: 1px solid #d0d7de; padding-bottom: 6px; }
h2 { font-size: 20px; border-bottom: 1px solid #d0d7de; padding-bottom: 4px; margin-top: 28px; }
h3 { font-size: 16px; }
table { border-collapse: collapse; margin: 10px 0 14px; font-size: 13px; }
th, td { border: 1px solid #d0d7de; padding: 4px 9px; }
th { background: #f6f8fa; }
tr:nth-child(even) td { background: #fbfcfd; }
td:first-child { font-weight: 600; white-space: nowrap; }
code { background: #f6f8fa; padding: 1px 4px; border-radius: 4px; font-size: 90%; }
img { max-width: 100%; border: 1px solid #d0d7de; }
li { margin: 3px 0; }
"""


def render_html(md_text: str, title: str) -> str:
    """The markdown report as one HTML page (markdown-it-py: CommonMark plus tables; raw HTML in the
    markdown is escaped). Images stay relative links, so the page sits beside its PNGs."""
    import html

    from markdown_it import MarkdownIt

    body = MarkdownIt("commonmark", {"html": False}).enable("table").render(md_text)
    return (
        f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n'
        f"<style>{_CSS}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def _at_a_glance(matrix, evals: Evaluations) -> list[str]:
    """Two or three sentences: what the matrix holds, its means, and how much one problem weighs."""
    fine = matrix.drop(index=BASE, errors="ignore")
    n_fine = len(fine.index)
    parts = [
        f"{'Base + ' if BASE in matrix.index else ''}{n_fine} fine-tuned model{'s' if n_fine != 1 else ''} "
        f"x {matrix.notna().any().sum()} evaluation languages."
    ]
    means = []
    if BASE in matrix.index:
        means.append(f"base {matrix.loc[BASE].mean():.2f}")
    if n_fine:
        means.append(f"fine-tuned models {fine.stack().mean():.2f}")
    if means:
        cells = matrix.stack()
        parts.append(f"Mean pass@1: {', '.join(means)}; {int((cells > 0).sum())} of {len(cells)} cells above zero.")
    counts = sorted({c.problems or c.samples for langs in evals.cells.values() for c in langs.values() if c.samples})
    if counts and counts[-1] < 20:
        shown = "/".join(map(str, counts))
        parts.append(
            f"Each cell rests on {shown} problem{'s' if counts[-1] != 1 else ''} (one problem = {100 / counts[-1]:.2f} "
            "points): read the numbers as a check of the pipeline, not as evidence for or against the paper."
        )
    return ["", " ".join(parts)]


def build_report(
    evals: Evaluations,
    out_dir: str | Path,
    *,
    paper_table: str = "auto",
    base_model: str | None = None,
    rows: str = "single-language",
    include_base: bool = False,
    values: str = "pass@1",
    title: str = "CodeM reproduction: cross-language pass@1",
    command: str | None = None,
    digits: int = 2,
    corpora: list[dict] | None = None,
    paper: bool | None = None,
) -> ReportResult:
    """Compute the matrix, gains and correlations of ``evals`` and write the report into ``out_dir``.

    ``paper_table`` / ``base_model``: which of the paper's tables goes beside the run (``analysis.paper``;
    a mismatched scale is a ConfigError, raised before anything is written). ``rows``/``include_base``/
    ``values``: Figure 4's input (``analysis.matrix``). ``corpora``: per-corpus data reports (seed pool,
    cleaning counts, brought-in sources) for the "Training data" section. ``paper``: the old flag,
    True = ``paper_table="auto"``, False = ``"none"``."""
    from ..provenance import package_versions, provenance
    from .paper import choose_table
    from .plots import heatmap

    if not evals.cells:
        raise DataError("no evaluation results to report on")
    if paper is not None:
        paper_table = "auto" if paper else "none"
    choice = choose_table(paper_table, base_model)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    files = {k: out_dir / v for k, v in FILES.items()}

    matrix = build_matrix(evals.values())
    gains = compute_gains(matrix)
    corr = correlations(matrix, rows=rows, include_base=include_base, values=values)
    notes: list[str] = []

    # ---- notes about the input
    if BASE not in matrix.index:
        notes.append("no base-model summary: gains over the base cannot be computed and are left out")
    missing = missing_cells(matrix)
    absent = [r for r in missing if r not in matrix.index]
    if absent:
        notes.append("rows without any summary (left out of the tables): " + ", ".join(row_label(r) for r in absent))
    for row, langs in missing.items():
        if row in matrix.index:
            notes.append(
                f"{row_label(row)} has no result for {', '.join(lang_label(x) for x in langs)} (shown as {DASH})"
            )
    beyond = [c for c in matrix.columns if c not in EVAL_LANGUAGES]
    if beyond:
        notes.append(
            f"{', '.join(lang_label(c) for c in beyond)}: evaluated beyond the paper's 7 languages; shown in "
            "Table 1, left out of the correlations (Figure 4 is over the paper's 7)"
        )
    counts = sorted({c.samples for langs in evals.cells.values() for c in langs.values() if c.samples is not None})
    if len(counts) > 1:
        notes.append(
            f"cells were evaluated on different numbers of problems ({', '.join(map(str, counts))}): "
            "see the samples table"
        )
    for src in evals.sources:
        if src.warning:
            notes.append(f"{src.path}: {src.warning}")

    # ---- files: csv, png
    for key, frame in (
        ("matrix", matrix),
        ("gains", gains),
        ("corr_languages_csv", corr.by_language),
        ("corr_corpora_csv", corr.by_corpus),
    ):
        atomic_write_text(files[key], frame.to_csv())

    lang_labels = {lang: lang_label(lang) for lang in EVAL_LANGUAGES}
    corpus_labels = {r: corpus_label(r) for r in ROWS}
    images: dict[str, str | None] = {}
    for key, frame, ttl, labels in (
        ("corr_languages_png", corr.by_language, "Correlation between evaluation languages (df.corr())", lang_labels),
        ("corr_corpora_png", corr.by_corpus, "Correlation between training corpora (df.T.corr())", corpus_labels),
    ):
        if frame.shape[0] == 0:
            images[key] = None
            files.pop(key)
            notes.append(f"{FILES[key]} not drawn: no rows to correlate")
            continue
        heatmap(frame, files[key], title=ttl, labels=labels)
        images[key] = FILES[key]

    from .paper_sections import claims_section, data_section, paper_section

    beside = paper_section(matrix, corr, choice, out_dir, heatmap, {"languages": lang_labels, "corpora": corpus_labels})
    files.update(beside.files)
    claims, data = claims_section(matrix, show_paper_numbers=choice.scale == "7B"), data_section(corpora)

    # ---- markdown
    rows_used = ", ".join(row_label(r) for r in corr.rows_used) or "none"
    base_note = (
        "the base row is included (include_base=True)"
        if include_base
        else "the base row is left out: each row of the paper's matrix is a training corpus, "
        "and the base model has none (include_base=True adds it)"
    )
    rows_note = (
        "the 8 single-language models, as the paper (Mixed left out; rows=with-mixed adds it)"
        if rows == "single-language"
        else "the single-language models and CODEM-Mixed (rows=with-mixed)"
    )
    md: list[str] = [f"# {title}", ""]
    md.append(
        f"Generated {time.strftime('%Y-%m-%d %H:%M:%S %z')} from {len(evals.sources)} evaluation "
        f"summar{'y' if len(evals.sources) == 1 else 'ies'}."
    )
    md += _at_a_glance(matrix, evals)
    md += ["", "## Table 1: pass@1 by training corpus and evaluation language", ""]
    md.append(_md_table(["Model"] + [lang_label(c) for c in matrix.columns], matrix_with_gains(matrix, gains, digits)))
    md += [
        "",
        "pass@1 in percent (greedy, one sample per problem); "
        f"in brackets the absolute gain over the base model in points; {DASH} = no result.",
        "",
    ]

    known = [(r, lang, c) for r, langs in evals.cells.items() for lang, c in langs.items() if c.samples is not None]
    if known:
        md += ["### Samples (passed / problems)", ""]
        srows = []
        for row in matrix.index:
            cells = [row_label(row)]
            for lang in matrix.columns:
                c = evals.cells.get(row, {}).get(lang)
                cells.append(f"{c.passed}/{c.samples}" if c is not None and c.samples is not None else DASH)
            srows.append(cells)
        md += [_md_table(["Model"] + [lang_label(c) for c in matrix.columns], srows), ""]

    passk_md, passk_json = pass_at_k_section(evals, matrix, digits)
    md += passk_md

    values_note = "absolute pass@1" if values == "pass@1" else "gains over the base"
    md += [
        "## Figure 4a: correlation between evaluation languages",
        "",
        f"pandas `df.corr()` (Pearson) over the rows {rows_used}, on {values_note}: {rows_note}; {base_note}.",
        "",
        _corr_table(corr.by_language, lang_label),
        "",
    ]
    if images.get("corr_languages_png"):
        md += [f"![Figure 4a: correlation between evaluation languages]({images['corr_languages_png']})", ""]
    md += [
        "## Figure 4b: correlation between training corpora",
        "",
        "pandas `df.T.corr()` over the same rows, "
        f"each correlated across the {len(EVAL_LANGUAGES)} evaluation languages.",
        "",
    ]
    if corr.by_corpus.shape[0]:
        md += [_corr_table(corr.by_corpus, row_label), ""]
    if images.get("corr_corpora_png"):
        md += [f"![Figure 4b: correlation between training corpora]({images['corr_corpora_png']})", ""]

    md += ["## Degenerate cases and gaps", ""]
    all_notes = notes + corr.notes
    md += (
        [f"- {n}" for n in all_notes]
        if all_notes
        else ["None: every cell is present and every correlation is defined."]
    )
    md.append("")

    obs = _observations(matrix, gains, corr)
    if obs:
        md += ["## Observations", ""] + [f"- {o}" for o in obs] + [""]

    md += beside.md + claims.md + data.md

    prov = provenance(command=command) if command else provenance()
    versions = {**prov.get("packages", {}), **package_versions(("matplotlib", "numpy"))}
    md += [
        "## Provenance",
        "",
        f"- codem {prov['codem']}, Python {prov['python']}, {prov['platform']}",
        "- packages: "
        + ", ".join(f"{k} {v}" for k, v in sorted(versions.items()) if k in ("pandas", "matplotlib", "numpy", "s3fs")),
        f"- correlations: rows={rows}, values={values}, include_base={include_base}, rows used: {rows_used}",
        f"- paper table: {choice.scale or 'none'} (paper_table={paper_table}, base model: {base_model or 'not given'})",
    ]
    if command:
        md.append(f"- command: `{command}`")
    md += ["", "Summaries:", ""]
    order = {r: i for i, r in enumerate(ROWS)}
    sources = sorted(evals.sources, key=lambda s: (order.get(s.row, 99), s.path))
    src_rows = [
        [
            s.path,
            row_label(s.row),
            s.identified_by,
            ", ".join(lang_label(x) for x in s.languages),
            s.samples_sha256[:12] if s.samples_sha256 else DASH,
            s.sha256[:12],
            s.codem_version or DASH,
            s.created_at or DASH,
        ]
        for s in sources
    ]
    md += [
        _md_table(
            ["File", "Row", "Identified by", "Languages", "Samples sha256", "Summary sha256", "codem", "Evaluated at"],
            src_rows,
            numeric=False,
        ),
        "",
    ]
    md += ["Files: " + ", ".join(f"`{p.name}`" for k, p in files.items() if k != "report"), ""]
    md_text = "\n".join(md)
    atomic_write_text(files["report"], md_text)
    atomic_write_text(files["html"], render_html(md_text, title))

    payload = {
        "title": title,
        "matrix": _jsonable(matrix),
        "gains": _jsonable(gains),
        "correlations": {
            "rows": rows,
            "values": values,
            "include_base": include_base,
            "rows_used": corr.rows_used,
            "by_language": _jsonable(corr.by_language),
            "by_corpus": _jsonable(corr.by_corpus),
        },
        "notes": all_notes,
        "observations": obs,
        "base_model": base_model,
        "paper": beside.payload,
        "claims": claims.payload.get("claims", []),
        "training_data": data.payload.get("corpora", []),
        **({"pass_at_k": passk_json} if passk_json else {}),
        "sources": [s.to_dict() for s in evals.sources],
        "provenance": prov,
    }
    atomic_write_text(files["json"], json.dumps(payload, indent=2, ensure_ascii=False, default=str) + "\n")
    return ReportResult(
        out_dir,
        files,
        matrix,
        gains,
        corr,
        all_notes,
        {"beside": beside.payload, "claims": claims.payload, "training_data": data.payload},
    )


def pass_at_k_section(evals: Evaluations, matrix, digits: int = 2) -> tuple[list[str], dict[str, Any]]:
    """Markdown and JSON for cells evaluated with n samples per problem: one pass@k table per k.

    Empty when every cell is greedy (one sample per problem): Table 1 stays the paper's pass@1
    headline either way; with samples its pass@1 is the unbiased estimate (mean of c/n).
    """
    sampled = [c for langs in evals.cells.values() for c in langs.values() if c.pass_at_k and c.n_max > 1]
    if not sampled:
        return [], {}
    ks = sorted({int(key[5:]) for c in sampled for key in c.pass_at_k})
    md = [
        "## pass@k: n samples per problem",
        "",
        "Unbiased estimator of Chen et al. (2021), 1 - C(n-c, k) / C(n, k) per problem, averaged over the problems "
        "of a cell (each with its own n); a k is given only where every problem of the cell has at least k samples "
        f"({DASH} otherwise, or for greedy cells). Table 1's pass@1 of these cells is the same estimator at k = 1.",
        "",
    ]
    header = ["Model"] + [lang_label(c) for c in matrix.columns]
    payload: dict[str, Any] = {}
    for k in ks:
        key = f"pass@{k}"
        rows, cells_json = [], {}
        for row in matrix.index:
            line = [row_label(row)]
            for lang in matrix.columns:
                c = evals.cells.get(row, {}).get(lang)
                v = c.pass_at_k.get(key) if c is not None else None
                line.append(DASH if v is None else f"{v:.{digits}f}")
                cells_json.setdefault(row, {})[lang] = v
            rows.append(line)
        md += [f"### {key}", "", _md_table(header, rows), ""]
        payload[key] = cells_json
    ns = [
        [row_label(row)] + [_n_text(evals.cells.get(row, {}).get(lang)) for lang in matrix.columns]
        for row in matrix.index
    ]
    md += ["### Samples per problem (n) and problems", "", _md_table(header, ns), ""]
    payload["n"] = {
        row: {
            lang: (c.n if c is not None else None)
            for lang in matrix.columns
            for c in [evals.cells.get(row, {}).get(lang)]
        }
        for row in matrix.index
    }
    return md, payload


def _n_text(cell) -> str:
    if cell is None:
        return DASH
    if cell.n is None:
        return f"1 x {cell.samples}" if cell.samples is not None else DASH
    n = cell.n if isinstance(cell.n, int) else f"{cell.n['min']}-{cell.n['max']}"
    return f"{n} x {cell.problems}"


def publish(result: ReportResult, store, run: str) -> str:
    """Upload the report folder to ``reports/<run>/`` of an ArtifactStore; returns its URL."""
    from ..storage import report_key

    key = report_key(run)
    store.upload_dir(result.out_dir, key)
    return store.url_for(key)
