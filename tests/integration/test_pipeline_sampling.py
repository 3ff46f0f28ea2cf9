"""Sampling through the pipeline: ``generate.n``/``temperature``/``seed`` from the preset reach the
generate stage, the execute stage's per-language summaries carry that language's pass@k only, and the
report gets its pass@k section (tiny preset: the tiny GPTBigCode student, no teacher, no training)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("torch")
pytestmark = pytest.mark.slow

LANGS = ["python", "javascript"]


def test_a_pipeline_run_with_n_samples_reports_pass_at_k(prefect_harness, tmp_path):
    from codem_core.storage import ArtifactStore
    from codem_prefect.flows.full_matrix import codem

    state = codem(
        preset="tiny",
        stages=["generate", "execute", "report"],
        models=["base"],
        languages=LANGS,
        store=str(tmp_path / "store"),
        namespace="s",
        workdir=str(tmp_path / "work"),
        overrides={"generate": {"n": 2, "temperature": 0.8, "seed": 7}},
        return_state=True,
    )
    assert state.is_completed(), state
    store = ArtifactStore(tmp_path / "store" / "s")
    for lang in LANGS:
        rows = store.read_jsonl(f"generations/base/{lang}.jsonl")
        assert [r["sample"] for r in rows] == [0, 1] and len({r["task_id"] for r in rows}) == 1
        summary = store.read_json(f"executions/base/{lang}.summary.json")
        # the language's own results only: not the whole run's blocks copied into every language
        assert list(summary["pass@1"]) == [lang] and summary["pass@1"][lang]["n"] == 2
        assert list(summary["pass@k"]["languages"]) == [lang] and summary["pass@k"]["k"] == [1]
        assert summary["pass@k"]["overall"]["samples"] == 2 and summary["pass@k"]["overall"]["problems"] == 1
        assert [t.split("/")[0].lower() for t in summary["per_problem"]] == [lang]
        assert summary["per_problem"][rows[0]["task_id"]]["samples"] == 2
    report_md = store.read_text("reports/tiny/report.md")
    assert "## pass@k: n samples per problem" in report_md and "### pass@1" in report_md
    assert "| 2 x 1 |" in report_md  # n samples x problems, per cell
    report = json.loads(store.read_text("reports/tiny/report.json"))
    section = report["pass_at_k"]
    assert set(section) == {"pass@1", "n"}
    assert {lang: n for lang, n in section["n"]["base"].items() if n is not None} == {lang: 2 for lang in LANGS}
    assert all(0 <= section["pass@1"]["base"][lang] <= 100 for lang in LANGS)
    # overall: both languages' problems (one each here), each weighing the same
    assert section["pass@1"]["base"]["overall"] == pytest.approx(sum(section["pass@1"]["base"][x] for x in LANGS) / 2)
    for lang in LANGS:  # per-problem counts reach the report as the execute stage wrote them
        summary = store.read_json(f"executions/base/{lang}.summary.json")
        assert report["per_problem"]["base"][lang] == summary["per_problem"]
    # the pass@1 matrix (Table 1) is the same unbiased estimate at k = 1
    assert {lang: report["matrix"]["base"][lang] for lang in LANGS} == {
        lang: section["pass@1"]["base"][lang] for lang in LANGS
    }


def test_n_above_one_with_greedy_decoding_is_refused_when_the_preset_loads():
    from codem_core.errors import ConfigError
    from codem_core.pipeline.config import load_pipeline_preset

    with pytest.raises(ConfigError, match=r"generate: n=3 needs temperature > 0"):
        load_pipeline_preset("tiny", {"generate": {"n": 3}})
    for preset in ("paper", "paper-15b", "demo", "tiny"):  # every shipped preset decodes greedily (the paper's pass@1)
        g = load_pipeline_preset(preset).generate
        assert (g.n, g.temperature) == (1, 0.0), preset
