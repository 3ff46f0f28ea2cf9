"""Will this preset fit?  An estimate from the model config alone, checked before any weight loads.

What the trainer (``trainer.py``) really holds per device, in bytes, with P parameters, T
trainable (P, or LoRA's adapters), N processes and 16-bit compute (fp16/bf16 on a GPU):

* without DeepSpeed (one process, or DDP): the Trainer's AMP keeps fp32 weights (4P), fp32
  gradients (4T), AdamW's two fp32 moments (8T), autocast's 16-bit copy of the weights (2P) and,
  under DDP, its gradient buckets (4T).  LoRA loads the frozen base in the 16-bit dtype (2P;
  ``weights_dtype``) and keeps the adapters in fp32 (4T);
* DeepSpeed ZeRO stage 0/1/2/3 (Rajbhandari et al. 2020; DeepSpeed's ``stage_1_and_2.py``): the
  module in 16-bit (2P), its 16-bit gradients (2T, divided by N from stage 2), and per process
  the optimizer's partition, divided by N from stage 1: fp32 master weights (4T), the fp32
  gradient partition the optimizer steps on (4T), AdamW's moments (8T); the communication
  buckets (``reduce_bucket_size``, ``allgather_bucket_size``); stage 3 also divides the
  weights by N and gathers a few layers at a time.  ``offload_optimizer`` moves the optimizer's
  part to the host;
* activations: per layer ~ 34 x b x s x h bytes in 16-bit with a fused attention kernel
  (Korthikanti et al. 2022), twice that in fp32; with gradient checkpointing, each layer's input
  plus one layer recomputed; the logits in the compute dtype plus their fp32 copy and gradient
  (b x s x vocab x (2 + 4 + 4));
* 10% for fragmentation plus 1 GiB (CUDA context, cuBLAS workspace, allocator).

The host: each process's runtime (~2.5 GiB: Python, torch, the CUDA libraries), the weights a
process materialises on the host while loading (none on a GPU below ZeRO-3: the trainer loads
them straight onto the rank's device, in the training dtype), and an offloaded optimizer.

The hardware is measured when CUDA is here (the rank's own device), else taken from the
settings the gpu pool templates declare (``CODEM_GPUS_PER_WORKER``, ``CODEM_GPU_MEMORY_GIB``,
``CODEM_HOST_MEMORY_GIB``), else this CPU machine.  A refusal is one line naming what would
fit: more GPUs, ZeRO-3, gradient checkpointing, LoRA, or a CPU-offloaded optimizer.

It is meant to catch presets that cannot work before minutes of loading, not to replace a
trial run; ``--skip-memory-check`` overrides it.
"""

from __future__ import annotations

import dataclasses
import os
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import ConfigError
from .presets import DEEPSPEED_DIR, TrainConfig

GiB = 1024**3
RUNTIME_HOST = 2.5 * GiB  # per process: Python, torch, the CUDA libraries
FIXED_DEVICE = 1.0 * GiB  # CUDA context, cuBLAS workspace, allocator
SLACK = 1.10  # fragmentation
MORE_GPUS = (2, 4, 8, 16, 32, 64)
GPUS_ENV, GPU_MEMORY_ENV, HOST_MEMORY_ENV = "CODEM_GPUS_PER_WORKER", "CODEM_GPU_MEMORY_GIB", "CODEM_HOST_MEMORY_GIB"


class MemoryFitError(ConfigError):
    """The preset cannot fit the device's (or the host's) memory."""


# ----------------------------------------------------------------------------- the hardware


@dataclass(frozen=True)
class Hardware:
    gpus: int  # GPUs per worker machine; 0: a CPU
    gpu_memory: float  # bytes per GPU (on a CPU: the RAM free for training)
    host_memory: float  # bytes the machine's (pod's) processes may use together
    name: str
    source: str  # measured | settings

    @property
    def on_gpu(self) -> bool:
        return self.gpus > 0

    def to_dict(self) -> dict:
        return asdict(self)


