"""Training presets: YAML files in ``presets/``, each headed by the command that runs it.

A preset is validated into ``TrainConfig`` (pydantic), so a typo or a wrong type fails with
one line before anything loads.  CLI options override single fields.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from ..errors import ConfigError
from ..inputs import read_text_file

PRESET_DIR = Path(__file__).parent / "presets"
DEEPSPEED_DIR = Path(__file__).parent / "deepspeed"


class LoraSettings(BaseModel):
    model_config = ConfigDict(extra="forbid")
    r: int = Field(16, ge=1)
    alpha: int = Field(32, ge=1)
    dropout: float = Field(0.05, ge=0.0, lt=1.0)
    target_modules: str | list[str] = "all-linear"
    merge: bool = True  # save a merged full model (what vLLM serves) besides the adapter


class TrainConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = "custom"
    description: str = ""
    base_model: str | None = None
    # The hub revision the base model loads at: a 40-hex commit pins it (reproducible); a branch or tag is
    # resolved to its commit at the start (recorded, with a warning); None: ``revisions`` for the base
    # model in use, else main.  ``revisions`` pins each hub model this preset may train (the pipeline's
    # train.base_model can swap the model: the paper-15b preset trains StarCoder 15B with this recipe).
    revision: str | None = None
    revisions: dict[str, str] = Field(default_factory=dict)
    # attention: auto = flash_attention_2 when flash-attn is installed, CUDA is there, the compute dtype is
    # 16-bit and the model supports it; else sdpa (else eager).  Chosen at load, recorded in the provenance.
    attention: Literal["auto", "flash_attention_2", "sdpa", "eager"] = "auto"
    per_device_train_batch_size: int = Field(2, ge=1)
    gradient_accumulation_steps: int = Field(4, ge=1)
    learning_rate: float = Field(2e-5, gt=0)
    lr_scheduler_type: str = "cosine"
    warmup_steps: int = Field(30, ge=0)
    num_train_epochs: float = Field(3, gt=0)
    max_steps: int = -1
    max_length: int = Field(2048, ge=8)
    precision: Literal["fp16", "bf16", "fp32"] = "fp16"
    deepspeed: str | None = None
    gradient_checkpointing: bool = False
    packing: bool = False
    # packing_mode: max_length = whole examples concatenated into packs of up to max_length tokens, a
    # per-device batch counts packs (fewer optimizer steps per epoch); micro_batch = only the
    # micro-batch's own examples flattened into one row (the same examples per step as padding).
    packing_mode: Literal["max_length", "micro_batch"] = "max_length"
    # packing_attention: segments = one causal SDPA per example (codem_core.training.attention; flash
    # varlen when the model runs flash attention); mask = transformers' dense block-diagonal mask.
    packing_attention: Literal["segments", "mask"] = "segments"
    # fused_lm_head: TRL's chunked log-prob LM head (no full logits: less memory for large vocabularies on
    # GPUs); off: transformers' own causal-LM loss over the logits, 1.9x faster on a CPU (make bench-train).
    fused_lm_head: bool = False
    padding: Literal["longest", "max_length"] = (
        "longest"  # without packing: pad to the micro-batch's longest, or to max_length (fixed shapes)
    )
    lora: LoraSettings | None = None
    weight_decay: float = 0.0
    max_grad_norm: float = 1.0
    logging_steps: int = Field(10, ge=1)
    # Checkpoints: every save_steps optimizer steps (auto: the run's steps / saves_per_run), and at least every
    # save_minutes of training when set.  At most save_total_limit are kept, on disk and in the artifact store.
    save_steps: int | Literal["auto"] = 500
    saves_per_run: int = Field(10, ge=1)
    save_minutes: float | None = Field(None, gt=0)
    save_total_limit: int | None = 2
    seed: int = 42
    # Processes: "auto" = one per GPU when the machine has more than one, else a single process;
    # N = N processes (gloo on a CPU: how tests run it).  The global batch is
    # per_device_train_batch_size x gradient_accumulation_steps x processes (the paper's 2 x 4 x GPUs).
    nproc: int | Literal["auto"] = "auto"
    # Experiment tracking: any of tensorboard, wandb, mlflow (transformers' integrations; the package
    # must be installed).  Empty: none.  The run's config and provenance are logged as run parameters.
    report_to: list[str] = Field(default_factory=list)
    # Publish the finished model folder (weights, tokenizer, model card) to this hub repo, and the corpus
    # to this dataset repo (huggingface_hub; HF_ENDPOINT / HF_TOKEN as usual).
    push_to_hub: str | None = None
    push_corpus_to_hub: str | None = None
    hub_private: bool = True

    @field_validator("nproc")
    @classmethod
    def _positive(cls, value):
        if isinstance(value, int) and value < 1:
            raise ValueError("nproc must be >= 1 or 'auto'")
        return value

    @field_validator("save_steps")
    @classmethod
    def _save_steps(cls, value):
        if isinstance(value, int) and value < 1:
            raise ValueError("save_steps must be >= 1 or 'auto'")
        return value

    def revision_for(self, base_model: str | None) -> str | None:
        """The hub revision ``base_model`` loads at: ``revision``, else its entry in ``revisions``, else None (main)."""
        return self.revision or self.revisions.get(str(base_model or ""))

    @field_validator("report_to", mode="before")
    @classmethod
    def _report_list(cls, value):
        if value is None:
            return []
        if isinstance(value, str):
            value = [v.strip() for v in value.split(",")]
        return [v for v in value if v and v != "none"]

    def deepspeed_config(self) -> dict | None:
        """The DeepSpeed JSON (``zero2`` names the shipped file; a path names any other)."""
        if not self.deepspeed:
            return None
        path = Path(self.deepspeed)
        if not path.suffix:
            path = DEEPSPEED_DIR / f"{self.deepspeed}.json"
        if not path.is_file():
            shipped = ", ".join(p.stem for p in sorted(DEEPSPEED_DIR.glob("*.json")))
            raise ConfigError(
                f"deepspeed config {self.deepspeed!r} not found (shipped: {shipped}, or give a .json path)"
            )
        try:
            return json.loads(read_text_file(path, "deepspeed config"))
        except json.JSONDecodeError as exc:
            raise ConfigError(f"{path}: malformed JSON ({exc.msg} at line {exc.lineno})") from None


def available_presets() -> list[str]:
    return sorted(p.stem for p in PRESET_DIR.glob("*.yaml"))


def _first_error(exc: ValidationError, where: str) -> ConfigError:
    err = exc.errors()[0]
    field = ".".join(str(p) for p in err.get("loc", ())) or "(root)"
    return ConfigError(f"{where}: {field}: {err.get('msg')}")


def load_preset(name_or_path: str = "paper", overrides: dict[str, Any] | None = None) -> TrainConfig:
    """Load a shipped preset by name or a YAML file by path, then apply ``overrides``."""
    path = Path(name_or_path)
    if not (path.suffix in (".yaml", ".yml") and path.is_file()):
        path = PRESET_DIR / f"{name_or_path}.yaml"
    if not path.is_file():
        raise ConfigError(
            f"unknown preset {name_or_path!r}; shipped presets: {', '.join(available_presets())} (or a .yaml path)"
        )
    try:
        data = yaml.safe_load(read_text_file(path, "preset")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: malformed YAML ({str(exc).splitlines()[0]})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: a preset must be a YAML mapping")
    for key, value in (overrides or {}).items():
        if value is None and key != "deepspeed":  # None: not given; deepspeed None (--deepspeed none): off
            continue
        if key == "lora" and value is True:
            value = data.get("lora") or {}
        elif key == "lora" and value is False:
            value = None
        data[key] = value
    try:
        return TrainConfig(**data)
    except ValidationError as exc:
        raise _first_error(exc, f"preset {path.stem}") from None


def parse_set_options(items: list[str] | None) -> dict[str, Any]:
    """``--set key=value`` pairs (values parsed as YAML: numbers, booleans, null, lists)."""
    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"--set expects key=value, got {item!r}")
        try:
            out[key.strip()] = yaml.safe_load(raw)
        except yaml.YAMLError:
            out[key.strip()] = raw
    return out
