"""Provenance and the model card written next to every fine-tuned model."""

from __future__ import annotations

import platform
from pathlib import Path

from ..io import atomic_write_text, write_json


def hardware() -> dict:
    info = {"machine": platform.machine(), "platform": platform.platform()}
    try:
        import os

        import torch

        info["cpu_threads"] = torch.get_num_threads()
        info["cpus"] = os.cpu_count()
        if torch.cuda.is_available():
            info["gpus"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    except ImportError:
        pass
    return info


def write_model_card(out: Path, provenance: dict) -> None:
    """README.md (HF model card with front matter) + codem_provenance.json, written last."""
    base = provenance["base_model"]
    cfg = provenance["config"]
    corpus = provenance["corpus"]
    metrics = provenance.get("metrics", {})
    lora = cfg.get("lora")
    langs = ", ".join(f"{k} {v}" for k, v in corpus.get("languages", {}).items())
    base_name = base.get("source", {}).get("hub_id") or base.get("spec")
    lines = [
        "---",
        "library_name: transformers",
        f"base_model: {base_name}",
        "tags: [codem, code, instruction-tuning]",
        "---",
        "",
        f"# CodeM fine-tune of {base_name}",
        "",
        "Instruction-tuned by codem (reproducing CodeM, arXiv 2308.16824) with the paper's",
        "Figure 2 prompt, loss on response tokens only.",
        "",
        "| | |",
        "|---|---|",
        f"| base model | `{base.get('spec')}` ({base.get('kind')}) |",
        f"| corpus | `{corpus.get('path')}`: {corpus.get('rows')} rows ({langs}) |",
        f"| corpus sha256 | `{corpus.get('sha256')}` |",
        f"| preset | `{cfg.get('name')}` |",
        f"| batch x accumulation x devices | {cfg.get('per_device_train_batch_size')} x {cfg.get('gradient_accumulation_steps')} x {provenance.get('world_size', 1)} |",
        f"| learning rate / schedule / warm-up | {cfg.get('learning_rate')} / {cfg.get('lr_scheduler_type')} / {cfg.get('warmup_steps')} steps |",
        f"| epochs / max steps / max length | {cfg.get('num_train_epochs')} / {cfg.get('max_steps')} / {cfg.get('max_length')} |",
        f"| precision / DeepSpeed | {provenance.get('precision_used')} / {cfg.get('deepspeed') or 'no'} |",
        f"| LoRA | {('r=%s alpha=%s dropout=%s targets=%s' % (lora['r'], lora['alpha'], lora['dropout'], lora['target_modules'])) if lora else 'no (full fine-tune)'} |",
        f"| packing | {'yes' if cfg.get('packing') else 'no'} |",
        f"| steps / train loss | {metrics.get('global_step')} / {metrics.get('train_loss')} |",
        f"| seed | {cfg.get('seed')} |",
        f"| codem commit | `{provenance.get('git_commit')}` |",
        "",
        "Versions: " + ", ".join(f"{k} {v}" for k, v in provenance.get("versions", {}).items() if v),
        "",
        "Full provenance (config, corpus files, token statistics, hardware): `codem_provenance.json`.",
        "",
    ]
    write_json(out / "codem_provenance.json", provenance)
    atomic_write_text(out / "README.md", "\n".join(lines))
