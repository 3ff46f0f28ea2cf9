"""The whole ``codem`` flow in-process (``dispatch=local``: every stage a subflow here) with the
``tiny`` preset: the real embedded teacher (llama.cpp + SmolLM2-135M, 1 seed per language), a
tiny GPTBigCode student, 1 problem per language, the real sandboxed engine. Checks the store
layout (corpora, models, generations, executions, report with matrix and heatmaps), that each
stage ran as its own subflow, that a second run recomputes nothing (every task run Cached), and
that bad config fails before any task runs.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path

import pytest

from tests.integration.flow_runs import descendants, settled, work_task_runs
from tests.integration.teacher_server import requires_local_teacher

pytestmark = [pytest.mark.slow, requires_local_teacher]

REPO = Path(__file__).resolve().parents[2]
CORPORA = ["python", "javascript", "typescript", "c", "cpp", "java", "go", "html", "mixed"]
LANGS = ["python", "javascript", "typescript", "c", "cpp", "java", "go"]


def _task_states(flow_run_id) -> dict[str, str | None]:
    """Name -> state of every task run that did work in the flow run's tree (its stage subflows)."""
    from prefect.client.orchestration import get_client

    def read():
        with get_client(sync_client=True) as client:
            return {r.name: (r.state.name if r.state else None) for r in work_task_runs(client, flow_run_id)}

    return settled(read)


@pytest.fixture(scope="module")
def runs(prefect_harness, tmp_path_factory):
    from codem_prefect.flows.full_matrix import codem

    root = tmp_path_factory.mktemp("full-matrix")
    kw = dict(preset="tiny", store=str(root / "store"), namespace="t", workdir=str(root / "work"))
    first = codem(**kw, return_state=True)
    second = codem(**kw, return_state=True)
    return {"root": root, "first": first, "second": second, "store": root / "store" / "t"}


def test_first_run_fills_the_store(runs):
    from codem_core.storage import ArtifactStore

    assert runs["first"].is_completed(), runs["first"]
    res = runs["first"].result()
    store = ArtifactStore(runs["store"])
    for c in CORPORA:
        assert store.exists(f"corpora/{c}/train.jsonl") and store.exists(f"corpora/{c}/report.json")
    models = ["base", *res["models_sha256"]]
    assert res["models"] == models
    for name, sha in res["models_sha256"].items():  # every non-empty corpus gave a model folder
        assert store.is_complete(f"models/{name.removeprefix('codem-')}") and len(sha) == 64
    empty = [c for c in CORPORA if not store.read_text(f"corpora/{c}/train.jsonl").strip()]
    assert sorted(f"codem-{c}" for c in CORPORA if c not in empty) == sorted(res["models_sha256"])
    for m in models:
        for lang in LANGS:
            gen = store.read_jsonl(f"generations/{m}/{lang}.jsonl")
            assert len(gen) == 1 and gen[0]["task_id"].split("/")[0].lower() in (lang, "cpp" if lang == "cpp" else lang)
            summary = store.read_json(f"executions/{m}/{lang}.summary.json")
            assert summary["model"] == m and list(summary["pass@1"]) == [lang]
            assert summary["pass@1"][lang]["samples"] == 1
    report = store.list("reports/tiny")
    for name in ("report.md", "report.json", "matrix.csv", "corr_eval_languages.png", "corr_train_corpora.png"):
        assert f"reports/tiny/{name}" in report
    assert store.read_bytes("reports/tiny/corr_eval_languages.png")[:8] == b"\x89PNG\r\n\x1a\n"
    matrix = store.read_text("reports/tiny/matrix.csv").splitlines()
    assert len(matrix) == 1 + len(models)  # header + one row per evaluated model
    assert res["report"] == store.url_for("reports/tiny")


def test_each_stage_ran_as_a_subflow_in_this_process(runs):
    from prefect.client.orchestration import get_client

    with get_client(sync_client=True) as client:
        subflows = descendants(client, runs["first"].state_details.flow_run_id)
        names = sorted(client.read_flow(f.flow_id).name for f in subflows)
    # mix runs only when the Mixed corpus is asked for (tiny asks for all 9 corpora)
    assert names == sorted(f"codem-{s}" for s in ("evolve", "mix", "finetune", "generate", "execute", "report")), names
    assert all(f.work_pool_name is None and f.state.name == "Completed" for f in subflows)


