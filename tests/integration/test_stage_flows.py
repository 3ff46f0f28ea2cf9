"""The stage flows (flows/stages.py) run alone, as their per-stage deployments run them.

``codem-finetune`` and ``codem-generate`` with no ``items`` plan them from what the store holds
(a tiny GPTBigCode student, no teacher): one model per non-empty corpus (an empty one is a clean
skip), then base + every stored model. The ``codem`` flow over the same store then finds every
item Cached: a stage flow run alone, a child flow run on a GPU pool and the parent's own subflow
share one cache key per item.
"""

from __future__ import annotations

import json

import pytest

from tests.integration.flow_runs import settled, work_task_runs

pytest.importorskip("torch")
pytestmark = pytest.mark.slow

LANGS = ["python", "go"]
GO_ROWS = [
    {
        "instruction": "Write a Go function Add that returns the sum of two ints.",
        "output": "func Add(a, b int) int {\n\treturn a + b\n}\n",
    },
    {
        "instruction": "Write a Go function Double that doubles an int.",
        "output": "func Double(a int) int {\n\treturn 2 * a\n}\n",
    },
]


def _states(flow_run_id) -> dict[str, str | None]:
    from prefect.client.orchestration import get_client

    def read():
        with get_client(sync_client=True) as client:
            return {r.name: (r.state.name if r.state else None) for r in work_task_runs(client, flow_run_id)}

    return settled(read)


def test_stage_flows_alone_then_the_codem_flow_finds_their_work_cached(prefect_harness, tmp_path):
    from codem_core.storage import ArtifactStore
    from codem_prefect.flows.full_matrix import codem
    from codem_prefect.flows.stages import finetune, generate

    store = ArtifactStore(tmp_path / "store" / "t")
    store.write_text("corpora/go/train.jsonl", "".join(json.dumps(r) + "\n" for r in GO_ROWS))
    store.write_text("corpora/python/train.jsonl", "")  # every pair was cleaned away
    common = dict(
        preset="tiny",
        store=str(tmp_path / "store"),
        namespace="t",
        workdir=str(tmp_path / "work"),
        overrides={"corpora": ["go", "python"], "languages": LANGS},
    )

    models = finetune(**common)
    assert sorted(models) == ["go", "python"]
    assert models["python"]["skipped"] == "empty corpus" and models["python"]["sha256"] is None
    assert len(models["go"]["sha256"]) == 64 and store.is_complete("models/go")
    assert not store.exists("models/python")

    samples = generate(**common)
    assert sorted(samples) == ["base", "codem-go"]  # base + the stored model
    for m in samples:
        assert set(samples[m]["sha256"]) == set(LANGS)
        assert [
            json.loads(x)["task_id"].split("/")[0].lower()
            for x in store.read_text(f"generations/{m}/go.jsonl").splitlines()
        ] == ["go"]

    state = codem(
        preset="tiny",
        stages=["train", "generate"],
        corpora=["go", "python"],
        languages=LANGS,
        store=str(tmp_path / "store"),
        namespace="t",
        workdir=str(tmp_path / "work"),
        return_state=True,
    )
    assert state.is_completed(), state
    assert state.result()["models_sha256"] == {"codem-go": models["go"]["sha256"]}
    states = _states(state.state_details.flow_run_id)
    assert states == {
        "finetune-go": "Cached",
        "finetune-python": "Cached",
        "generate-base": "Cached",
        "generate-codem-go": "Cached",
    }, states