def _gib_setting(env: dict, name: str) -> float | None:
    raw = str(env.get(name, "") or "").strip()
    if not raw:
        return None
    try:
        value = float(raw)
    except ValueError:
        raise ConfigError(f"{name} must be a number of GiB, got {raw!r}") from None
    if value <= 0:
        raise ConfigError(f"{name} must be > 0, got {raw!r}")
    return value * GiB


def host_memory_limit() -> float:
    """The memory this machine's (container's) processes may use: the cgroup limit when lower than RAM."""
    import psutil

    total = float(psutil.virtual_memory().total)
    for path in ("/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"):
        try:
            raw = Path(path).read_text().strip()
        except OSError:
            continue
        if raw.isdigit():
            total = min(total, float(raw))
    return total


def target_hardware(env: dict | None = None, index: int | None = None) -> Hardware:
    """This machine's GPUs (device ``index``, default the rank's own), else the gpu pool's settings, else the CPU."""
    from .. import devices

    env = os.environ if env is None else env
    host = _gib_setting(env, HOST_MEMORY_ENV) or host_memory_limit()
    report = devices.gpu_report(index)
    if report is not None:
        return Hardware(report.count, report.memory, host, report.name, "measured")
    raw_gpus = str(env.get(GPUS_ENV, "") or "").strip()
    if raw_gpus:
        if not raw_gpus.isdigit() or int(raw_gpus) < 1:
            raise ConfigError(f"{GPUS_ENV} must be a whole number >= 1, got {raw_gpus!r}")
        memory = _gib_setting(env, GPU_MEMORY_ENV)
        if memory is None:
            raise ConfigError(f"{GPUS_ENV} is set but {GPU_MEMORY_ENV} is not: give the GPU size too (e.g. 80)")
        return Hardware(int(raw_gpus), memory, host, f"GPU of {memory / GiB:.0f} GiB", "settings")
    import psutil

    return Hardware(0, float(psutil.virtual_memory().available), host, "cpu", "measured")


# ----------------------------------------------------------------------------- the model and the run's layout


@dataclass(frozen=True)
class ModelShape:
    params: int
    trainable: int
    hidden: int
    layers: int
    vocab: int


@dataclass(frozen=True)
class Layout:
    processes: int
    zero: int | None  # DeepSpeed ZeRO stage; None: no DeepSpeed
    offload_optimizer: bool
    offload_params: bool
    lora: bool
    half: bool  # 16-bit compute (fp16/bf16 on a GPU)
    gradient_checkpointing: bool
    batch: int
    seq: int
    reduce_bucket: float = 0.0  # elements
    allgather_bucket: float = 0.0

    def describe(self) -> str:
        ds = "no DeepSpeed" if self.zero is None else f"ZeRO-{self.zero}"
        if self.offload_optimizer:
            ds += " + CPU-offloaded optimizer"
        return (
            f"{'LoRA' if self.lora else 'full fine-tune'}, {ds} over {self.processes} process"
            f"{'es' if self.processes > 1 else ''}, {'16-bit' if self.half else 'fp32'}, "
            f"batch {self.batch} x {self.seq}, gradient checkpointing {'on' if self.gradient_checkpointing else 'off'}"
        )


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


def model_shape(model_config, lora: dict | None) -> ModelShape:
    params, trainable = count_parameters(model_config, lora)
    c = model_config
    hidden = int(getattr(c, "hidden_size", None) or getattr(c, "n_embd", 0) or 0)
    layers = int(getattr(c, "num_hidden_layers", None) or getattr(c, "n_layer", 0) or 0)
    return ModelShape(params, trainable, hidden, layers, int(getattr(c, "vocab_size", 0) or 0))


def _bucket(value, hidden: int, default: float) -> float:
    if value == "auto":
        return float(hidden * hidden)  # what the HF Trainer fills in for reduce_bucket_size
    return float(value) if isinstance(value, (int, float)) else default


