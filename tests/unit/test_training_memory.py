"""The memory estimate: what DeepSpeed and the trainer really hold, per process count and GPU size,
the hardware it plans for (measured, or the gpu pool's settings), and a refusal that names a fix."""

from __future__ import annotations

import pytest

from codem_core.errors import ConfigError
from codem_core.training.presets import load_preset

pytest.importorskip("torch")

from codem_core.training.memory import (  # noqa: E402
    GiB,
    Hardware,
    MemoryFitError,
    check_memory_fit,
    estimate_memory,
    target_hardware,
)

# bigcode/starcoderbase-7b's config.json (the fields that size it)
STARCODERBASE_7B = dict(
    vocab_size=49152,
    n_positions=8192,
    n_embd=4096,
    n_inner=16384,
    n_layer=42,
    n_head=32,
    multi_query=True,
    bos_token_id=0,
    eos_token_id=0,
)


def _config(**kw):
    from transformers import GPTBigCodeConfig

    return GPTBigCodeConfig(**kw)


@pytest.fixture(scope="module")
def starcoder():
    return _config(**STARCODERBASE_7B)


def gpus(n: int, gib: float = 80, host_gib: float = 64) -> Hardware:
    return Hardware(n, gib * GiB, host_gib * GiB, f"GPU {gib:g}GB", "settings")


def test_paper_preset_on_one_80gb_gpu_is_refused_naming_what_fits_and_accepted_on_eight(starcoder):
    cfg = load_preset("paper")  # full fine-tune, ZeRO-2, fp16, 2 x 2048, gradient checkpointing
    with pytest.raises(MemoryFitError) as exc:
        check_memory_fit(starcoder, cfg, hardware=gpus(1), world_size=1)
    msg = str(exc.value)
    assert "\n" not in msg and "preset 'paper' needs" in msg and "80.0 GiB" in msg
    assert "fits with:" in msg and "GPUs (--nproc" in msg and "--lora" in msg  # the fixes that fit, each tried
    est = check_memory_fit(starcoder, cfg, hardware=gpus(8), world_size=8)
    assert est.fits() and 7.2e9 < est.params < 7.4e9 and est.total < 80 * GiB


def test_zero2_counts_the_fp32_gradient_partition_and_master_weights(starcoder):
    """Per parameter at one process: 16-bit weights 2 + 16-bit grads 2 + master 4 + fp32 grads 4 + AdamW 8."""
    cfg = load_preset("paper")
    one = estimate_memory(starcoder, cfg, hardware=gpus(1), world_size=1)
    eight = estimate_memory(starcoder, cfg, hardware=gpus(8), world_size=8)
    p = one.params
    assert one.weights == pytest.approx(2 * p) and one.gradients == pytest.approx(2 * p)
    assert one.optimizer == pytest.approx(16 * p)
    # ZeRO-2: gradients and the whole optimizer partition divide by the processes, the weights do not
    assert eight.optimizer == pytest.approx(one.optimizer / 8) and eight.gradients == pytest.approx(one.gradients / 8)
    assert eight.weights == one.weights


def test_deepspeed_none_turns_it_off():
    """``--deepspeed none`` (the CLI's None override) is a setting, not a missing one."""
    assert load_preset("paper").deepspeed == "zero2" and load_preset("paper", {"deepspeed": None}).deepspeed is None
    assert load_preset("paper", {"max_steps": None}).max_steps == load_preset("paper").max_steps


def test_each_zero_stage_partitions_more(starcoder):
    totals = {}
    for stage, name in ((None, None), (2, "zero2"), (3, "zero3")):
        cfg = load_preset("paper", {"deepspeed": name} if name else {"deepspeed": "zero2"})
        if stage is None:
            cfg = cfg.model_copy(update={"deepspeed": None})
        est = estimate_memory(starcoder, cfg, hardware=gpus(8), world_size=8)
        totals[stage] = est
    assert totals[3].weights == pytest.approx(totals[2].weights / 8)  # ZeRO-3 shards the weights too
    assert totals[None].total > totals[2].total > totals[3].total
    # DDP + AMP: fp32 weights, fp32 grads + DDP buckets, AdamW, autocast's 16-bit copy
    ddp = totals[None]
    assert ddp.weights == pytest.approx(4 * ddp.params) and ddp.optimizer == pytest.approx(8 * ddp.params)
    assert ddp.buffers == pytest.approx(2 * ddp.params)


