"""The paper's tables as data: Table 1 equals ../shared/docs/paper.md, the default Figure 4 over it reproduces the
paper's legible values, every claim holds on it, and a run is set beside its own scale's table only."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pandas as pd
import pytest

from codem_core.analysis.claims import beats, beats_base_everywhere, check_claims, lifts
from codem_core.analysis.matrix import correlations
from codem_core.analysis.paper import choose_table, load_reference, paper_table, scale_of
from codem_core.analysis.report import build_report
from codem_core.analysis.summaries import load_summaries
from codem_core.errors import ConfigError
from codem_core.languages import EVAL_LANGUAGES

REPO = Path(__file__).resolve().parents[2]
_CANDIDATES = [REPO.parent / "shared" / "docs" / "paper.md", Path("/work/shared/docs/paper.md")]
if os.environ.get("CODEM_DATA_DIR"):
    _CANDIDATES.insert(0, Path(os.environ["CODEM_DATA_DIR"]).parent / "docs" / "paper.md")
PAPER_MD = next((p for p in _CANDIDATES if p.is_file()), None)
ROW_NAMES = {
    "StarCoder 7B": "base",
    "CODEM-Python": "python",
    "CODEM-JavaScript": "javascript",
    "CODEM-TypeScript": "typescript",
    "CODEM-C": "c",
    "CODEM-C++": "cpp",
    "CODEM-Java": "java",
    "CODEM-Go": "go",
    "CODEM-HTML": "html",
    "CODEM-Mixed": "mixed",
}
SHORT = {
    "Python": "python",
    "TS": "typescript",
    "JS": "javascript",
    "Java": "java",
    "C": "c",
    "C++": "cpp",
    "Go": "go",
    "HTML": "html",
}


def paper_md() -> str:
    if PAPER_MD is None:
        pytest.skip("docs/paper.md of the shared folder is not here")
    return PAPER_MD.read_text(encoding="utf-8")


def table1_from_paper_md() -> pd.DataFrame:
    rows = {}
    for line in paper_md().splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells and cells[0] in ROW_NAMES and len(cells) == 8:
            rows[ROW_NAMES[cells[0]]] = [float(c) for c in cells[1:]]
    assert len(rows) == 10, "Table 1 of paper.md changed shape"
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(EVAL_LANGUAGES))


def figure4_from_paper_md() -> dict[str, list[tuple[str, str, float]]]:
    """The Figure 4 values paper.md lists: '(4b: Python–C 0.94, ...; 4a: TS–Java −0.63)'."""
    text = " ".join(paper_md().split())
    out: dict[str, list[tuple[str, str, float]]] = {}
    for fig, body in re.findall(r"4([ab]): ([^;)]*)", text):
        for a, b, value in re.findall(r"([A-Za-z+]+)–([A-Za-z+]+) ([−-]?\d\.\d\d)", body):
            out.setdefault(fig, []).append((SHORT[a], SHORT[b], float(value.replace("−", "-"))))
    assert out.get("a") and len(out.get("b", [])) >= 7, out
    return out


def test_table1_equals_paper_md():
    md = table1_from_paper_md()
    ours = paper_table("7B")
    assert list(ours.index) == list(md.index)
    pd.testing.assert_frame_equal(ours.rename_axis(index=None, columns=None), md, check_names=False)


def test_table1_cells_are_whole_problem_counts():
    t = paper_table("7B")
    problems = load_reference()["tables"]["7B"]["problems"]
    for lang in ("c", "typescript"):
        for v in t[lang]:
            k = round(v * problems[lang] / 100)
            assert abs(100 * k / problems[lang] - v) < 0.006, (lang, v)


def test_default_figure4_over_table1_reproduces_the_paper():
    t = paper_table("7B")
    c = correlations(t)  # the default: 8 single-language rows, absolute pass@1
    assert c.rows_used == ["python", "javascript", "typescript", "c", "cpp", "java", "go", "html"]
    assert c.values == "pass@1" and not c.include_base
    # the values paper.md lists, parsed from its text
    for a, b, value in figure4_from_paper_md()["b"]:
        assert round(c.by_corpus.loc[a, b], 2) == value, (a, b)
    for a, b, value in figure4_from_paper_md()["a"]:
        assert round(c.by_language.loc[a, b], 2) == value, (a, b)
    # and the copy embedded in paper_reference.yaml, which the report prints beside the run's
    fig = load_reference()["tables"]["7B"]["figure4"]
    for a, b, value in fig["by_corpus"]:
        assert round(c.by_corpus.loc[a, b], 2) == value
    for a, b, value in fig["by_language"]:
        assert round(c.by_language.loc[a, b], 2) == value
    pd.testing.assert_frame_equal(c.by_language, t.drop(index=["base", "mixed"]).corr())
    pd.testing.assert_frame_equal(c.by_corpus, t.drop(index=["base", "mixed"]).T.corr())


def test_other_row_sets_are_options():
    t = paper_table("7B")
    with_mixed = correlations(t, rows="with-mixed")
    assert with_mixed.rows_used[-1] == "mixed" and len(with_mixed.rows_used) == 9
    assert round(with_mixed.by_language.loc["typescript", "java"], 2) == -0.40  # the measured shift
    on_gains = correlations(t, values="gain")
    assert "base" not in on_gains.rows_used and "mixed" not in on_gains.rows_used
    pd.testing.assert_frame_equal(on_gains.by_language, correlations(t).by_language, atol=1e-9)
    with pytest.raises(ConfigError, match="rows must be one of"):
        correlations(t, rows="everything")


def test_every_claim_holds_on_the_papers_table1():
    ref = load_reference()
    t = paper_table("7B")
    results = check_claims(ref["claims"], t, t)
    assert len(results) >= 8 and all(r.paper.status == "holds" for r in results), [(r.id, r.paper) for r in results]
    ids = {r.id for r in results}
    assert {
        "python-lifts-java",
        "html-beats-java-on-java",
        "cpp-beats-c-on-c",
        "javascript-beats-typescript-on-typescript",
        "mixed-beats-python-on-python",
        "mixed-beats-java-on-java",
        "every-model-beats-base",
        "javascript-lifts-typescript",
    } <= ids
    assert lifts(t, row="python", eval="java").evidence.endswith("(+14.03)")
    assert lifts(t, row="javascript", eval="typescript").evidence.endswith("(+11.80)")


def test_claims_fail_and_cannot_tell():
    t = paper_table("7B")
    flipped = t.copy()
    flipped.loc["html", "java"] = flipped.loc["java", "java"]  # a tie does not hold
    assert beats(flipped, better="html", worse="java", eval="java").status == "does not hold"
    flipped.loc["html", "c"] = flipped.loc["base", "c"] - 1
    v = beats_base_everywhere(flipped)
    assert v.status == "does not hold" and "CODEM-HTML on C" in v.evidence
    gap = t.drop(index="mixed")
    assert beats(gap, better="mixed", worse="python", eval="python").status == "cannot tell"
    assert beats_base_everywhere(t.drop(index="base")).status == "cannot tell"
    partial = t.copy()
    partial.loc["go", "go"] = float("nan")
    assert beats_base_everywhere(partial).evidence.endswith("(1 cells without a result)")


def test_table2_base_is_3293_and_unknown_cells_are_absent():
    t = paper_table("15B")
    assert list(t.index) == ["base", "python"]
    assert t.loc["base", "python"] == 32.93 and round(100 * 54 / 164, 2) == 32.93
    assert t.loc["base", "java"] == pytest.approx(48.17 - 17.95) and t.loc["base", "javascript"] == pytest.approx(
        47.56 - 16.77
    )
    assert t.loc["base", ["typescript", "c", "cpp", "go"]].isna().all()
    assert t.loc["python"].tolist() == [64.63, 47.56, 39.75, 35.19, 43.80, 48.17, 34.76]


@pytest.mark.parametrize(
    "model,scale",
    [
        ("bigcode/starcoderbase-7b", "7B"),
        ("/models/starcoderbase-7b/", "7B"),
        ("bigcode/starcoder", "15B"),
        ("BigCode/StarCoderBase", "15B"),
        ("tiny-gptbigcode", None),
        ("smollm2", None),
        ("bigcode/starcoderplus", None),
        (None, None),
    ],
)
def test_scale_of_base_models(model, scale):
    assert scale_of(model) == scale


def test_a_7b_run_is_never_set_beside_15b_numbers():
    assert choose_table("auto", "bigcode/starcoderbase-7b").scale == "7B"
    assert choose_table("auto", "bigcode/starcoder").scale == "15B"
    with pytest.raises(ConfigError, match="cannot set the paper's 15B table beside a 7B run"):
        choose_table("15B", "bigcode/starcoderbase-7b")
    with pytest.raises(ConfigError, match="cannot set the paper's 7B table beside a 15B run"):
        choose_table("7b", "bigcode/starcoder")
    tiny = choose_table("auto", "tiny-gptbigcode")
    assert tiny.scale is None and "neither StarCoder 7B nor StarCoder 15B" in tiny.note
    asked = choose_table("7B", "tiny-gptbigcode")
    assert asked.scale == "7B" and "because it was asked for" in asked.note
    with pytest.raises(ConfigError, match="paper table must be one of"):
        choose_table("70B", None)


def _write(root: Path, table: pd.DataFrame) -> Path:
    for row in table.index:
        cells = {lang: float(v) for lang, v in table.loc[row].items() if v == v}
        (root / f"{row}.summary.json").parent.mkdir(parents=True, exist_ok=True)
        (root / f"{row}.summary.json").write_text(json.dumps({"corpus": row, "pass@1": cells}))
    return root


def test_report_of_a_7b_run(tmp_path):
    run = paper_table("7B") - 1.0  # a 7B run one point under the paper everywhere
    res = build_report(
        load_summaries([_write(tmp_path / "s", run)]), tmp_path / "out", base_model="bigcode/starcoderbase-7b"
    )
    md = res.report_md.read_text()
    assert "## Beside the paper: Table 1: StarCoder 7B and the CODEM 7B models" in md
    assert "Table 2" not in md
    assert not any(
        v in md for v in ("64.63", "48.17", "47.56", "43.80", "39.75", "35.19", "30.79", "30.22")
    )  # no 15B number
    assert "| CODEM-Python | -1.00 | -1.00 |" in md  # this run minus the paper
    assert "| 4b | CODEM-Python–CODEM-C | 0.94 | 0.94 | 0.94 |" in md  # a shift keeps every correlation
    assert "Agreement of this run's Figure 4a with the paper's: Pearson r = 1.00 over 21 pairs" in md
    assert "8 of 8 hold for this run" in md
    assert res.files["paper_corr_languages_png"].is_file() and res.files["paper_corr_corpora_png"].is_file()
    data = json.loads(res.files["json"].read_text())
    assert data["paper"]["table"] == "7B" and data["paper"]["figure4"]["agreement_4b"]["pearson_r"] == pytest.approx(
        1.0
    )
    assert all(c["paper"]["status"] == "holds" and c["paper"]["evidence"] for c in data["claims"])
    out2 = tmp_path / "out2"
    with pytest.raises(ConfigError):
        build_report(load_summaries([tmp_path / "s"]), out2, base_model="bigcode/starcoderbase-7b", paper_table="15B")
    assert not out2.exists()  # refused before anything is written


def test_report_of_a_15b_run(tmp_path):
    run = paper_table("15B").fillna(30.0)
    res = build_report(
        load_summaries([_write(tmp_path / "s", run)]),
        tmp_path / "out",
        base_model="bigcode/starcoder",
        include_base=True,
    )
    md = res.report_md.read_text()
    assert "## Beside the paper: Table 2: StarCoder 15B and CODEM-Python 15B" in md and "64.63" in md
    assert "Table 1: StarCoder 7B" not in md and "38.41" not in md  # no 7B number anywhere
    assert "The paper has no Figure 4 at this scale" in md
    assert "gives no StarCoder 15B score for TypeScript, C, C++ or Go" in md
    assert "| Base | +0.00 | +0.00 | – | – | – | +0.00 | – |" in md  # the difference only where the paper has a number


def test_report_of_a_tiny_run_sets_no_table_beside_unless_asked(tmp_path):
    run = paper_table("7B") / 10
    root = _write(tmp_path / "s", run)
    res = build_report(load_summaries([root]), tmp_path / "out", base_model="tiny-gptbigcode")
    md = res.report_md.read_text()
    assert "No paper table set beside this run: its base model 'tiny-gptbigcode' is neither" in md
    assert "Beside the paper" not in md and "26.83" not in md
    assert "## The paper's claims" in md and "Evidence (paper)" not in md
    asked = build_report(load_summaries([root]), tmp_path / "out2", base_model="tiny-gptbigcode", paper_table="7B")
    assert "because it was asked for" in asked.report_md.read_text()
