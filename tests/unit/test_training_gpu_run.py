"""What a first GPU run relies on, checked on a CPU: the gpu pool's CUDA requirement, the start-of-run device
line, the attention choice, how often checkpoints are taken, and the checkpoint folders in the artifact store."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from codem_core import devices
from codem_core.storage import ArtifactStore

REPO = Path(__file__).resolve().parents[2]


# ----------------------------------------------------------------------------- CUDA on the gpu pool


def test_a_gpu_pool_setting_without_cuda_refuses_in_one_line(monkeypatch):
    monkeypatch.setattr(devices, "cuda_available", lambda: False)
    monkeypatch.setenv("CODEM_REQUIRE_CUDA", "1")
    with pytest.raises(devices.CudaRequiredError) as exc:
        devices.require_cuda("training")
    msg = str(exc.value)
    assert "\n" not in msg and "training needs a GPU" in msg and "CODEM_REQUIRE_CUDA" in msg
    monkeypatch.setenv("CODEM_REQUIRE_CUDA", "0")
    devices.require_cuda("training")  # a CPU run is allowed without the setting
    monkeypatch.setenv("CODEM_REQUIRE_CUDA", "1")
    monkeypatch.setattr(devices, "cuda_available", lambda: True)
    devices.require_cuda("training")


@pytest.mark.parametrize("command", ["train", "generate"])
def test_the_cli_refuses_before_any_work_with_exit_2(tmp_path, command):
    """No corpus and no model exist: the CUDA refusal comes first, before anything is read or written."""
    import os

    env = {**os.environ, "CODEM_REQUIRE_CUDA": "1", "CUDA_VISIBLE_DEVICES": ""}
    out = tmp_path / "out"
    args = {
        "train": ["train", "--corpus", str(tmp_path / "none"), "--base-model", "tiny-gptbigcode", "--out", str(out)],
        "generate": ["generate", "--model", "tiny-gptbigcode", "--out", str(out / "s.jsonl")],
    }[command]
    proc = subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *args], env=env, capture_output=True, text=True, cwd=REPO
    )
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1 and "CODEM_REQUIRE_CUDA" in lines[0], proc.stderr[-1500:]
    assert not out.exists()


def test_the_start_of_run_line_names_device_count_driver_and_dtype(monkeypatch):
    monkeypatch.setattr(devices, "cuda_available", lambda: True)
    monkeypatch.setattr(
        devices, "probe_cuda", lambda i: {"name": "NVIDIA H100 80GB HBM3", "memory": 80 * 2**30, "count": 8}
    )
    monkeypatch.setattr(devices, "driver_version", lambda: "550.54.15")
    monkeypatch.setenv("LOCAL_RANK", "5")
    line = devices.describe(devices.gpu_report(), "bfloat16")
    assert line.startswith("device: cuda:5 of 8 x NVIDIA H100 80GB HBM3 (80.0 GiB each)")
    assert "driver 550.54.15" in line and "dtype bfloat16" in line
    assert devices.describe(None, "float32") == "device: cpu (no CUDA), dtype float32"


# ----------------------------------------------------------------------------- attention


def test_attention_is_flash_when_installed_and_supported_else_sdpa_else_eager():
    from codem_core.training.attention import choose_attention

    both = SimpleNamespace(__name__="M", _supports_flash_attn=True, _supports_sdpa=True)
    sdpa_only = SimpleNamespace(__name__="Old", _supports_flash_attn=False, _supports_sdpa=True)
    neither = SimpleNamespace(__name__="Eager", _supports_flash_attn=False, _supports_sdpa=False)
    assert choose_attention("auto", both, half=True, flash_available=True)[0] == "flash_attention_2"
    impl, why = choose_attention("auto", both, half=True, flash_available=False)
    assert impl == "sdpa" and "not installed" in why
    assert choose_attention("auto", both, half=False, flash_available=True) == (
        "sdpa",
        "no flash-attention 2: compute is fp32",
    )
    assert choose_attention("auto", sdpa_only, half=True, flash_available=True)[1].endswith("Old lacks it")
    assert choose_attention("auto", neither, half=True, flash_available=True)[0] == "eager"
    assert choose_attention("eager", both, half=True, flash_available=True) == ("eager", "set in the preset")


def test_starcoder_class_supports_both_and_this_machine_chooses_sdpa():
    """GPTBigCode (StarCoder) can run flash-attention 2; without flash-attn (this CPU machine) it gets SDPA."""
    from transformers import GPTBigCodeConfig

    from codem_core.training.attention import causal_lm_class, choose_attention

    cls = causal_lm_class(GPTBigCodeConfig(n_layer=1, n_embd=64, n_head=2))
    assert cls.__name__ == "GPTBigCodeForCausalLM" and cls._supports_flash_attn and cls._supports_sdpa
    assert choose_attention("auto", cls, half=False)[0] == "sdpa"


def test_packed_batches_carry_their_boundaries_as_host_integers():
    """Read once per batch by the collator, so no layer reads cu_seq_lens back from the GPU."""
    import torch

    from codem_core.training.attention import BOUNDS_KEY, add_seq_bounds

    batch = add_seq_bounds({"cu_seq_lens_q": torch.tensor([0, 3, 7, 12], dtype=torch.int32)})
    assert batch[BOUNDS_KEY] == (0, 3, 7, 12) and all(type(b) is int for b in batch[BOUNDS_KEY])
    assert BOUNDS_KEY not in add_seq_bounds({"input_ids": torch.zeros(1, 4)})


# ----------------------------------------------------------------------------- how often checkpoints are taken


def test_save_steps_auto_follows_the_runs_length():
    from codem_core.training.checkpoints import derived_save_steps

    # the paper on 8 GPUs: ~20k examples, 2 per device x 4 accumulation x 8 processes = 64 per step, 3 epochs
    steps = derived_save_steps(9000, 2, 4, 8, 3, 0, 10)
    assert steps == 42  # 141 steps per epoch x 3 = 423 steps, ten checkpoints (a fixed 500 would save none)
    assert derived_save_steps(9000, 2, 4, 1, 3, 0, 10) == 337  # one process: 8x the steps
    assert derived_save_steps(10, 2, 4, 1, 1, 0, 10) == 1
    assert derived_save_steps(9000, 2, 4, 8, 3, 120, 4) == 30  # max_steps wins


def test_a_save_is_forced_every_n_minutes_whatever_the_step_count():
    from codem_core.training.checkpoints import SaveEveryMinutes

    now = [0.0]
    cb = SaveEveryMinutes(30, clock=lambda: now[0])
    state = SimpleNamespace(is_world_process_zero=True)
    control = SimpleNamespace(should_save=False)
    now[0] = 29 * 60
    assert not cb.on_step_end(None, state, control).should_save
    now[0] = 30 * 60 + 1
    assert cb.on_step_end(None, state, control).should_save
    cb.on_save(None, state, control)
    control.should_save = False
    now[0] = 45 * 60
    assert not cb.on_step_end(None, state, control).should_save


def test_save_steps_auto_is_a_preset_value_and_others_are_refused():
    from codem_core.errors import ConfigError
    from codem_core.training.presets import load_preset

    assert load_preset("paper").save_steps == "auto" and load_preset("paper").save_minutes == 30
    with pytest.raises(ConfigError):
        load_preset("paper", {"save_steps": 0})


# ----------------------------------------------------------------------------- checkpoints in the artifact store


def _checkpoint(root: Path, step: int) -> Path:
    folder = root / f"checkpoint-{step}"
    folder.mkdir(parents=True)
    (folder / "trainer_state.json").write_text(json.dumps({"global_step": step}))
    (folder / "model.safetensors").write_bytes(bytes([step % 256]) * 64)
    return folder


def test_checkpoints_upload_keep_the_latest_and_restore_into_a_fresh_folder(tmp_path):
    from codem_core.training.checkpoints import CheckpointStore, store_spec

    store = ArtifactStore(tmp_path / "store")
    spec = store_spec(store, "checkpoints/python", keep=2)
    target = CheckpointStore.from_spec(spec, "a" * 64)
    local = tmp_path / "pod-1" / "checkpoints"
    for step in (2, 4, 6):
        target.upload(_checkpoint(local, step))
    assert target.steps() == [4, 6]  # at most two kept
    # an upload cut short (no manifest) is never resumed from
    store.write_text(f"{target.prefix}/checkpoint-8/trainer_state.json", "{}")
    fresh = tmp_path / "pod-2" / "checkpoints"
    assert target.download_latest(fresh, log=lambda _m: None) == 6
    assert json.loads((fresh / "checkpoint-6" / "trainer_state.json").read_text()) == {"global_step": 6}
    assert target.download_latest(fresh, log=lambda _m: None) is None  # the local one is as recent
    other = CheckpointStore.from_spec(spec, "b" * 64)  # another run's inputs: none of these
    assert other.steps() == [] and other.download_latest(tmp_path / "pod-3", log=lambda _m: None) is None
    target.clear()
    assert target.steps() == []


def test_the_spec_given_to_the_ranks_carries_no_credentials(tmp_path):
    from codem_core.training.checkpoints import store_spec

    store = ArtifactStore("s3://codem/artifacts", storage_options={"key": "AKIA", "secret": "s3cr3t", "anon": False})
    spec = store_spec(store, "checkpoints/go")
    assert "AKIA" not in json.dumps(spec) and "s3cr3t" not in json.dumps(spec) and spec["options"]["anon"] is False


@pytest.mark.parametrize("with_bounds", [True, False])
def test_packed_attention_reads_the_boundaries_back_once_per_batch_not_per_layer(monkeypatch, with_bounds):
    """With the collator's host bounds no layer calls ``cu_seq_lens.tolist()`` (a GPU->host sync on a GPU);
    without them (the control) every layer does, and the logits are the same either way."""
    import torch
    from transformers import GPTBigCodeConfig, GPTBigCodeForCausalLM
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from codem_core.training.attention import add_seq_bounds, use_packed_attention

    torch.manual_seed(0)
    layers = 3
    model = GPTBigCodeForCausalLM(GPTBigCodeConfig(vocab_size=64, n_embd=32, n_layer=layers, n_head=2)).eval()
    use_packed_attention(model, "segments")
    feats = [{"input_ids": list(range(1, n + 1)), "labels": list(range(1, n + 1))} for n in (5, 9, 3)]
    batch = DataCollatorForLanguageModeling(pad_token_id=0, padding_free=True)(feats)
    reference = model(**batch).logits
    if with_bounds:
        batch = add_seq_bounds(batch)
    calls = []
    real_tolist = torch.Tensor.tolist

    def counting(self):
        calls.append(tuple(self.shape))
        return real_tolist(self)

    monkeypatch.setattr(torch.Tensor, "tolist", counting)
    logits = model(**batch).logits
    monkeypatch.undo()
    assert torch.allclose(logits, reference, atol=1e-6)
    assert len(calls) == (0 if with_bounds else layers), calls
