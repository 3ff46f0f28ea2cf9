"""Analysis: summaries -> Table 1 matrix, gains, Figure 4 correlations, report and CLI."""

from __future__ import annotations

import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest

from codem_core.analysis.matrix import build_matrix, correlations, gains, missing_cells
from codem_core.analysis.report import build_report, fmt_pass
from codem_core.analysis.summaries import ROWS, Evaluations, load_summaries, load_summary, row_key
from codem_core.errors import ConfigError, DataError
from codem_core.languages import EVAL_LANGUAGES

REPO = Path(__file__).resolve().parents[2]

# A hand-made Table 1 (pass@1 %); every value is k/164 rounded, as codem evaluate writes it.
PASSED = {
    "base": [55, 50, 45, 40, 42, 37, 30],
    "python": [68, 62, 52, 44, 48, 60, 36],
    "javascript": [60, 66, 69, 43, 47, 55, 35],
    "typescript": [58, 64, 70, 42, 46, 52, 34],
    "c": [57, 52, 47, 50, 52, 49, 33],
    "cpp": [59, 53, 48, 54, 57, 51, 37],
    "java": [61, 55, 50, 47, 50, 58, 38],
    "go": [56, 51, 46, 41, 43, 45, 44],
    "html": [57, 54, 47, 42, 45, 62, 31],
    "mixed": [70, 63, 60, 49, 53, 63, 40],
}


def entry(passed: int, samples: int = 164) -> dict:
    return {
        "samples": samples,
        "passed": passed,
        "pass@1": round(100.0 * passed / samples, 2),
        "statuses": {"passed": passed, "failed": samples - passed},
    }


def write_summary(path: Path, per_lang: dict, **fields) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        json.dumps(
            {**fields, "pass@1": per_lang, "provenance": {"codem": "0.1.0", "created_at": "2026-01-01T00:00:00"}}
        )
    )
    return path


def table_summaries(root: Path, rows=PASSED) -> Path:
    """One summary per row, identified in all four documented ways."""
    for i, (row, passed) in enumerate(rows.items()):
        per = {lang: entry(p) for lang, p in zip(EVAL_LANGUAGES, passed)}
        model = "base" if row == "base" else f"codem-{row}"
        if i % 4 == 0:
            write_summary(root / f"s{i}.summary.json", per, corpus=row)
        elif i % 4 == 1:
            write_summary(root / f"s{i}.summary.json", per, model=model)
        elif i % 4 == 2:  # the store layout: executions/<model>/<lang>.summary.json, one per language
            for lang, e in per.items():
                write_summary(root / "executions" / model / f"{lang}.summary.json", {lang: e})
        else:
            write_summary(root / f"{row}.summary.json", per)
    return root


def expected_matrix(rows=PASSED) -> pd.DataFrame:
    return pd.DataFrame(
        {r: [round(100.0 * p / 164, 2) for p in v] for r, v in rows.items()}, index=list(EVAL_LANGUAGES)
    ).T


# ---------------------------------------------------------------------------- summaries


def test_row_keys():
    assert [row_key(x) for x in ("base", "codem-python", "CODEM-C++", "js", "Mixed", "codem-mixed", "html", "cpp")] == [
        "base",
        "python",
        "cpp",
        "javascript",
        "mixed",
        "mixed",
        "html",
        "cpp",
    ]
    assert [row_key(x) for x in ("codem-base", "starcoder", "rust", "", None, 3)] == [None] * 6


def test_matrix_from_summaries_all_identity_rules(tmp_path):
    evals = load_summaries([table_summaries(tmp_path)])
    rules = {s.row: s.identified_by for s in evals.sources}
    assert rules["base"] == "corpus field" and rules["python"] == "model field"
    assert rules["javascript"] == "folder name" and rules["typescript"] == "file name"
    m = build_matrix(evals.values())
    assert list(m.index) == list(ROWS) and list(m.columns) == list(EVAL_LANGUAGES)
    pd.testing.assert_frame_equal(m, expected_matrix(), check_names=False)
    assert m.loc["python", "python"] == 41.46 and evals.cells["python"]["python"].passed == 68