def layout_of(cfg: TrainConfig, hardware: Hardware, processes: int, hidden: int = 0) -> Layout:
    """How ``cfg`` trains on ``hardware`` with ``processes`` processes (what the trainer will do)."""
    ds = cfg.deepspeed_config()
    zero = offload_opt = offload_par = None
    reduce = gather = 0.0
    if ds is not None:
        z = ds.get("zero_optimization") or {}
        zero = int(z.get("stage", 0))
        offload_opt = str((z.get("offload_optimizer") or {}).get("device", "none")) in ("cpu", "nvme")
        offload_par = str((z.get("offload_param") or {}).get("device", "none")) in ("cpu", "nvme")
        reduce = _bucket(z.get("reduce_bucket_size", 5e8), hidden, 5e8)
        gather = _bucket(z.get("allgather_bucket_size", 5e8), hidden, 5e8) if zero in (1, 2) else 0.0
    return Layout(
        processes=processes,
        zero=zero,
        offload_optimizer=bool(offload_opt),
        offload_params=bool(offload_par),
        lora=cfg.lora is not None,
        half=hardware.on_gpu and cfg.precision in ("fp16", "bf16"),
        gradient_checkpointing=cfg.gradient_checkpointing,
        batch=cfg.per_device_train_batch_size,
        seq=cfg.max_length,
        reduce_bucket=reduce,
        allgather_bucket=gather,
    )


# ----------------------------------------------------------------------------- the estimate


@dataclass
class MemoryEstimate:
    device: str
    params: int
    trainable: int
    world_size: int
    layout: str
    weights: float
    gradients: float
    optimizer: float
    activations: float
    buffers: float
    total: float  # per device
    available: float  # per device
    host: float  # the whole machine (pod)
    host_available: float
    on_gpu: bool = True

    def to_dict(self) -> dict:
        return asdict(self)

    def fits_device(self) -> bool:
        if not self.on_gpu:  # a CPU: every process shares the one memory
            return self.total * self.world_size <= self.available
        return self.total <= self.available

    def fits(self) -> bool:
        return self.fits_device() and self.host <= self.host_available


def _no_deepspeed(m: ModelShape, lay: Layout) -> tuple[float, float, float, float]:
    """(weights, gradients, optimizer, buffers) under the Trainer's own AMP or fp32 (one process or DDP)."""
    P, T = m.params, m.trainable
    if lay.lora:
        weights = P * (2.0 if lay.half else 4.0) + T * 4.0  # 16-bit frozen base, fp32 adapters
        autocast = 0.0
    else:
        weights = P * 4.0
        autocast = P * 2.0 if lay.half else 0.0  # autocast's cached 16-bit copy of every weight
    ddp_buckets = T * 4.0 if lay.processes > 1 else 0.0
    return weights, T * 4.0 + ddp_buckets, T * 8.0, autocast


def _deepspeed(m: ModelShape, lay: Layout) -> tuple[float, float, float, float]:
    """(weights, gradients, optimizer, buffers) per device under ZeRO ``lay.zero``."""
    P, T, N, z = m.params, m.trainable, lay.processes, lay.zero or 0
    w = 2.0 if lay.half else 4.0
    weights = P * w / (N if z >= 3 else 1)
    grads = T * w / (N if z >= 2 else 1)
    shard = N if z >= 1 else 1
    # the optimizer's partition: fp32 master (16-bit only) + the fp32 gradient partition it steps on + AdamW
    master = T * 4.0 if lay.half else 0.0
    fp32_grads = T * 4.0 if lay.half else 0.0
    optim = (master + fp32_grads + T * 8.0) / shard
    if lay.offload_optimizer:
        optim = 0.0
    buffers = (lay.reduce_bucket + lay.allgather_bucket) * w
    if z >= 3:  # a few layers gathered at a time (and prefetched)
        buffers += 2 * 2 * (P / max(1, m.layers)) * w
    return weights, grads, optim, buffers


