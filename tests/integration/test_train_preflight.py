"""The fine-tune's pre-flight against a stand-in hub (tests/integration/hub_server.py, no network): a gated
model fails at once naming HF_TOKEN; the hub commit a revision resolves to is what keys and records the run;
offline means offline for the hub libraries; the paper preset is sized for the gpu pool's cards."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

pytest.importorskip("torch")
pytest.importorskip("huggingface_hub")

from codem_core.errors import CodemError  # noqa: E402
from codem_core.training.hub import HubAccessError, resolve_hub_model  # noqa: E402
from codem_core.training.memory import MemoryFitError  # noqa: E402
from codem_core.training.preflight import base_identity, check_finetune  # noqa: E402
from tests.integration.hub_server import FakeHub, hub_online  # noqa: E402
from tests.integration.tiny_models import child_env  # noqa: E402

GATED, OPEN = "codem-test/gated-7b", "codem-test/open-7b"
# the fields of bigcode/starcoderbase-7b's config.json that size it
STARCODER_7B = {
    "model_type": "gpt_bigcode",
    "architectures": ["GPTBigCodeForCausalLM"],
    "vocab_size": 49152,
    "n_positions": 8192,
    "n_embd": 4096,
    "n_inner": 16384,
    "n_layer": 42,
    "n_head": 32,
    "multi_query": True,
}
CONFIG = {"config.json": json.dumps(STARCODER_7B).encode()}


@pytest.fixture
def hub(monkeypatch, tmp_path):
    import huggingface_hub.constants as constants

    from codem_core.training import preflight

    with FakeHub() as server:
        server.gated_sha = server.add_model(GATED, CONFIG, gated=True)
        server.open_sha = server.add_model(OPEN, CONFIG)
        server.granted.add("hf_granted")
        hub_online(monkeypatch)
        monkeypatch.setenv("HF_ENDPOINT", server.url)
        monkeypatch.delenv("HF_TOKEN", raising=False)
        monkeypatch.setattr(constants, "HF_HUB_CACHE", str(tmp_path / "hf-cache"))  # not the machine's cache
        monkeypatch.setattr(constants, "ENDPOINT", server.url)
        monkeypatch.setattr(
            constants, "HUGGINGFACE_CO_URL_TEMPLATE", server.url + "/{repo_id}/resolve/{revision}/{filename}"
        )
        monkeypatch.setenv("CODEM_GPUS_PER_WORKER", "")
        preflight._resolved.cache_clear()
        yield server
        preflight._resolved.cache_clear()


def test_a_gated_model_fails_at_once_naming_hf_token(hub):
    with pytest.raises(HubAccessError) as exc:
        resolve_hub_model(GATED)
    msg = str(exc.value)
    assert "\n" not in msg and "gated" in msg and "HF_TOKEN" in msg and GATED in msg


def test_a_token_without_the_grant_is_told_to_accept_the_terms(hub, monkeypatch):
    monkeypatch.setenv("HF_TOKEN", "hf_someone_else")
    with pytest.raises(HubAccessError, match="HF_TOKEN is set but its account has not been granted access"):
        resolve_hub_model(GATED)
    monkeypatch.setenv("HF_TOKEN", "hf_granted")
    rev = resolve_hub_model(GATED)
    assert rev.commit == hub.gated_sha and rev.source == "hub" and not rev.pinned


def test_the_pipeline_preflight_refuses_the_gated_base_model_before_any_work(hub):
    """The pipeline's fine-tune check (run before evolution) resolves the base model on the hub."""
    with pytest.raises(HubAccessError, match="HF_TOKEN"):
        check_finetune("paper", {}, GATED)
    assert any(path.endswith(f"{GATED}/resolve/{hub.gated_sha}/config.json") for _, path, _ in hub.requests)


