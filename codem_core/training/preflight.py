"""The fine-tune stage's pre-flight: what can fail before any work of a pipeline run starts.

* the training preset, and settings that cannot work together;
* the base model: a hub id is resolved on the hub to the commit its revision points at (a gated,
  private or missing model fails here, in one line naming ``HF_TOKEN``, before evolution starts);
* the memory estimate against the GPUs the fine-tunes will run on: this machine's, or the gpu
  pool's as its template declares them (``CODEM_GPUS_PER_WORKER``, ``CODEM_GPU_MEMORY_GIB``;
  the ``codem`` flow sets them from the pool before its pre-flight).  On a CPU machine that
  declares no GPU the estimate is left to the fine-tune's own start (``codem train`` checks it).

``base_identity`` is what keys a fine-tune (and the base model's generations) on the base model
itself: the spec and, for a hub model, the commit.  Resolved once per process.
"""

from __future__ import annotations

import functools
from pathlib import Path

from .memory import check_memory_fit, target_hardware
from .models import ResolvedModel, load_model_config, resolve_model
from .presets import TrainConfig, load_preset
from .trainer import check_combination


def _inspectable(spec: str) -> bool:
    """A base model whose config can be read without building or converting anything (a hub id, an HF folder)."""
    from .models import _HUB_ID

    path = Path(spec).expanduser()
    return (path / "config.json").is_file() or (not path.exists() and bool(_HUB_ID.match(spec)))


@functools.lru_cache(maxsize=16)
def _resolved(spec: str, revision: str | None) -> ResolvedModel:
    return resolve_model(spec, revision=revision)


def base_identity(preset: str, overrides: dict | None, base_model: str | None) -> dict:
    """The base model a fine-tune starts from: its spec and, for a hub model, the commit it resolves to."""
    cfg = load_preset(preset, overrides)
    spec = str(base_model or cfg.base_model or "")
    if not _inspectable(spec) or Path(spec).expanduser().exists():
        return {"spec": spec}
    resolved = _resolved(spec, cfg.revision_for(spec))
    return {"spec": spec, "commit": resolved.revision}


def check_finetune(preset: str, overrides: dict | None, base_model: str | None) -> TrainConfig:
    """Preset, base model (hub access and commit), memory fit on the target GPUs; one line each on failure."""
    from ..errors import ConfigError

    cfg = load_preset(preset, overrides)
    spec = base_model or cfg.base_model
    if not spec:
        raise ConfigError(f"training preset {preset!r} names no base model; set train.base_model")
    check_combination(cfg)
    if not _inspectable(spec):
        return cfg  # tiny-gptbigcode, smollm2, a .gguf: checked when the fine-tune starts
    resolved = _resolved(spec, cfg.revision_for(spec))
    hardware = target_hardware()
    if hardware.on_gpu:
        check_memory_fit(load_model_config(resolved), cfg, hardware=hardware)
    return cfg
