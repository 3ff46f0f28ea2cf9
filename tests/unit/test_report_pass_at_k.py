"""The report with n samples per problem: Table 1 stays pass@1, pass@k tables are added; greedy reports unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codem_core.analysis.report import build_report
from codem_core.analysis.summaries import load_summaries, load_summary
from codem_core.errors import DataError
from codem_core.execution.evaluate import summarize
from codem_core.execution.status import Status, Verdict


def sampled_summary(path: Path, corpus: str, passed_per_problem: dict[str, list[int]], n: int = 4) -> Path:
    """A summary exactly as ``codem evaluate`` writes it for n samples per problem."""
    tids, langs, verdicts = [], [], []
    for tid, counts in passed_per_problem.items():
        lang = {"Python": "python", "Go": "go"}[tid.split("/")[0]]
        for i in range(n):
            tids.append(tid)
            langs.append(lang)
            verdicts.append(Verdict(tid, Status.PASSED if i < counts else Status.FAILED, 0.1))
    res = summarize(tids, langs, verdicts, ks=(1, 2, 4))
    path.write_text(
        json.dumps(
            {
                "corpus": corpus,
                "pass@1": res["pass@1"],
                "pass@k": res["pass@k"],
                "per_problem": res["per_problem"],
                "provenance": {"codem": "0.1.0"},
            }
        )
    )
    return path


def test_sampled_cells_get_pass_at_k_tables(tmp_path):
    sampled_summary(tmp_path / "base.summary.json", "base", {"Python/0": 1, "Python/1": 0, "Go/0": 2, "Go/1": 4})
    sampled_summary(
        tmp_path / "codem-python.summary.json", "python", {"Python/0": 4, "Python/1": 1, "Go/0": 3, "Go/1": 4}
    )
    evals = load_summaries([tmp_path])
    cell = evals.cells["python"]["python"]
    assert (cell.problems, cell.n, cell.samples, cell.passed) == (2, 4, 8, 5)
    assert cell.pass_at_k == {"pass@1": 62.5, "pass@2": 75.0, "pass@4": 100.0}
    result = build_report(evals, tmp_path / "report")
    md = result.report_md.read_text()
    assert "## Table 1: pass@1" in md  # the paper's headline stays first
    assert md.index("## Table 1") < md.index("## pass@k: n samples per problem")
    for k in (1, 2, 4):
        assert f"### pass@{k}\n" in md
    # pass@2: Python (1 + 0.5) / 2, Go (1 + 1) / 2; the five languages without results are dashes; overall: the
    # four problems of both languages, each weighing the same (1 + 0.5 + 1 + 1) / 4
    assert "| CODEM-Python | 75.00 | – | – | – | – | – | 100.00 | 87.50 |" in md
    assert "4 x 2" in md  # n x problems
    payload = json.loads((tmp_path / "report" / "report.json").read_text())
    assert payload["pass_at_k"]["pass@4"]["python"]["go"] == 100.0
    assert payload["pass_at_k"]["pass@1"]["base"]["overall"] == pytest.approx((25 + 0 + 50 + 100) / 4)
    # the counts behind each cell, per problem, as the summaries give them
    assert payload["per_problem"]["python"]["go"] == {
        "Go/0": {"samples": 4, "passed": 3},
        "Go/1": {"samples": 4, "passed": 4},
    }
    assert payload["per_problem"]["base"]["python"]["Python/1"] == {"samples": 4, "passed": 0}
    assert payload["matrix"]["python"]["python"] == 62.5


def test_overall_pass_at_k_is_left_out_when_a_language_of_the_row_lacks_it(tmp_path):
    sampled_summary(tmp_path / "base.summary.json", "base", {"Python/0": 1, "Python/1": 0})
    greedy = {"samples": 2, "passed": 2, "pass@1": 100.0, "statuses": {}}
    (tmp_path / "base-go.summary.json").write_text(json.dumps({"corpus": "base", "pass@1": {"go": greedy}}))
    build_report(load_summaries([tmp_path]), tmp_path / "report")
    payload = json.loads((tmp_path / "report" / "report.json").read_text())
    # Python sampled, Go greedy: no overall that would silently be Python's alone
    assert payload["pass_at_k"]["pass@1"]["base"]["python"] == 12.5
    assert payload["pass_at_k"]["pass@1"]["base"]["overall"] is None


def test_greedy_reports_have_no_pass_at_k_section(tmp_path):
    path = tmp_path / "base.summary.json"
    path.write_text(
        json.dumps(
            {"corpus": "base", "pass@1": {"python": {"samples": 4, "passed": 1, "pass@1": 25.0, "statuses": {}}}}
        )
    )
    result = build_report(load_summaries([path]), tmp_path / "report")
    assert "pass@k" not in result.report_md.read_text()
    assert "pass_at_k" not in json.loads((tmp_path / "report" / "report.json").read_text())


def test_uneven_n_is_accepted_and_bad_pass_at_k_refused(tmp_path):
    path = tmp_path / "base.summary.json"
    entry = {
        "samples": 7,
        "passed": 3,
        "pass@1": 45.0,
        "statuses": {},
        "problems": 2,
        "n": {"min": 2, "max": 5},
        "pass@k": {"pass@1": 45.0},
    }
    path.write_text(json.dumps({"corpus": "base", "pass@1": {"python": entry}}))
    _row, cells, _src = load_summary(path)  # 3/7 != 45 %: each problem weighs the same, not each sample
    assert cells["python"].n == {"min": 2, "max": 5}
    for bad, says in (
        ({"Python/0": {"samples": 2, "passed": 3}}, r"per_problem.Python/0 must be \{samples >= 1, 0 <= passed"),
        ({"Cobol/0": {"samples": 2, "passed": 1}}, "'Cobol/0' is not a task id of an evaluation language"),
    ):
        path.write_text(json.dumps({"corpus": "base", "pass@1": {"python": entry}, "per_problem": bad}))
        with pytest.raises(DataError, match=says):
            load_summary(path)
    entry["pass@k"] = {"pass@ten": 3.0}
    path.write_text(json.dumps({"corpus": "base", "pass@1": {"python": entry}}))
    with pytest.raises(DataError, match="'pass@ten' is not of the form pass@<k>"):
        load_summary(path)
