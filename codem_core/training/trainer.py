"""``train()``: supervised fine-tuning on the HF Trainer (paper section 2.2).

Order of work, so that bad input fails in seconds: preset -> corpus -> model spec -> model
config -> memory-fit estimate -> (only now) tokenizer, weights, Trainer.  Checkpoints go to
``<out>/checkpoints``; a rerun with the same inputs resumes from the latest one, and a run
that already finished returns at once.  The final folder is a normal transformers model
(LoRA adapters are merged; the adapter itself is kept in ``<out>/adapter``) with a model
card (README.md) and ``codem_provenance.json``, written last.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import ConfigError
from ..inputs import check_output_folder
from ..io import read_jsonl, stable_hash, write_json
from .corpus import Corpus, load_corpus
from .memory import check_memory_fit, estimate_memory
from .models import ResolvedModel, load_causal_lm, load_model_config, load_tokenizer, resolve_model
from .presets import TrainConfig, load_preset
from ..provenance import git_commit, package_versions
from .provenance import hardware, write_model_card

PROVENANCE = "codem_provenance.json"
RUN_FILE = "codem_run.json"


@dataclass
class TrainResult:
    out: str
    resumed_from: str | None
    skipped: bool
    metrics: dict = field(default_factory=dict)
    log_history: list[dict] = field(default_factory=list)
    tokens: dict = field(default_factory=dict)


_DIST_VARS = ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")


def ensure_distributed_env() -> list[str]:
    """DeepSpeed without a launcher looks for MPI; a single process declares itself rank 0 of 1.

    Returns the variables it set.  They stay set: DeepSpeed/accelerate keep per-process state
    that expects them.  Child processes spawned afterwards should not inherit them (a
    rendezvous port this process holds).
    """
    if "RANK" in os.environ and "WORLD_SIZE" in os.environ:
        return []
    missing = [v for v in _DIST_VARS if v not in os.environ]
    os.environ.setdefault("RANK", "0")
    os.environ.setdefault("LOCAL_RANK", "0")
    os.environ.setdefault("WORLD_SIZE", "1")
    os.environ.setdefault("MASTER_ADDR", "127.0.0.1")
    if "MASTER_PORT" not in os.environ:
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            os.environ["MASTER_PORT"] = str(s.getsockname()[1])
    return missing


def _precision(cfg: TrainConfig) -> tuple[bool, bool, str]:
    import torch

    if not torch.cuda.is_available():
        return False, False, "fp32 (cpu)"
    if cfg.precision == "fp16":
        return True, False, "fp16"
    if cfg.precision == "bf16":
        return False, True, "bf16"
    return False, False, "fp32"


class _CountingCollator:
    """Wraps a collator and counts real (non-pad) and computed tokens, for throughput."""

    def __init__(self, inner, pad_id: int):
        self.inner = inner
        self.pad_id = pad_id
        self.calls: list[tuple[int, int, int]] = []  # (examples, real tokens, computed tokens) per micro-batch

    def __call__(self, features):
        batch = self.inner(features)
        examples = sum(int(f.get("n_examples", 1)) for f in features)  # a pack holds several
        self.calls.append((examples, sum(len(f["input_ids"]) for f in features), int(batch["input_ids"].numel())))
        return batch

    def totals(self, micro_batches: int) -> tuple[int, int, int]:
        """Sums over the first ``micro_batches`` calls (the data loader may fetch one ahead)."""
        used = self.calls[:micro_batches]
        return sum(c[0] for c in used), sum(c[1] for c in used), sum(c[2] for c in used)


def run_key(cfg: TrainConfig, corpus: Corpus, resolved: ResolvedModel) -> str:
    config = cfg.model_dump()
    if not cfg.packing:  # packing settings do not matter then (and runs keyed before they existed keep their key)
        config.pop("packing_mode", None)
        config.pop("packing_attention", None)
    return stable_hash({"config": config, "corpus": corpus.sha256, "base": {"spec": resolved.spec, "kind": resolved.kind, "source": resolved.source}})


def prepare(corpus: str | Path, base_model: str | None, preset: str = "paper", overrides: dict[str, Any] | None = None, *,
            skip_memory_check: bool = False, languages: list[str] | None = None):
    """The fast checks: everything that can fail before weights load. Returns (cfg, corpus, model, memory)."""
    cfg = load_preset(preset, overrides)
    spec = base_model or cfg.base_model
    if not spec:
        raise ConfigError(f"preset {cfg.name!r} names no base model; pass --base-model")
    data = load_corpus(corpus, languages)
    cfg.deepspeed_config()  # a missing/malformed DeepSpeed file fails here
    resolved = resolve_model(spec)
    model_config = load_model_config(resolved)
    mem = None if skip_memory_check else check_memory_fit(model_config, cfg)
    return cfg, data, resolved, model_config, mem


def train(corpus: str | Path, base_model: str | None, out: str | Path, preset: str = "paper", overrides: dict[str, Any] | None = None, *,
          skip_memory_check: bool = False, force: bool = False, languages: list[str] | None = None,
          log: Callable[[str], None] = print, callbacks: list | None = None) -> TrainResult:
    t0 = time.time()
    # the fine-tuned weights are written into --out: it must not be a file, nor the base model's own folder
    check_output_folder(out, "--out", inputs=[("--base-model", base_model)] if base_model and Path(base_model).exists() else [])
    cfg, data, resolved, model_config, mem = prepare(corpus, base_model, preset, overrides, skip_memory_check=skip_memory_check, languages=languages)
    out = Path(out)
    key = run_key(cfg, data, resolved)
    ckpt_dir = out / "checkpoints"
    prov_path, run_path = out / PROVENANCE, out / RUN_FILE
    if run_path.is_file():
        previous = json.loads(run_path.read_text()).get("run_key")
        if previous != key:
            if not force:
                raise ConfigError(f"{out} holds a different training run (other corpus, model or settings); use another --out or --force")
            shutil.rmtree(ckpt_dir, ignore_errors=True)
            for p in (prov_path, run_path):
                p.unlink(missing_ok=True)
        elif prov_path.is_file() and not force:
            log(f"{out}: already trained with these inputs (codem_provenance.json); nothing to do")
            prov = json.loads(prov_path.read_text())
            return TrainResult(str(out), None, True, prov.get("metrics", {}))
    out.mkdir(parents=True, exist_ok=True)
    write_json(run_path, {"run_key": key, "config": cfg.model_dump(), "corpus": data.summary(), "base_model": resolved.to_dict()})

    import torch
    from transformers import Trainer, TrainingArguments
    from transformers.trainer_utils import get_last_checkpoint

    from .data import ListDataset, PackedCollator, PaddedCollator, pack_examples, tokenize_rows

    tokenizer = load_tokenizer(resolved.path if resolved.kind != "adapter" else json.loads((Path(resolved.path) / "adapter_config.json").read_text())["base_model_name_or_path"])
    examples, stats = tokenize_rows(data.rows, tokenizer, cfg.max_length)
    if not examples:
        raise ConfigError(f"no training example keeps a response token within max_length={cfg.max_length}")
    log(f"corpus: {len(data)} rows -> {stats.examples} examples ({stats.truncated} truncated, {stats.dropped} dropped), {stats.tokens} tokens, longest {stats.max_len}")

    fp16, bf16, precision_used = _precision(cfg)
    ds_config = cfg.deepspeed_config()
    if ds_config is not None:
        ensure_distributed_env()
    else:
        # A DeepSpeed run earlier in this process leaves ACCELERATE_USE_DEEPSPEED=true behind,
        # which would turn this run (and any child process) into a DeepSpeed run.
        for var in [v for v in os.environ if v.startswith("ACCELERATE_DEEPSPEED") or v == "ACCELERATE_USE_DEEPSPEED"]:
            os.environ.pop(var)
    model = load_causal_lm(resolved, dtype=torch.float32)
    model.config.use_cache = False
    if cfg.gradient_checkpointing:
        model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
        if cfg.lora:
            model.enable_input_require_grads()
    if cfg.lora:
        from peft import LoraConfig, get_peft_model

        lcfg = LoraConfig(r=cfg.lora.r, lora_alpha=cfg.lora.alpha, lora_dropout=cfg.lora.dropout,
                          target_modules=cfg.lora.target_modules, task_type="CAUSAL_LM")
        model = get_peft_model(model, lcfg)
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    log(f"model: {resolved.spec} ({resolved.kind}), {total / 1e6:.1f}M params, {trainable / 1e6:.2f}M trainable; precision {precision_used}; deepspeed {cfg.deepspeed or 'off'}; packing {'on' if cfg.packing else 'off'}")

    pad_id = tokenizer.pad_token_id
    features = examples
    loaded_attention = None
    if cfg.packing:
        from .attention import use_packed_attention

        inner = PackedCollator(pad_id)
        loaded_attention = use_packed_attention(model, cfg.packing_attention)
        if cfg.packing_mode == "max_length":
            features = pack_examples(examples, cfg.max_length)
            log(f"packing: {len(examples)} examples -> {len(features)} packs of <= {cfg.max_length} tokens "
                f"({stats.tokens / (len(features) * cfg.max_length):.0%} full); a step sees "
                f"{cfg.per_device_train_batch_size * cfg.gradient_accumulation_steps} packs")
    else:
        inner = PaddedCollator(pad_id, fixed_length=cfg.max_length if cfg.padding == "max_length" else None)
    collator = _CountingCollator(inner, pad_id)
    args = TrainingArguments(
        output_dir=str(ckpt_dir),
        per_device_train_batch_size=cfg.per_device_train_batch_size,
        gradient_accumulation_steps=cfg.gradient_accumulation_steps,
        learning_rate=cfg.learning_rate,
        lr_scheduler_type=cfg.lr_scheduler_type,
        warmup_steps=cfg.warmup_steps,
        num_train_epochs=cfg.num_train_epochs,
        max_steps=cfg.max_steps,
        weight_decay=cfg.weight_decay,
        max_grad_norm=cfg.max_grad_norm,
        logging_steps=cfg.logging_steps,
        save_strategy="steps",
        save_steps=cfg.save_steps,
        save_total_limit=cfg.save_total_limit,
        seed=cfg.seed,
        data_seed=cfg.seed,
        fp16=fp16,
        bf16=bf16,
        deepspeed=ds_config,
        report_to=[],
        remove_unused_columns=False,
        dataloader_num_workers=0,
        disable_tqdm=not os.isatty(2),
        use_cpu=not torch.cuda.is_available(),
    )
    trainer = Trainer(model=model, args=args, train_dataset=ListDataset(features), data_collator=collator,
                      processing_class=tokenizer, callbacks=callbacks or [])
    last = get_last_checkpoint(str(ckpt_dir)) if ckpt_dir.is_dir() else None
    if last:
        log(f"resuming from {last}")
    t_train, cpu_train = time.time(), time.process_time()
    try:
        result = trainer.train(resume_from_checkpoint=last)
    finally:
        world_size = int(os.environ.get("WORLD_SIZE", "1"))
        rank = int(os.environ.get("RANK", "0"))
        if loaded_attention is not None:  # the saved config names the implementation the model was loaded with
            from .attention import restore_attention

            restore_attention(model, loaded_attention)
    train_seconds = time.time() - t_train
    cpu_seconds = time.process_time() - cpu_train  # this process's CPU time: steadier than wall time on a shared machine

    # Save the final model as a normal transformers folder (merged when LoRA).
    if cfg.lora:
        model.save_pretrained(str(out / "adapter"))
        if cfg.lora.merge:
            merged = model.merge_and_unload()
            merged.save_pretrained(str(out))
    else:
        trainer.save_model(str(out))
    tokenizer.save_pretrained(str(out))

    metrics = dict(result.metrics)
    metrics["global_step"] = result.global_step
    metrics["train_loss"] = round(float(result.training_loss), 6)
    steps_run = result.global_step - (int(Path(last).name.split("-")[-1]) if last else 0)
    n_ex, n_real, n_comp = collator.totals(steps_run * cfg.gradient_accumulation_steps)
    tokens = {"real": n_real, "computed": n_comp, "examples_seen": n_ex, "steps": steps_run,
              "seconds": round(train_seconds, 3), "cpu_seconds": round(cpu_seconds, 3),
              "real_tokens_per_s": round(n_real / train_seconds, 2) if train_seconds > 0 else None}
    provenance = {
        "codem_stage": "train",
        "base_model": resolved.to_dict(),
        "corpus": data.summary(),
        "tokens": {**stats.__dict__},
        "config": cfg.model_dump(),
        "deepspeed_config": ds_config,
        "precision_used": precision_used,
        "world_size": world_size,
        "memory_estimate": mem.to_dict() if mem else None,
        "resumed_from": last,
        "metrics": metrics,
        "throughput": tokens,
        "log_history": trainer.state.log_history,
        "versions": package_versions(),
        "git_commit": git_commit(),
        "hardware": hardware(),
        "run_key": key,
        "wall_seconds": round(time.time() - t0, 2),
    }
    if rank == 0:
        write_model_card(out, provenance)
    log(f"trained {result.global_step} steps, loss {metrics['train_loss']}, {tokens['real_tokens_per_s']} tokens/s -> {out}")
    return TrainResult(str(out), last, False, metrics, trainer.state.log_history, tokens)


__all__ = ["train", "prepare", "TrainResult", "ensure_distributed_env", "estimate_memory", "read_jsonl"]