def test_second_run_recomputes_nothing(runs):
    first = _task_states(runs["first"].state_details.flow_run_id)
    second = _task_states(runs["second"].state_details.flow_run_id)
    assert first and set(first.values()) == {"Completed"}, first
    assert {"evolve-go", "mix-mixed", "finetune-go", "generate-base", "execute-base", "report-tiny"} <= set(first)
    assert sorted(second) == sorted(first)
    assert set(second.values()) == {"Cached"}, second
    assert runs["second"].result()["report"] == runs["first"].result()["report"]


def test_stage_times_reads_the_whole_tree(runs):
    """scripts/stage_times.py (printed by make demo) finds every stage's task runs inside the subflows."""
    import runpy

    from prefect.settings import PREFECT_API_URL

    stage_times = runpy.run_path(str(REPO / "scripts" / "stage_times.py"))["stage_times"]
    res = runs["first"].result()
    times = stage_times(PREFECT_API_URL.value(), str(runs["first"].state_details.flow_run_id))
    counts = {stage: row["tasks"] for stage, row in times["stages"].items()}
    n_models = len(res["models"])
    assert counts == {"evolve": 8, "mix": 1, "finetune": 9, "generate": n_models, "execute": n_models, "report": 1}
    assert all(row["states"] == ["Completed"] for row in times["stages"].values()), times


KEYS = [
    "codem-tiny-report",
    "codem-tiny-matrix",
    "codem-tiny-link-report",
    "codem-tiny-link-corr-languages-png",
    "codem-tiny-link-corr-corpora-png",
    "codem-tiny-link-matrix",
]


def test_prefect_artifacts(runs):
    from prefect.client.orchestration import get_client

    fid = str(runs["first"].state_details.flow_run_id)

    async def read():
        async with get_client() as client:  # the typed client sends null join filters this server rejects
            r = await client._client.post(
                "/artifacts/filter",
                json={"artifacts": {"flow_run_id": {"any_": [fid]}}, "limit": 50, "sort": "ID_DESC"},
            )
            r.raise_for_status()
            return r.json()

    for _ in range(60):  # artifacts are written asynchronously
        arts = asyncio.run(read())
        if {a["key"] for a in arts} >= set(KEYS):
            break
        time.sleep(0.5)
    assert {a["key"] for a in arts} >= set(KEYS)  # report, matrix table, links (Prefect stores links as markdown)
    assert {"markdown", "table"} <= {a["type"] for a in arts}
    md = next(a for a in arts if a["key"] == "codem-tiny-report")
    assert "Table 1" in md["data"] and "corr_eval_languages.png" in md["data"]
    table = next(a for a in arts if a["type"] == "table")
    rows = json.loads(table["data"]) if isinstance(table["data"], str) else table["data"]
    assert {r["model"] for r in rows} >= {"base"}


@pytest.mark.parametrize(
    "kw, message",
    [
        (dict(preset="no-such-preset"), "unknown pipeline preset 'no-such-preset'"),
        (dict(preset="tiny", stages=["evolve", "deploy"]), "unknown stage 'deploy'"),
        (dict(preset="tiny", store="s3://codem-test-bucket/x"), "S3"),
        (dict(preset="tiny", dispatch="cluster"), "unknown dispatch 'cluster': use local or pools"),
        (
            dict(preset="tiny", dispatch="pools"),
            "dispatch=pools needs deployment 'codem-finetune/gpu' on work pool 'gpu'",
        ),
        (
            dict(preset="tiny", stages=["execute", "report"], dispatch="pools", pools={"execute": "docker"}),
            "dispatch=pools needs deployment 'codem-execute/docker' on work pool 'docker'",
        ),
        (dict(preset="tiny", pools={"execute": "docker"}), "pools={'execute': 'docker'} needs dispatch=pools"),
        (dict(preset="tiny", dispatch="pools", pools={"exec": "docker"}), "pools: unknown stage 'exec'"),
    ],
)
def test_bad_config_fails_before_any_task(prefect_harness, tmp_path, monkeypatch, kw, message):
    from codem_core.errors import CodemError
    from codem_prefect.flows.full_matrix import codem

    monkeypatch.setenv("CODEM_S3_ENDPOINT_URL", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "x")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "y")
    kw.setdefault("store", str(tmp_path / "store"))
    state = codem(**kw, workdir=str(tmp_path / "w"), return_state=True)
    assert state.is_failed()
    with pytest.raises(CodemError) as err:
        state.result()
    assert message in str(err.value) and "\n" not in str(err.value)
    assert _task_states(state.state_details.flow_run_id) == {}
