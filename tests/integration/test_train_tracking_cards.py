"""Tracking (report_to: tensorboard), the model card (huggingface_hub.ModelCard) with the report's pass@1
row as model-index results, and publishing model + corpus to a hub (a stand-in server on loopback)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("trl")
pytest.importorskip("tensorboard")

from huggingface_hub import ModelCard  # noqa: E402

from codem_core.training.provenance import update_model_card  # noqa: E402
from codem_core.training.trainer import train  # noqa: E402
from tests.integration.hub_server import FakeHub, hub_online  # noqa: E402
from tests.integration.tiny_models import child_env  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def hub():
    with FakeHub() as server:
        yield server


@pytest.fixture(scope="module")
def tracked(tmp_path_factory, tiny_corpus, tiny_model_dir, hub):
    mp = pytest.MonkeyPatch()
    hub_online(mp)  # the session's CODEM_OFFLINE=1 keeps huggingface_hub off the network
    mp.setenv("HF_ENDPOINT", hub.url)
    mp.setenv("HF_TOKEN", "hf_stand_in_token")
    try:
        out = tmp_path_factory.mktemp("tracked") / "model"
        settings = {
            "max_steps": 3,
            "report_to": "tensorboard",
            "push_to_hub": "codem/tiny-python",
            "push_corpus_to_hub": "codem/tiny-corpus",
        }
        res = train(tiny_corpus, str(tiny_model_dir), out, "tiny", settings, log=lambda _m: None)
    finally:
        mp.undo()
    return res


def _scalars(run_dir: Path) -> dict[str, list[tuple[int, float]]]:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    found: dict[str, list[tuple[int, float]]] = {}
    for events in run_dir.rglob("events.out.tfevents.*"):
        acc = EventAccumulator(str(events.parent))
        acc.Reload()
        for tag in acc.Tags()["scalars"]:
            found.setdefault(tag, []).extend((e.step, e.value) for e in acc.Scalars(tag))
    return found


def test_report_to_tensorboard_leaves_loss_and_learning_rate_events(tracked):
    out = Path(tracked.out)
    assert list((out / "runs").rglob("events.out.tfevents.*")), "no TensorBoard event file"
    scalars = _scalars(out / "runs")
    losses = [h["loss"] for h in tracked.log_history if "loss" in h]
    assert [s for _, s in sorted(set(scalars["train/loss"]))] == pytest.approx(losses, abs=1e-4)
    assert [step for step, _ in sorted(set(scalars["train/learning_rate"]))] == [1, 2, 3]
    # the run's config and provenance as text and hparams
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    texts = []
    for events in (out / "runs").rglob("events.out.tfevents.*"):
        acc = EventAccumulator(str(events.parent), size_guidance={"tensors": 0})
        acc.Reload()
        if "codem/run_params/text_summary" in acc.Tags()["tensors"]:
            texts += [t.tensor_proto.string_val[0].decode() for t in acc.Tensors("codem/run_params/text_summary")]
    prov = json.loads((out / "codem_provenance.json").read_text())
    assert texts and prov["corpus"]["sha256"] in texts[0] and '"global_batch": 4' in texts[0]


def test_model_card_parses_and_names_base_corpus_and_hyperparameters(tracked):
    out = Path(tracked.out)
    card = ModelCard.load(out / "README.md")
    prov = json.loads((out / "codem_provenance.json").read_text())
    assert card.data.library_name == "transformers" and "codem" in card.data.tags
    assert card.data.codem_corpus_sha256 == prov["corpus"]["sha256"] and card.data.datasets == ["codem/tiny-corpus"]
    assert card.data.codem_base_model == prov["base_model"]["spec"]
    assert prov["corpus"]["sha256"] in card.text and "2 x 2 x 1 = 4" in card.text and "| preset | `tiny` |" in card.text
    assert not card.data.eval_results  # no report yet


def test_published_model_and_corpus(tracked, hub, tiny_corpus):
    model = hub.repos[("model", "codem/tiny-python")]
    assert {"config.json", "model.safetensors", "tokenizer.json", "README.md", "codem_provenance.json"} <= set(model)
    assert not [p for p in model if p.split("/")[0] in ("checkpoints", "logs", "runs") or p == "codem_run.json"]
    assert model["README.md"] == (Path(tracked.out) / "README.md").read_bytes()
    corpus = hub.repos[("dataset", "codem/tiny-corpus")]
    rows = [json.loads(x) for x in corpus["train.jsonl"].decode().splitlines()]
    assert len(rows) == 48 and set(rows[0]) == {"instruction", "response", "language"}
    assert "sha256" in corpus["README.md"].decode()
    assert hub.private[("model", "codem/tiny-python")] is True
    assert all(auth == "Bearer hf_stand_in_token" for _, _, auth in hub.requests)


def test_pass_at_1_row_becomes_model_index_results(tracked, tmp_path):
    import shutil

    out = tmp_path / "model"
    shutil.copytree(tracked.out, out, ignore=shutil.ignore_patterns("checkpoints", "runs", "logs"))
    update_model_card(out, {"python": 12.5, "java": 3.0488, "go": None})
    card = ModelCard.load(out / "README.md")
    results = {r.dataset_config: r for r in card.data.eval_results}
    assert set(results) == {"python", "java"}  # an empty cell is not a result
    assert results["python"].metric_type == "pass@1" and results["python"].metric_value == 12.5
    assert results["java"].dataset_name == "HumanEval-X Java" and results["java"].task_type == "text-generation"
    assert "| Python | 12.50 |" in card.text and "| Go | - |" in card.text
    # the metadata is still the training's, and a second report replaces the row
    assert card.data.codem_corpus_sha256 == json.loads((out / "codem_provenance.json").read_text())["corpus"]["sha256"]
    update_model_card(out, {"python": 20.0})
    assert [r.metric_value for r in ModelCard.load(out / "README.md").data.eval_results] == [20.0]


def test_model_card_command_and_store_key(tracked, tmp_path):
    from codem_core.storage import ArtifactStore

    matrix = tmp_path / "matrix.csv"
    matrix.write_text("train,python,java,go\nbase,10.0,5.0,\npython,14.02,6.1,2.5\n")
    store = ArtifactStore(tmp_path / "store")
    import shutil

    stage = tmp_path / "stage"
    shutil.copytree(tracked.out, stage, ignore=shutil.ignore_patterns("checkpoints", "runs", "logs"))
    store.upload_dir(stage, "models/codem-python")
    r = subprocess.run(
        [
            sys.executable,
            "-m",
            "codem_core.cli",
            "model-card",
            "models/codem-python",
            "--matrix",
            str(matrix),
            "--row",
            "python",
            "--store",
            str(tmp_path / "store"),
        ],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
    )
    assert r.returncode == 0, r.stderr[-1500:]
    local = store.download_dir("models/codem-python", tmp_path / "down")  # verifies every file against the manifest
    values = {x.dataset_config: x.metric_value for x in ModelCard.load(local / "README.md").data.eval_results}
    assert values == {"python": 14.02, "java": 6.1, "go": 2.5}
    r = subprocess.run(
        [sys.executable, "-m", "codem_core.cli", "model-card", str(stage), "--matrix", str(matrix), "--row", "rust"],
        cwd=REPO,
        env=child_env(),
        capture_output=True,
        text=True,
    )
    assert r.returncode == 2 and r.stderr.strip().splitlines() == [
        f"error: {matrix}: no row 'rust' in the pass@1 matrix (rows: base, python)"
    ]


def test_unreachable_hub_is_one_line_and_a_rerun_publishes(
    tmp_path,
    tiny_corpus,
    tiny_model_dir,
    monkeypatch,
    hub,
):
    import socket

    from codem_core.training.hub import HubError

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there
    hub_online(monkeypatch)
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    with pytest.raises(HubError) as exc:
        train(
            tiny_corpus,
            str(tiny_model_dir),
            tmp_path / "m",
            "tiny",
            {"max_steps": 1, "push_to_hub": "codem/x"},
            log=lambda _m: None,
        )
    assert "\n" not in str(exc.value) and "creating model repo codem/x failed" in str(exc.value)
    assert (tmp_path / "m" / "codem_provenance.json").is_file()  # the trained model is kept
    monkeypatch.setenv("HF_ENDPOINT", hub.url)
    logs: list[str] = []
    again = train(
        tiny_corpus,
        str(tiny_model_dir),
        tmp_path / "m",
        "tiny",
        {"max_steps": 1, "push_to_hub": "codem/x"},
        log=logs.append,
    )
    assert again.skipped and "README.md" in hub.repos[("model", "codem/x")]  # published without training again
    assert any(line.startswith("published model -> ") for line in logs), logs


def test_report_stage_hook_updates_every_stored_fine_tuned_model(tracked, tmp_path):
    """``update_model_cards`` (called by the pipeline's report stage with the pass@1 matrix): each row with a
    stored codem model gets its results; the base row and rows without a model are skipped."""
    import shutil

    from codem_core.storage import ArtifactStore, model_key
    from codem_core.training.provenance import update_model_cards

    store = ArtifactStore(tmp_path / "store")
    stage = tmp_path / "stage"
    shutil.copytree(tracked.out, stage, ignore=shutil.ignore_patterns("checkpoints", "runs", "logs"))
    store.upload_dir(stage, model_key("python"))
    matrix = {
        "base": {"python": 10.0, "java": 5.0},
        "python": {"python": 31.5, "java": 9.75},
        "java": {"python": 8.0, "java": 12.0},
    }
    done = update_model_cards(store, matrix, source_url="file:///reports/run/report.md", log=lambda _m: None)
    assert len(done) == 1 and done[0].endswith("models/python/README.md")
    card = ModelCard.load(store.download_dir(model_key("python"), tmp_path / "down") / "README.md")
    assert {r.dataset_config: r.metric_value for r in card.data.eval_results} == {"python": 31.5, "java": 9.75}
    assert all(r.source_url == "file:///reports/run/report.md" for r in card.data.eval_results)