def _activations(m: ModelShape, lay: Layout) -> float:
    b, s, h = lay.batch, lay.seq, m.hidden
    scale = 1.0 if lay.half else 2.0
    per_layer = 34.0 * b * s * h * scale
    if lay.gradient_checkpointing:
        acts = m.layers * b * s * h * 2.0 * scale + per_layer
    else:
        acts = per_layer * m.layers
    return acts + b * s * m.vocab * ((2.0 if lay.half else 4.0) + 4.0 + 4.0)


def _host(m: ModelShape, lay: Layout, hw: Hardware) -> float:
    """The machine's host memory: runtimes, weights materialised on the host while loading, an offloaded optimizer."""
    if not hw.on_gpu:
        return lay.processes * RUNTIME_HOST
    w = 2.0 if lay.half else 4.0
    # below ZeRO-3 the weights load straight onto each rank's GPU; ZeRO-3 ranks read the memory-mapped
    # checkpoint (one copy in the page cache) and keep their partition
    load = m.params * w if lay.zero == 3 else 0.0
    offloaded = m.trainable * ((8.0 if lay.half else 0.0) + 8.0) if lay.offload_optimizer else 0.0
    offloaded += m.params * w if lay.offload_params else 0.0
    return lay.processes * RUNTIME_HOST + load + offloaded


def estimate(m: ModelShape, lay: Layout, hw: Hardware) -> MemoryEstimate:
    parts = _no_deepspeed(m, lay) if lay.zero is None else _deepspeed(m, lay)
    weights, grads, optim, buffers = parts
    acts = _activations(m, lay)
    total = (weights + grads + optim + acts + buffers) * SLACK + (FIXED_DEVICE if hw.on_gpu else 0.5 * GiB)
    device = f"{hw.gpus} x {hw.name}" if hw.on_gpu else "cpu"
    return MemoryEstimate(
        device=device,
        params=m.params,
        trainable=m.trainable,
        world_size=lay.processes,
        layout=lay.describe(),
        weights=weights,
        gradients=grads,
        optimizer=optim,
        activations=acts,
        buffers=buffers,
        total=total,
        available=hw.gpu_memory,
        host=_host(m, lay, hw),
        host_available=hw.host_memory,
        on_gpu=hw.on_gpu,
    )


def estimate_memory(
    model_config, cfg: TrainConfig, *, hardware: Hardware | None = None, world_size: int | None = None
) -> MemoryEstimate:
    """The estimate of ``cfg`` on ``hardware`` (default: ``target_hardware()``) with ``world_size`` processes."""
    hw = hardware or target_hardware()
    shape = model_shape(model_config, cfg.lora.model_dump() if cfg.lora else None)
    processes = world_size or planned_processes(cfg, hw)
    return estimate(shape, layout_of(cfg, hw, processes, shape.hidden), hw)


def planned_processes(cfg: TrainConfig, hw: Hardware) -> int:
    """``nproc`` as the launcher will read it on ``hw``: auto = one per GPU when there are several."""
    if cfg.nproc == "auto":
        return hw.gpus if hw.gpus > 1 else 1
    return int(cfg.nproc)


# ----------------------------------------------------------------------------- the refusal, with what would fit


def _variant(cfg: TrainConfig, **changes) -> TrainConfig:
    return cfg.model_copy(update=changes)


def _shipped(name: str) -> bool:
    return (DEEPSPEED_DIR / f"{name}.json").is_file()


