"""Will this preset fit?  An estimate from the model config alone, checked before any weight loads.

Per device, in bytes (P parameters, T trainable, W ZeRO world size):

* weights: P x (2 when DeepSpeed runs fp16/bf16 weights, else 4: the Trainer's AMP keeps fp32);
* gradients: T x 4 (x 2/4 in 16-bit under DeepSpeed), divided by W under ZeRO-2;
* optimizer: AdamW's two fp32 moments (+ an fp32 master copy under DeepSpeed 16-bit), / W;
* activations: per layer ~ b x s x h x 34 bytes in 16-bit (Korthikanti et al. 2022, with a
  fused attention kernel), x2 in fp32; with gradient checkpointing one layer's worth plus one
  hidden state per layer; plus the logits (b x s x vocab x 4 bytes, twice for the loss);
* 10% slack plus a fixed 0.5 GiB (allocator, CUDA context, framework buffers).

It is deliberately simple and meant to catch presets that cannot work (a 7B full fine-tune on
one 24 GB device) before minutes of loading, not to replace a trial run.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from ..errors import ConfigError
from .presets import TrainConfig

GiB = 1024**3


class MemoryFitError(ConfigError):
    """The preset cannot fit the device's memory."""


@dataclass
class MemoryEstimate:
    device: str
    params: int
    trainable: int
    world_size: int
    weights: float
    gradients: float
    optimizer: float
    activations: float
    total: float
    available: float

    def to_dict(self) -> dict:
        return asdict(self)

    def fits(self) -> bool:
        return self.total <= self.available


def count_parameters(config, lora: dict | None = None) -> tuple[int, int]:
    """(all, trainable) parameters, from a model built on the meta device (no memory)."""
    import torch
    from transformers import AutoModelForCausalLM

    with torch.device("meta"):
        model = AutoModelForCausalLM.from_config(config)
    total = sum(p.numel() for p in model.parameters())
    if not lora:
        return total, total
    targets = lora.get("target_modules", "all-linear")
    r = int(lora.get("r", 16))
    trainable = 0
    lm_head = model.get_output_embeddings()
    for name, mod in model.named_modules():
        if mod is lm_head:
            continue
        weight = getattr(mod, "weight", None)
        if weight is None or weight.dim() != 2 or isinstance(mod, torch.nn.Embedding):
            continue
        short = name.rsplit(".", 1)[-1]
        if targets == "all-linear" or short in (targets if isinstance(targets, list) else [targets]):
            trainable += r * (weight.shape[0] + weight.shape[1])
    return total, trainable


def device_memory() -> tuple[str, float]:
    """(device name, bytes available to this process's device)."""
    import torch

    if torch.cuda.is_available():
        free, total = torch.cuda.mem_get_info()
        return f"cuda ({torch.cuda.get_device_name()})", float(total)
    import psutil

    return "cpu", float(psutil.virtual_memory().available)


def estimate_memory(
    model_config,
    cfg: TrainConfig,
    *,
    device: str | None = None,
    available: float | None = None,
    world_size: int | None = None,
) -> MemoryEstimate:
    if device is None or available is None:
        dev, avail = device_memory()
        device = device or dev
        available = available if available is not None else avail
    on_gpu = device.startswith("cuda")
    world = world_size or int(os.environ.get("WORLD_SIZE", "1") or 1)
    lora = cfg.lora.model_dump() if cfg.lora else None
    params, trainable = count_parameters(model_config, lora)
    half = on_gpu and cfg.precision in ("fp16", "bf16")
    ds = cfg.deepspeed is not None
    zero_div = world if ds else 1
    if ds and half:
        weights = params * 2.0
        grads = trainable * 2.0 / zero_div
        optim = trainable * 12.0 / zero_div  # fp32 master + two moments
    else:
        weights = params * 4.0
        grads = trainable * 4.0 / zero_div
        optim = trainable * 8.0 / zero_div
    if lora:
        weights = params * (2.0 if half else 4.0)
    h = int(getattr(model_config, "hidden_size", None) or getattr(model_config, "n_embd", 0) or 0)
    layers = int(getattr(model_config, "num_hidden_layers", None) or getattr(model_config, "n_layer", 0) or 0)
    vocab = int(getattr(model_config, "vocab_size", 0) or 0)
    b, s = cfg.per_device_train_batch_size, cfg.max_length
    act_bytes = 1.0 if half else 2.0  # multiplier on the 16-bit figure
    per_layer = b * s * h * 34.0 * act_bytes
    if cfg.gradient_checkpointing:
        acts = per_layer + layers * b * s * h * (2.0 if half else 4.0)
    else:
        acts = per_layer * layers
    acts += b * s * vocab * 4.0 * 2
    total = (weights + grads + optim + acts) * 1.10 + 0.5 * GiB
    return MemoryEstimate(device, params, trainable, world, weights, grads, optim, acts, total, float(available))


def check_memory_fit(model_config, cfg: TrainConfig, **kwargs) -> MemoryEstimate:
    est = estimate_memory(model_config, cfg, **kwargs)
    if not est.fits():
        g = lambda x: f"{x / GiB:.1f}"  # noqa: E731
        hint = (
            "use --lora, a smaller batch or --max-length, gradient checkpointing, more GPUs (ZeRO-2), "
            "or --skip-memory-check"
        )
        raise MemoryFitError(
            f"preset {cfg.name!r} needs ~{g(est.total)} GiB per device on {est.device} "
            f"(weights {g(est.weights)}, grads {g(est.gradients)}, optimizer {g(est.optimizer)}, "
            f"activations {g(est.activations)}; "
            f"{est.params / 1e9:.2f}B params) but {g(est.available)} GiB is available; {hint}"
        )
    return est