def test_the_train_cli_refuses_a_gated_model_in_one_line_exit_2(hub, tmp_path, tiny_corpus):
    env = child_env(
        {
            "HF_ENDPOINT": hub.url,
            "CODEM_OFFLINE": "0",
            "HF_HUB_OFFLINE": "0",
            "TRANSFORMERS_OFFLINE": "0",
            "HF_HUB_CACHE": str(tmp_path / "hf-cache"),
        }
    )
    env.pop("HF_TOKEN", None)
    args = ["train", "--corpus", str(tiny_corpus), "--base-model", GATED, "--out", str(tmp_path / "m")]
    proc = subprocess.run([sys.executable, "-m", "codem_core.cli", *args], env=env, capture_output=True, text=True)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and "HF_TOKEN" in lines[0], proc.stderr[-2000:]
    assert not (tmp_path / "m").exists()


def test_missing_model_and_missing_revision_are_one_line_each(hub):
    with pytest.raises(HubAccessError, match="does not exist"):
        resolve_hub_model("codem-test/no-such-model")
    with pytest.raises(HubAccessError, match="has no revision 'v9'"):
        resolve_hub_model(OPEN, "v9")


def test_the_hub_commit_keys_the_run_and_a_pinned_commit_is_kept(hub):
    ident = base_identity("paper", {}, OPEN)
    assert ident == {"spec": OPEN, "commit": hub.open_sha}
    pinned = resolve_hub_model(OPEN, hub.open_sha)
    assert pinned.pinned and pinned.commit == hub.open_sha
    from codem_core.training.models import resolve_model

    resolved = resolve_model(OPEN, revision=hub.open_sha)
    assert resolved.revision == hub.open_sha and resolved.load_kwargs() == {"revision": hub.open_sha}
    assert resolved.source["hub_commit"] == hub.open_sha and resolved.source["pinned"]  # provenance and run key
    # the model moves on the hub: an unpinned run resolves (and is keyed on) the new commit
    from codem_core.training import preflight

    new_sha = hub.add_model(OPEN, {**CONFIG, "README.md": b"v2"})
    preflight._resolved.cache_clear()
    assert new_sha != hub.open_sha and base_identity("paper", {}, OPEN)["commit"] == new_sha


def test_the_paper_preset_is_sized_for_the_gpu_pool_in_the_preflight(hub, monkeypatch):
    """On the cpu pool, the pre-flight plans for the gpu pool's cards as its template declares them."""
    monkeypatch.setenv("CODEM_GPUS_PER_WORKER", "1")
    monkeypatch.setenv("CODEM_GPU_MEMORY_GIB", "80")
    monkeypatch.setenv("CODEM_HOST_MEMORY_GIB", "64")
    with pytest.raises(MemoryFitError) as exc:
        check_finetune("paper", {}, OPEN)
    assert "\n" not in str(exc.value) and "fits with:" in str(exc.value) and "8 GPUs" not in str(exc.value)
    monkeypatch.setenv("CODEM_GPUS_PER_WORKER", "8")
    assert check_finetune("paper", {}, OPEN).name == "paper"


def test_offline_means_offline_for_the_hub_libraries(hub, monkeypatch, tmp_path):
    """CODEM_OFFLINE=1 sets HF_HUB_OFFLINE for huggingface_hub (and every child process): no request is sent,
    a model not in the hub cache fails in one line, a cached one resolves to its cached commit."""
    import huggingface_hub.constants as constants

    from codem_core.config import get_settings

    resolve_hub_model(OPEN)  # now in the (temporary) hub cache, at its commit
    asked = len(hub.requests)
    monkeypatch.setenv("CODEM_OFFLINE", "1")
    monkeypatch.delenv("HF_HUB_OFFLINE")
    get_settings.cache_clear()
    assert get_settings().offline and os.environ["HF_HUB_OFFLINE"] == "1" and constants.HF_HUB_OFFLINE
    with pytest.raises(CodemError, match="not in the local hub cache"):
        resolve_hub_model(GATED)
    rev = resolve_hub_model(OPEN, hub.open_sha)
    assert rev.source == "cache" and rev.commit == hub.open_sha
    assert len(hub.requests) == asked  # nothing reached the hub
    code = (
        "import os, codem_core, huggingface_hub.constants as c; print(os.environ['HF_HUB_OFFLINE'], c.HF_HUB_OFFLINE)"
    )
    env = {**child_env({"CODEM_OFFLINE": "1"})}
    env.pop("HF_HUB_OFFLINE", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["1", "True"]  # set by codem_core itself, before the hub libraries are imported