def alternatives(model_config, shape: ModelShape, cfg: TrainConfig, hw: Hardware, processes: int) -> list[str]:
    """The settings that would fit, each tried alone: more GPUs, ZeRO-3, CPU offload, checkpointing, LoRA."""

    def fits(c: TrainConfig, n: int, h: Hardware = hw) -> bool:
        m = shape if (c.lora is None) == (cfg.lora is None) else model_shape(model_config, c.lora.model_dump())
        return estimate(m, layout_of(c, h, n, m.hidden), h).fits()

    found = []
    if hw.on_gpu:
        sharded = cfg if cfg.deepspeed else _variant(cfg, deepspeed="zero2")
        for n in (n for n in MORE_GPUS if n > processes):
            if fits(sharded, n, dataclasses.replace(hw, gpus=max(n, hw.gpus))):
                how = "" if cfg.deepspeed else " with --deepspeed zero2"
                found.append(f"{n} GPUs{how} (--nproc {n}; a gpu pool with {GPUS_ENV}={n})")
                break
        for name in ("zero3", "zero2-offload"):
            if cfg.deepspeed != name and _shipped(name) and fits(_variant(cfg, deepspeed=name), processes):
                found.append(f"--deepspeed {name}")
    if not cfg.gradient_checkpointing and fits(_variant(cfg, gradient_checkpointing=True), processes):
        found.append("gradient checkpointing (--set gradient_checkpointing=true)")
    if cfg.lora is None:
        from .presets import LoraSettings

        if fits(_variant(cfg, lora=LoraSettings()), processes):
            found.append("--lora")
    return found


def _refusal(cfg: TrainConfig, est: MemoryEstimate, fixes: list[str]) -> str:
    g = lambda x: f"{x / GiB:.1f}"  # noqa: E731
    if not est.fits_device():
        where = "per GPU" if est.on_gpu else "on this machine"
        need = est.total if est.on_gpu else est.total * est.world_size
        what = (
            f"preset {cfg.name!r} needs ~{g(need)} GiB {where} ({est.layout}; weights {g(est.weights)}, "
            f"gradients {g(est.gradients)}, optimizer {g(est.optimizer)}, activations {g(est.activations)}, "
            f"buffers {g(est.buffers)} GiB; {est.params / 1e9:.2f}B params) but {est.device} has {g(est.available)} GiB"
        )
    else:
        what = (
            f"preset {cfg.name!r} needs ~{g(est.host)} GiB of host memory for {est.world_size} process(es) "
            f"({est.layout}) but the machine allows {g(est.host_available)} GiB ({HOST_MEMORY_ENV} or its memory limit)"
        )
    fix = "; fits with: " + ", or ".join(fixes) if fixes else "; nothing simple fits: a larger GPU, or a smaller batch"
    return what + fix + " (--skip-memory-check overrides)"


def check_memory_fit(
    model_config, cfg: TrainConfig, *, hardware: Hardware | None = None, world_size: int | None = None
) -> MemoryEstimate:
    """The estimate, or a one-line ``MemoryFitError`` naming what would fit."""
    hw = hardware or target_hardware()
    shape = model_shape(model_config, cfg.lora.model_dump() if cfg.lora else None)
    processes = world_size or planned_processes(cfg, hw)
    est = estimate(shape, layout_of(cfg, hw, processes, shape.hidden), hw)
    if not est.fits():
        raise MemoryFitError(_refusal(cfg, est, alternatives(model_config, shape, cfg, hw, processes)))
    return est


def format_estimate(est: MemoryEstimate) -> str:
    g = lambda x: f"{x / GiB:.1f}"  # noqa: E731
    where = "per GPU" if est.on_gpu else "per process"
    return (
        f"memory estimate: ~{g(est.total)} GiB {where} of {g(est.available)} on {est.device} ({est.layout}); "
        f"host ~{g(est.host)} of {g(est.host_available)} GiB"
    )


__all__ = [
    "Hardware",
    "Layout",
    "MemoryEstimate",
    "MemoryFitError",
    "ModelShape",
    "check_memory_fit",
    "count_parameters",
    "estimate",
    "estimate_memory",
    "format_estimate",
    "target_hardware",
]