def test_summary_from_the_evaluate_stage_is_read(tmp_path):
    """The pass@1 block exactly as codem_core.execution.evaluate.pass_at_1 builds it."""
    from codem_core.execution.evaluate import pass_at_1
    from codem_core.execution.status import Status, Verdict

    verdicts, problems = [], []
    for lang, n_pass in (("go", 3), ("python", 1), ("cpp", 0)):
        for i in range(4):
            verdicts.append(Verdict(f"X/{i}", Status.PASSED if i < n_pass else Status.COMPILE_ERROR, 0.1))
            problems.append(SimpleNamespace(language=lang))
    path = write_summary(
        tmp_path / "codem-go.summary.json",
        pass_at_1(verdicts, problems),
        samples_file="s.jsonl",
        samples_sha256="ab" * 32,
    )
    row, cells, source = load_summary(path)
    assert row == "go" and source.identified_by == "file name" and source.samples_sha256 == "ab" * 32
    assert {k: (c.pass_at_1, c.passed, c.samples) for k, c in cells.items()} == {
        "python": (25.0, 1, 4),
        "cpp": (0.0, 0, 4),
        "go": (75.0, 3, 4),
    }


def test_bare_numbers_and_missing_cells(tmp_path):
    write_summary(tmp_path / "base.summary.json", {"python": 30.0, "go": 10.0})
    write_summary(tmp_path / "x.summary.json", {"Python": 40.5, "C++": 12.0}, model="CODEM-Python")
    evals = load_summaries([tmp_path])
    m = build_matrix(evals.values())
    assert list(m.index) == ["base", "python"]
    assert m.loc["python", "cpp"] == 12.0 and math.isnan(m.loc["python", "go"]) and math.isnan(m.loc["base", "cpp"])
    assert missing_cells(m)["python"] == ["javascript", "typescript", "c", "java", "go"]
    assert missing_cells(m)["mixed"] == list(EVAL_LANGUAGES)
    assert list(build_matrix(evals.values(), all_rows=True).index) == list(ROWS)


@pytest.mark.parametrize(
    "content, name, match",
    [
        ("{not json", "python.summary.json", r"malformed JSON \(.* at line 1"),
        ("[1, 2]", "python.summary.json", "expected a JSON object, got list"),
        ('{"model": "codem-go"}', "x.summary.json", r'"pass@1" must be an object .* got missing'),
        ('{"pass@1": {}}', "python.summary.json", "got empty"),
        ('{"pass@1": {"cobol": 3}}', "python.summary.json", "unknown evaluation language 'cobol'"),
        ('{"pass@1": {"html": 3}}', "python.summary.json", "'html' is not an evaluation language"),
        ('{"pass@1": {"go": {"samples": 164}}}', "python.summary.json", 'pass@1.go lacks a numeric "pass@1"'),
        (
            '{"pass@1": {"go": {"pass@1": 50.0, "passed": 10, "samples": 164}}}',
            "python.summary.json",
            "does not match passed/samples",
        ),
        ('{"pass@1": {"go": {"pass@1": 100.0, "passed": 5, "samples": 4}}}', "python.summary.json", "impossible"),
        ('{"pass@1": {"go": 120}}', "python.summary.json", r"not a percentage in \[0, 100\]"),
        ('{"pass@1": {"go": "12"}}', "python.summary.json", "must be an object or a number"),
        ('{"pass@1": {"go": 12}}', "results.summary.json", 'cannot tell which model .* add a "corpus" field'),
        (
            '{"corpus": "rust", "pass@1": {"go": 12}}',
            "python.summary.json",
            "corpus 'rust' is not base, a training corpus",
        ),
        ('{"corpus": "go", "model": "codem-c", "pass@1": {"go": 12}}', "python.summary.json", "name different rows"),
    ],
)
def test_malformed_summaries_fail_with_one_line(tmp_path, content, name, match):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(DataError, match=match) as info:
        load_summaries([path])
    assert str(path) in str(info.value) and "\n" not in str(info.value)


def test_folder_and_file_name_conflict(tmp_path):
    write_summary(tmp_path / "codem-go" / "codem-c.summary.json", {"go": 12})
    with pytest.raises(DataError, match="name different models"):
        load_summaries([tmp_path])