def test_lora_without_deepspeed_counts_what_the_trainer_loads(starcoder):
    """LoRA on a GPU loads the frozen base in the 16-bit training dtype (weights_dtype); a full AMP run keeps fp32."""
    import torch

    from codem_core.training.trainer import weights_dtype

    lora = load_preset("paper", {"lora": {"r": 16}}).model_copy(update={"deepspeed": None})
    full = load_preset("paper").model_copy(update={"deepspeed": None})
    assert weights_dtype(lora, on_gpu=True) == torch.float16 and weights_dtype(full, on_gpu=True) == torch.float32
    assert weights_dtype(lora, on_gpu=False) == torch.float32  # a CPU trains in fp32
    assert weights_dtype(load_preset("paper"), on_gpu=True) == torch.float16  # DeepSpeed: its own fp32 master
    est = estimate_memory(starcoder, lora, hardware=gpus(1), world_size=1)
    assert est.trainable < est.params / 100
    assert est.weights == pytest.approx(2 * est.params + 4 * est.trainable)
    assert est.optimizer == pytest.approx(8 * est.trainable)
    assert est.fits()  # a 7B LoRA fits one 80 GB card


def test_gradient_checkpointing_and_batch_size_drive_activations(starcoder):
    on = load_preset("paper")
    off = on.model_copy(update={"gradient_checkpointing": False})
    a_on = estimate_memory(starcoder, on, hardware=gpus(8), world_size=8).activations
    a_off = estimate_memory(starcoder, off, hardware=gpus(8), world_size=8).activations
    assert a_off > 5 * a_on
    big = on.model_copy(update={"per_device_train_batch_size": 4})
    assert estimate_memory(starcoder, big, hardware=gpus(8), world_size=8).activations == pytest.approx(2 * a_on)


def test_a_cpu_offloaded_optimizer_moves_it_to_the_host_and_the_host_limit_is_checked(starcoder):
    cfg = load_preset("paper", {"deepspeed": "zero2-offload"})
    est = estimate_memory(starcoder, cfg, hardware=gpus(1, host_gib=256), world_size=1)
    assert est.optimizer == 0 and est.fits() and est.host > 100 * GiB
    with pytest.raises(MemoryFitError, match="host memory") as exc:
        check_memory_fit(starcoder, cfg, hardware=gpus(1, host_gib=64), world_size=1)
    assert "\n" not in str(exc.value)


def test_the_tiny_preset_fits_a_cpu():
    est = check_memory_fit(
        _config(vocab_size=5000, n_embd=128, n_layer=2, n_head=4),
        load_preset("tiny"),
        hardware=Hardware(0, 2 * GiB, 4 * GiB, "cpu", "measured"),
        world_size=1,
    )
    assert est.fits() and est.params < 2_000_000 and not est.on_gpu


def test_a_cpu_shares_its_memory_between_processes(starcoder):
    with pytest.raises(MemoryFitError, match="on this machine"):
        check_memory_fit(starcoder, load_preset("paper"), hardware=Hardware(0, 24 * GiB, 24 * GiB, "cpu", "measured"))


def test_hardware_from_the_gpu_pool_settings_without_cuda():
    hw = target_hardware({"CODEM_GPUS_PER_WORKER": "8", "CODEM_GPU_MEMORY_GIB": "80", "CODEM_HOST_MEMORY_GIB": "64"})
    assert (hw.gpus, hw.gpu_memory, hw.host_memory, hw.source) == (8, 80 * GiB, 64 * GiB, "settings")
    assert target_hardware({}).gpus == 0  # no CUDA here, no settings: this CPU
    with pytest.raises(ConfigError, match="CODEM_GPU_MEMORY_GIB"):
        target_hardware({"CODEM_GPUS_PER_WORKER": "8"})
    with pytest.raises(ConfigError, match="whole number"):
        target_hardware({"CODEM_GPUS_PER_WORKER": "eight", "CODEM_GPU_MEMORY_GIB": "80"})
    with pytest.raises(ConfigError, match="number of GiB"):
        target_hardware({"CODEM_GPUS_PER_WORKER": "8", "CODEM_GPU_MEMORY_GIB": "lots"})


def test_measured_cuda_is_the_ranks_own_device(monkeypatch):
    """With CUDA, the estimate plans for this rank's GPU (LOCAL_RANK): device properties of that index only."""
    from codem_core import devices

    asked = []

    def probe(index):
        asked.append(index)
        return {"name": "Fake H100", "memory": 80.0 * GiB, "count": 4}

    monkeypatch.setattr(devices, "cuda_available", lambda: True)
    monkeypatch.setattr(devices, "probe_cuda", probe)
    monkeypatch.setattr(devices, "driver_version", lambda: "550.54.15")
    monkeypatch.setenv("LOCAL_RANK", "3")
    hw = target_hardware({"CODEM_GPUS_PER_WORKER": "1", "CODEM_GPU_MEMORY_GIB": "24"})
    assert asked == [3] and (hw.gpus, hw.gpu_memory, hw.name, hw.source) == (4, 80 * GiB, "Fake H100", "measured")