def test_duplicate_cells(tmp_path):
    write_summary(tmp_path / "a" / "go.summary.json", {"python": entry(10)})
    write_summary(tmp_path / "b" / "x.summary.json", {"python": entry(10)}, model="codem-go")
    evals = load_summaries([tmp_path])  # the same result twice is fine
    assert evals.cells["go"]["python"].passed == 10 and len(evals.sources) == 2
    write_summary(tmp_path / "c" / "y.summary.json", {"python": entry(11)}, corpus="go")
    with pytest.raises(DataError, match="already given by"):
        load_summaries([tmp_path])


def test_summary_paths(tmp_path):
    with pytest.raises(DataError, match="no such file or folder"):
        load_summaries([tmp_path / "absent"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match=r"no \*\.summary\.json files"):
        load_summaries([tmp_path / "empty"])
    p = write_summary(tmp_path / "base.summary.json", {"go": 1.0})
    assert len(load_summaries([p, tmp_path, p]).sources) == 1  # the same file once


# ---------------------------------------------------------------------------- matrix maths


def test_gains():
    m = expected_matrix()
    g = gains(m)
    assert list(g.index) == [r for r in ROWS if r != "base"]
    assert g.loc["python", "java"] == pytest.approx(m.loc["python", "java"] - m.loc["base", "java"])
    assert g.loc["html", "java"] == pytest.approx(100 * (62 - 37) / 164, abs=0.01)
    no_base = gains(m.drop(index="base"))
    assert no_base.isna().all().all() and list(no_base.index) == list(g.index)
    assert (
        fmt_pass(41.158, 7.6) == "41.16 (+7.60)"
        and fmt_pass(30.0, -1.5) == "30.00 (-1.50)"
        and fmt_pass(float("nan")) == "–"
    )


def test_correlations_equal_pandas():
    m = expected_matrix()
    single = m.drop(index=["base", "mixed"])  # the paper's Figure 4 rows: the 8 single-language models
    c = correlations(m)
    assert c.rows_used == [r for r in ROWS if r not in ("base", "mixed")] and not c.notes
    pd.testing.assert_frame_equal(c.by_language, single.corr())
    pd.testing.assert_frame_equal(c.by_corpus, single.T.corr())
    assert c.by_language.loc["c", "cpp"] == pytest.approx(single["c"].corr(single["cpp"]))

    fine = m.drop(index="base")
    with_mixed = correlations(m, rows="with-mixed")
    assert with_mixed.rows_used == [r for r in ROWS if r != "base"]
    pd.testing.assert_frame_equal(with_mixed.by_language, fine.corr())
    with_base = correlations(m, rows="with-mixed", include_base=True)
    assert with_base.rows_used == list(ROWS)
    pd.testing.assert_frame_equal(with_base.by_language, m.corr())
    pd.testing.assert_frame_equal(with_base.by_corpus, m.T.corr())

    on_gains = correlations(m, values="gain")
    pd.testing.assert_frame_equal(on_gains.by_language, c.by_language, atol=1e-9)  # shift-invariant
    pd.testing.assert_frame_equal(on_gains.by_corpus, gains(m).drop(index="mixed").T.corr())
    with pytest.raises(ConfigError):
        correlations(m, values="gain", include_base=True)
    with pytest.raises(ConfigError):
        correlations(m, values="ranks")


def test_constant_column_and_row_give_nan_with_notes():
    rows = {k: list(v) for k, v in PASSED.items()}
    for r in rows:
        rows[r][6] = 0  # Go: every model solves nothing
    rows["html"] = [0] * 7  # CODEM-HTML: the same score on every language (Go stays constant)
    m = expected_matrix(rows)
    c = correlations(m, rows="with-mixed")
    pd.testing.assert_frame_equal(c.by_language, m.drop(index="base").corr())
    assert c.by_language["go"].isna().all() and c.by_language.loc["go"].isna().all()
    assert not math.isnan(c.by_language.loc["python", "java"])
    assert c.by_corpus["html"].isna().all()
    text = " ".join(c.notes)
    assert "Evaluation language Go is constant (0.00 across all 9 training rows)" in text
    assert "Training row CODEM-HTML is constant (0.00 across all 7 evaluation languages)" in text
    assert len(c.notes) == 2


def test_too_few_rows_and_sparse_pairs():
    m = expected_matrix({"base": PASSED["base"], "python": PASSED["python"]})
    c = correlations(m)
    assert c.by_language.isna().all().all()
    assert "only 1 training row" in c.notes[0]
    sparse = expected_matrix().astype(float)
    sparse.loc[["python", "javascript", "typescript", "c", "cpp", "java", "go"], "typescript"] = float("nan")
    c = correlations(sparse, rows="with-mixed")  # TypeScript has 2 rows (html, mixed); fine
    assert not math.isnan(c.by_language.loc["typescript", "python"])
    assert any(n.startswith("corr(Python, TypeScript) = ") and "rests on only 2 training rows" in n for n in c.notes)
    sparse.loc["mixed", "typescript"] = float("nan")
    c = correlations(sparse, rows="with-mixed")
    assert c.by_language["typescript"].isna().all()
    assert any("TypeScript has only 1 value" in n for n in c.notes)


# ---------------------------------------------------------------------------- report


def _is_png(path: Path) -> bool:
    data = path.read_bytes()
    return data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR" and int.from_bytes(data[16:20], "big") > 100


def test_report_renders(tmp_path):
    import matplotlib.image

    evals = load_summaries([table_summaries(tmp_path / "s")])
    res = build_report(evals, tmp_path / "out", paper_table="7B", command="codem report --paper-table 7B")
    for key in ("corr_languages_png", "corr_corpora_png"):
        assert _is_png(res.files[key])
        assert matrix_shape(matplotlib.image.imread(res.files[key]))
    md = res.report_md.read_text()
    m = expected_matrix()
    py_java = f"{m.loc['python', 'java']:.2f} ({m.loc['python', 'java'] - m.loc['base', 'java']:+.2f})"
    assert "| Base | 33.54 | 30.49 |" in md
    assert re.search(r"\| CODEM-Python \| 41\.46 \(\+7\.92\) \|.*\| " + re.escape(py_java) + r" \|", md)
    assert "| CODEM-Mixed |" in md and "| CODEM-HTML |" in md
    assert "| Python | 1.00 |" in md  # Figure 4a table
    c = res.correlations.by_corpus
    assert f"| CODEM-C | {c.loc['c', 'python']:.2f} |" in md  # Figure 4b table
    assert "![Figure 4a: correlation between evaluation languages](corr_eval_languages.png)" in md
    assert "![Figure 4b: correlation between training corpora](corr_train_corpora.png)" in md
    assert "the base row is left out" in md and "None: every cell is present" in md
    assert "| 68/164 |" in md  # samples table
    # the paper's Table 1 (asked for: the summaries name no base model), its Figure 4, the claims checklist
    assert "## Beside the paper: Table 1: StarCoder 7B" in md and "because it was asked for" in md and "64.63" not in md
    assert "| CODEM-HTML beats CODEM-Java on Java | holds | 37.80 vs 35.37 (+2.43) | holds |" in md
    assert "## Provenance" in md and "model field" in md and "folder name" in md
    data = json.loads(res.files["json"].read_text())
    assert data["matrix"]["python"]["python"] == 41.46 and data["correlations"]["include_base"] is False
    assert pd.read_csv(res.files["matrix"], index_col=0).loc["mixed", "python"] == m.loc["mixed", "python"]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == sorted(p.name for p in res.files.values())


def matrix_shape(img) -> bool:
    return img.ndim == 3 and img.shape[0] > 100 and img.shape[1] > 100


def test_report_degenerate_inputs_do_not_crash(tmp_path):
    # no base, a gap, a constant column, and a single fine-tuned row with a constant profile
    write_summary(tmp_path / "s" / "python.summary.json", {"python": 40.0, "javascript": 20.0, "go": 0.0})
    write_summary(tmp_path / "s" / "go.summary.json", {"python": 30.0, "javascript": 25.0, "go": 0.0})
    res = build_report(load_summaries([tmp_path / "s"]), tmp_path / "out", paper_table="7B", rows="with-mixed")
    md = res.report_md.read_text()
    assert "no base-model summary" in md
    assert "| CODEM-Python | 40.00 | 20.00 | – | – | – | – | 0.00 |" in md
    assert "CODEM-Python has no result for TypeScript, C, C++, Java" in md
    assert "Evaluation language Go is constant (0.00 across all 2 training rows)" in md
    assert "Evaluation language C has no values" in md
    assert (
        "| CODEM-Mixed beats CODEM-Python on Python | cannot tell | no result for CODEM-Mixed on Python | holds |"
    ) in md
    assert "| CODEM-Python | +1.59 | -14.76 | – | – | – | – | -27.44 |" in md  # run minus paper, cells both have
    assert _is_png(res.files["corr_languages_png"]) and _is_png(res.files["corr_corpora_png"])
    # only the base row: nothing to correlate across corpora, still a report
    write_summary(tmp_path / "b" / "base.summary.json", {"python": 30.0})
    res = build_report(load_summaries([tmp_path / "b"]), tmp_path / "out2")
    assert "corr_corpora_png" not in res.files and "not drawn: no rows to correlate" in res.report_md.read_text()
    with pytest.raises(DataError):
        build_report(Evaluations(), tmp_path / "out3")


# ---------------------------------------------------------------------------- CLI


def test_cli_report_prints_the_matrix_and_publishes(tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from codem_core.cli import app
    from codem_core.storage import ArtifactStore

    table_summaries(tmp_path / "s")
    store_url = f"file://{tmp_path}/store"
    result = CliRunner().invoke(
        app,
        [
            "report",
            "--summaries",
            str(tmp_path / "s"),
            "--out",
            str(tmp_path / "out"),
            "--store",
            store_url,
            "--run",
            "r1",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "CODEM-Python" in result.output and "41.46 (+7.92)" in result.output and "Base" in result.output
    assert (tmp_path / "out" / "report.md").is_file()
    store = ArtifactStore(store_url)
    assert store.is_complete("reports/r1") and "reports/r1/corr_eval_languages.png" in store.list("reports/r1")
    # summaries read back from a store URL
    store.upload_dir(tmp_path / "s", "executions")
    result = CliRunner().invoke(
        app, ["report", "--summaries", f"{store_url}/executions", "--out", str(tmp_path / "out2")]
    )
    assert result.exit_code == 0, result.output
    assert f"{store_url}/executions/" in (tmp_path / "out2" / "report.md").read_text()


def test_cli_malformed_summary_one_line_error(tmp_path):
    bad = tmp_path / "codem-go.summary.json"
    bad.write_text('{"pass@1": {"go": {"pass@1": "high"}}}')
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.run(
        [sys.executable, "-m", "codem_core.cli", "report", "--summaries", str(bad), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=120,
    )
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0] == f'error: {bad}: pass@1.go lacks a numeric "pass@1"', proc.stderr
    assert not (tmp_path / "o").exists()


def test_all_zero_matrix_reads_well(tmp_path):
    """What a 135M student gives on a few problems: every cell 0/3. One note per shared value, one
    observation for the tied languages, the weight of one problem up front, and an HTML page."""
    for row in ROWS:
        write_summary(
            tmp_path / "s" / f"{row}.summary.json", {lang: entry(0, 3) for lang in EVAL_LANGUAGES}, corpus=row
        )
    res = build_report(load_summaries([tmp_path / "s"]), tmp_path / "out", paper_table="auto", rows="with-mixed")
    md = res.report_md.read_text()
    assert res.correlations.by_language.isna().all().all() and res.correlations.by_corpus.isna().all().all()
    assert "one problem = 33.33 points" in md and "0 of 70 cells above zero" in md
    assert (
        "Evaluation languages Python, JavaScript, TypeScript, C, C++, Java, Go are constant (0.00 across all 9 "
        "training rows)"
    ) in md
    assert md.count("is constant") == 0 and len(res.notes) == 2
    assert (
        "No difference between training corpora on Python, JavaScript, TypeScript, C, C++, Java, Go: every "
        "fine-tuned model scores 0.00 (the base model too)"
    ) in md
    assert "Best on" not in md
    assert _is_png(res.files["corr_languages_png"]) and _is_png(res.files["corr_corpora_png"])
    html = res.files["html"].read_text()
    assert html.startswith("<!DOCTYPE html>") and "<table>" in html and '<img src="corr_eval_languages.png"' in html
    assert "<td>CODEM-Mixed</td>" in html and "<script" not in html
