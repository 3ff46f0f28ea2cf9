"""``train()``: supervised fine-tuning with TRL's ``SFTTrainer`` (paper section 2.2).

Order of work, so that bad input fails in seconds: CUDA when required -> preset -> corpus ->
model spec (a hub model resolved to its commit: gated or missing fails here) -> model config ->
memory-fit estimate on this machine's (or the gpu pool's) hardware -> (only now) tokenizer,
weights (in the training dtype, straight onto the rank's GPU), trainer.  Checkpoints go to
``<out>/checkpoints`` (and, given a ``checkpoint_store``, to the artifact store: a fresh working
directory resumes from there, ``checkpoints.py``); a rerun with the same inputs resumes from the
latest one, and a run that already finished returns at once.  The final folder is a normal transformers model
(LoRA adapters are merged; the adapter itself is kept in ``<out>/adapter``) with a model
card (README.md, ``huggingface_hub.ModelCard``) and ``codem_provenance.json``, written last.

Processes: one by default (CPU, one GPU); one per GPU on a machine with several (``nproc:
auto``), or ``nproc: N``.  The calling process then only checks the inputs and launches the
ranks (``launch.py``); each rank runs this same class, and only rank 0 writes the output.
The global batch is per-device batch x accumulation x processes (the paper: 2 x 4 x GPUs).

The data path is TRL's: prompt-completion rows (the Figure 2 prompt, the response + EOS as the
completion), ``completion_only_loss`` (labels -100 on the prompt), best-fit-decreasing packing
with ``position_ids`` restarting per example and its padding-free collator.  codem keeps its
per-example SDPA for packed rows on CPU (``attention.py``): faster than the dense mask.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import devices
from ..errors import ConfigError
from ..inputs import check_output_folder
from ..io import read_jsonl, stable_hash, write_json
from ..provenance import git_commit, package_versions
from . import launch
from .corpus import Corpus, load_corpus
from .memory import check_memory_fit, estimate_memory, format_estimate
from .models import ResolvedModel, load_causal_lm, load_model_config, load_tokenizer, resolve_model
from .presets import TrainConfig, load_preset
from .provenance import hardware, write_model_card

PROVENANCE = "codem_provenance.json"
RUN_FILE = "codem_run.json"
# Settings that change how a run is launched, tracked or published, not what it learns.
_NOT_IN_RUN_KEY = (
    "nproc",
    "report_to",
    "push_to_hub",
    "push_corpus_to_hub",
    "hub_private",
    "saves_per_run",
    "save_minutes",
    "revision",  # the commit it resolves to is in the key (the base model's source)
    "revisions",
)


@dataclass
class TrainResult:
    out: str
    resumed_from: str | None
    skipped: bool
    metrics: dict = field(default_factory=dict)
    log_history: list[dict] = field(default_factory=list)
    tokens: dict = field(default_factory=dict)
    world_size: int = 1
    run_key: str | None = None


_DIST_VARS = ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")


def ensure_distributed_env() -> list[str]:
    """DeepSpeed without a launcher looks for MPI; a single process declares itself rank 0 of 1.

    Returns the variables it set.  They stay set: DeepSpeed/accelerate keep per-process state
    that expects them.  Child processes spawned afterwards should not inherit them (a
    rendezvous port this process holds): ``launch.child_environment`` drops them.
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


def weights_dtype(cfg: TrainConfig, on_gpu: bool):
    """The dtype weights load in: the training dtype wherever nothing needs them in fp32.

    * a CPU, or ``precision: fp32``: fp32;
    * DeepSpeed fp16/bf16: the 16-bit dtype (DeepSpeed keeps its own fp32 master copy in the optimizer);
    * LoRA fp16/bf16: the 16-bit dtype (the base is frozen; peft keeps the adapters in fp32);
    * a full fine-tune on the Trainer's AMP: fp32 (AMP's master weights are the model's own).
    ``memory.py`` counts exactly this.
    """
    import torch

    if not on_gpu or cfg.precision == "fp32":
        return torch.float32
    half = torch.float16 if cfg.precision == "fp16" else torch.bfloat16
    return half if (cfg.deepspeed or cfg.lora) else torch.float32


def zero_stage(ds_config: dict | None) -> int | None:
    if ds_config is None:
        return None
    return int((ds_config.get("zero_optimization") or {}).get("stage", 0))


class _CountingCollator:
    """Wraps a collator and counts examples, real (non-pad) and computed tokens, for throughput."""

    def __init__(self, inner, seq_bounds: bool = False):
        self.inner = inner
        self.seq_bounds = seq_bounds  # codem's segment attention: the boundaries as host ints, once per batch
        self.calls: list[tuple[int, int, int]] = []  # (examples, real tokens, computed tokens) per micro-batch

    def __call__(self, features):
        batch = self.inner(features)
        if self.seq_bounds:
            from .attention import add_seq_bounds

            add_seq_bounds(batch)
        examples = sum(len(f["seq_lengths"]) if "seq_lengths" in f else 1 for f in features)  # a pack holds several
        self.calls.append((examples, sum(len(f["input_ids"]) for f in features), int(batch["input_ids"].numel())))
        return batch

    def totals(self, micro_batches: int) -> tuple[int, int, int]:
        """Sums over the first ``micro_batches`` calls (the data loader may fetch one ahead)."""
        used = self.calls[:micro_batches]
        return sum(c[0] for c in used), sum(c[1] for c in used), sum(c[2] for c in used)


def run_key(cfg: TrainConfig, corpus: Corpus, resolved: ResolvedModel, world_size: int = 1) -> str:
    config = cfg.model_dump(exclude=set(_NOT_IN_RUN_KEY))
    if not cfg.packing:  # packing settings do not matter then (and runs keyed before they existed keep their key)
        config.pop("packing_mode", None)
        config.pop("packing_attention", None)
    if not cfg.fused_lm_head:  # the default loss, as before the setting existed
        config.pop("fused_lm_head", None)
    if cfg.attention == "auto":  # the default, as before the setting existed
        config.pop("attention", None)
    key: dict[str, Any] = {
        "config": config,
        "corpus": corpus.sha256,
        "base": {"spec": resolved.spec, "kind": resolved.kind, "source": resolved.source},
    }
    if (
        world_size != 1
    ):  # the global batch grows with the processes: another run (single-process keys stay as they were)
        key["world_size"] = world_size
    return stable_hash(key)


def prepare(
    corpus: str | Path,
    base_model: str | None,
    preset: str = "paper",
    overrides: dict[str, Any] | None = None,
    *,
    skip_memory_check: bool = False,
    languages: list[str] | None = None,
    world_size: int | None = None,
):
    """The fast checks: everything that can fail before weights load. Returns (cfg, corpus, model, config, memory).

    The memory estimate is for this machine's GPUs (the rank's own device), else the gpu pool's settings
    (``CODEM_GPUS_PER_WORKER``/``CODEM_GPU_MEMORY_GIB``), else this CPU: ``memory.target_hardware``."""
    from .tracking import check_report_to

    cfg = load_preset(preset, overrides)
    spec = base_model or cfg.base_model
    if not spec:
        raise ConfigError(f"preset {cfg.name!r} names no base model; pass --base-model")
    check_report_to(cfg.report_to)
    data = load_corpus(corpus, languages)
    check_combination(cfg)
    resolved = resolve_model(spec, revision=cfg.revision_for(spec))
    model_config = load_model_config(resolved)
    mem = None if skip_memory_check else check_memory_fit(model_config, cfg, world_size=world_size)
    return cfg, data, resolved, model_config, mem


def check_combination(cfg: TrainConfig) -> None:
    """Settings that cannot work together (a missing/malformed DeepSpeed file fails here too)."""
    if zero_stage(cfg.deepspeed_config()) == 3 and cfg.lora and cfg.lora.merge:
        raise ConfigError(
            "LoRA with ZeRO-3 cannot merge the adapters (the base weights are partitioned): "
            "use --deepspeed zero2, or --set lora.merge=false"
        )


def train(
    corpus: str | Path,
    base_model: str | None,
    out: str | Path,
    preset: str = "paper",
    overrides: dict[str, Any] | None = None,
    *,
    skip_memory_check: bool = False,
    force: bool = False,
    languages: list[str] | None = None,
    log: Callable[[str], None] = print,
    callbacks: list | None = None,
    checkpoint_store: dict | None = None,
) -> TrainResult:
    """Fine-tune ``base_model`` on ``corpus`` into ``out`` (launching one process per GPU when the preset asks).

    ``checkpoint_store`` (``checkpoints.store_spec``): where checkpoints are also kept, so that a run restarted
    in a fresh working directory (a preempted pod) resumes from the latest one."""
    return FineTune(
        corpus,
        base_model,
        out,
        preset,
        overrides,
        skip_memory_check=skip_memory_check,
        force=force,
        languages=languages,
        log=log,
        callbacks=callbacks,
        checkpoint_store=checkpoint_store,
    ).run()


def sft_trainer_class(fused_lm_head: bool):
    """TRL's ``SFTTrainer``, or (default) the same with transformers' own causal-LM loss.

    SFTTrainer 1.x always scores tokens through its fused, chunked log-prob LM head, which on a CPU
    projects every position (the compact path needs Triton) and recomputes the head in the backward:
    0.53x the real tokens per CPU-second of the plain logits loss on the bench model (``make bench-train``).  Its
    documented extension point is overriding ``compute_loss``; the loss is the same mean over the
    supervised tokens of the whole accumulated batch (``num_items_in_batch``), across ranks.
    """
    from transformers import Trainer
    from trl import SFTTrainer

    if fused_lm_head:
        return SFTTrainer

    class CodemSFTTrainer(SFTTrainer):
        def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
            inputs["use_cache"] = False  # with a cache, transformers skips packed-sequence detection
            return Trainer.compute_loss(
                self, model, inputs, return_outputs=return_outputs, num_items_in_batch=num_items_in_batch
            )

    return CodemSFTTrainer


class FineTune:
    """One fine-tune, in named phases: check -> claim the output -> (launch | load -> fit -> save)."""

    def __init__(
        self,
        corpus,
        base_model,
        out,
        preset="paper",
        overrides=None,
        *,
        skip_memory_check=False,
        force=False,
        languages=None,
        log: Callable[[str], None] = print,
        callbacks: list | None = None,
        checkpoint_store: dict | None = None,
    ):
        self.call = {
            "corpus": str(corpus),
            "base_model": base_model,
            "out": str(out),
            "preset": preset,
            "overrides": dict(overrides or {}),
            "skip_memory_check": skip_memory_check,
            "languages": languages,
            "checkpoint_store": checkpoint_store,
        }
        self.out = Path(out)
        self.force = force
        self.log = log
        self.callbacks = callbacks or []
        ranked = launch.launched_rank()
        self.launched = ranked is not None
        self.rank, self.local_rank, self.world_size = ranked or (0, 0, 1)
        self.t0 = time.time()

    @property
    def is_main(self) -> bool:
        return self.rank == 0

    def run(self) -> TrainResult:
        # the fine-tuned weights are written into --out: it must not be a file, nor the base model's own folder
        base = self.call["base_model"]
        check_output_folder(self.out, "--out", inputs=[("--base-model", base)] if base and Path(base).exists() else [])
        if self.launched:  # a rank (ours, or an external torchrun's): its own GPU before any CUDA query
            launch.select_device(self.local_rank)
        devices.require_cuda("training")  # a gpu-pool run without CUDA refuses instead of crawling on the CPU
        if not self.launched:
            cfg = load_preset(self.call["preset"], self.call["overrides"])
            self.world_size = launch.plan_processes(cfg.nproc)
        self.check()
        done = self.claim_output()
        if done is not None:
            return done
        self.restore_checkpoint()
        self.announce()
        if not self.launched and self.world_size > 1:
            return self.launch()
        self.load()
        self.build_trainer()
        self.fit()
        return self.save()

    # ------------------------------------------------------------------ phases

    def check(self) -> None:
        c = self.call
        self.cfg, self.data, self.resolved, self.model_config, self.mem = prepare(
            c["corpus"],
            c["base_model"],
            c["preset"],
            c["overrides"],
            skip_memory_check=c["skip_memory_check"],
            languages=c["languages"],
            world_size=self.world_size,
        )
        self.key = run_key(self.cfg, self.data, self.resolved, self.world_size)
        cfg = self.cfg
        self.global_batch = cfg.per_device_train_batch_size * cfg.gradient_accumulation_steps * self.world_size

    def announce(self) -> None:
        """The memory estimate and an unpinned hub model, once per run: by the calling process, not again by
        the ranks it launches (an external torchrun's rank 0 says it), and only once the folder is ours."""
        if self.launched and (not self.is_main or launch.WORKER_FLAG in os.environ):
            return
        if self.mem is not None:
            self.log(format_estimate(self.mem))
        if self.resolved.kind == "hub" and not self.resolved.source.get("pinned"):
            self.log(
                f"warning: base model {self.resolved.spec} is not pinned (revision "
                f"{self.resolved.source.get('revision') or 'main'} -> {self.resolved.revision}); for a reproducible "
                f"run set revision: {self.resolved.revision} in the preset (or --set revision=...)"
            )

    def restore_checkpoint(self) -> None:
        """The latest checkpoint in the store, into a working directory that has none as recent (a new pod)."""
        spec = self.call.get("checkpoint_store")
        self.ckpt_store = None
        if not spec:
            return
        from .checkpoints import CheckpointStore

        self.ckpt_store = CheckpointStore.from_spec(spec, self.key)
        if not self.launched:  # the launcher fetches it once for all its ranks
            self.ckpt_store.download_latest(self.out / "checkpoints", self.log)

    def claim_output(self) -> TrainResult | None:
        """Refuse another run's folder, return a finished run, or record this run's key (rank 0)."""
        out, ckpt_dir = self.out, self.out / "checkpoints"
        prov_path, run_path = out / PROVENANCE, out / RUN_FILE
        if run_path.is_file():
            previous = json.loads(run_path.read_text())
            if previous.get("run_key") != self.key:
                if not self.force:
                    raise ConfigError(self._refusal(previous))
                if self.is_main and not self.launched:  # a launcher cleans up before its ranks start
                    shutil.rmtree(ckpt_dir, ignore_errors=True)
                    for p in (prov_path, run_path):
                        p.unlink(missing_ok=True)
            elif prov_path.is_file():
                if not self.force:
                    prov = json.loads(prov_path.read_text())
                    publishing = self.is_main and (self.cfg.push_to_hub or self.cfg.push_corpus_to_hub)
                    self.log(
                        f"{out}: already trained with these inputs (codem_provenance.json); "
                        + ("publishing it" if publishing else "nothing to do")
                    )
                    if publishing:  # an earlier publish may have failed (hub down): uploads are idempotent
                        from .hub import publish

                        publish(out, prov, self.cfg, self.data, log=self.log)
                    return TrainResult(
                        str(out), None, True, prov.get("metrics", {}), world_size=prov.get("world_size", 1)
                    )
                if not self.launched:
                    prov_path.unlink()
        if self.is_main:
            out.mkdir(parents=True, exist_ok=True)
            write_json(
                run_path,
                {
                    "run_key": self.key,
                    "world_size": self.world_size,
                    "global_batch": self.global_batch,
                    "config": self.cfg.model_dump(),
                    "corpus": self.data.summary(),
                    "base_model": self.resolved.to_dict(),
                },
            )
        return None

    def _refusal(self, previous: dict) -> str:
        """One line: why this folder is not ours.  A checkpoint of another process count is not resumed (see docs)."""
        theirs = int(previous.get("world_size", 1))
        if theirs != self.world_size and previous.get("run_key") == run_key(self.cfg, self.data, self.resolved, theirs):
            return (
                f"{self.out} holds a run of {theirs} training process(es) "
                f"(global batch {previous.get('global_batch', '?')}); "
                f"this one has {self.world_size} (global batch {self.global_batch}): resume it with --nproc {theirs}, "
                "or use another --out or --force"
            )
        return (
            f"{self.out} holds a different training run (other corpus, model or settings); use another --out or --force"
        )

    def launch(self) -> TrainResult:
        cfg = self.cfg
        self.log(
            f"global batch {self.global_batch} = {cfg.per_device_train_batch_size} per device x "
            f"{cfg.gradient_accumulation_steps} accumulation x {self.world_size} processes"
        )
        call = {**self.call, "force": False}  # the launcher already cleared what --force replaces
        result = launch.launch(call, self.out, self.world_size, self.log)
        return TrainResult(**result)

    def load(self) -> None:
        """Tokenizer, the model (LoRA-wrapped when asked), the packed attention."""
        cfg, resolved = self.cfg, self.resolved
        tok_path = (
            resolved.path
            if resolved.kind != "adapter"
            else json.loads((Path(resolved.path) / "adapter_config.json").read_text())["base_model_name_or_path"]
        )
        self.tokenizer = load_tokenizer(tok_path, **resolved.load_kwargs())
        self.fp16, self.bf16, self.precision_used = _precision(cfg)
        self.ds_config = cfg.deepspeed_config()
        if self.ds_config is not None:
            ensure_distributed_env()
        else:
            # A DeepSpeed run earlier in this process leaves ACCELERATE_USE_DEEPSPEED=true behind,
            # which would turn this run (and any child process) into a DeepSpeed run.
            for var in [
                v for v in os.environ if v.startswith("ACCELERATE_DEEPSPEED") or v == "ACCELERATE_USE_DEEPSPEED"
            ]:
                os.environ.pop(var)
        # the arguments first: under ZeRO-3 their DeepSpeed config makes from_pretrained partition the weights
        self.args = self._sft_config()
        model = self._load_weights()
        model.config.use_cache = False
        if cfg.gradient_checkpointing:
            model.gradient_checkpointing_enable(gradient_checkpointing_kwargs={"use_reentrant": False})
            if cfg.lora:
                model.enable_input_require_grads()
        if cfg.lora:
            from peft import LoraConfig, get_peft_model

            lcfg = LoraConfig(
                r=cfg.lora.r,
                lora_alpha=cfg.lora.alpha,
                lora_dropout=cfg.lora.dropout,
                target_modules=cfg.lora.target_modules,
                task_type="CAUSAL_LM",
            )
            model = get_peft_model(model, lcfg)
        self.loaded_attention = None
        if cfg.packing:
            from .attention import use_packed_attention

            self.loaded_attention = use_packed_attention(model, cfg.packing_attention)
        self.model = model
        self.segment_attention = self.loaded_attention is not None and not str(self.attention).startswith("flash")
        trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
        total = sum(p.numel() for p in model.parameters())
        self.log(
            f"model: {resolved.spec} ({resolved.kind}), {total / 1e6:.1f}M params, {trainable / 1e6:.2f}M trainable; "
            f"precision {self.precision_used}; deepspeed {cfg.deepspeed or 'off'}; "
            f"packing {'on' if cfg.packing else 'off'}; "
            f"global batch {self.global_batch} = {cfg.per_device_train_batch_size} x {cfg.gradient_accumulation_steps} "
            f"x {self.world_size} "
            f"process{'es' if self.world_size > 1 else ''}"
        )

    def _load_weights(self):
        """The weights in the training dtype, with the chosen attention, onto this rank's GPU (below ZeRO-3)."""
        import torch

        from .attention import causal_lm_class, choose_attention

        cfg, on_gpu = self.cfg, torch.cuda.is_available()
        self.weights_dtype = weights_dtype(cfg, on_gpu)
        half = on_gpu and cfg.precision in ("fp16", "bf16")
        self.attention, self.attention_why = choose_attention(
            cfg.attention, causal_lm_class(self.model_config), half=half
        )
        kwargs: dict[str, Any] = {"attn_implementation": self.attention}
        if on_gpu and (zero_stage(self.ds_config) or 0) < 3:  # no full copy of the weights on the host per rank
            kwargs["device_map"] = {"": f"cuda:{self.local_rank}"}
        dtype = str(self.weights_dtype).replace("torch.", "")
        self.log(devices.describe(devices.gpu_report(self.local_rank) if on_gpu else None, dtype))
        self.log(f"attention: {self.attention} ({self.attention_why})")
        return load_causal_lm(self.resolved, dtype=self.weights_dtype, **kwargs)

    def build_trainer(self) -> None:
        from .data import prompt_completion_dataset, token_stats
        from .tracking import RunParamsCallback

        cfg = self.cfg
        params = RunParamsCallback(self._run_params())
        self.trainer = sft_trainer_class(cfg.fused_lm_head)(
            model=self.model,
            args=self.args,
            train_dataset=prompt_completion_dataset(self.data.rows),
            processing_class=self.tokenizer,
            data_collator=self._micro_batch_collator(),
            callbacks=[params, *self._checkpoint_callbacks(), *self.callbacks],
        )
        params.trainer_callbacks = self.trainer.callback_handler.callbacks
        for (
            cb
        ) in params.trainer_callbacks:  # TensorBoard events in OUT/runs (transformers' default: under checkpoints/)
            if type(cb).__name__ == "TensorBoardCallback" and getattr(cb, "logging_dir", None) is None:
                cb.logging_dir = str(self.out / "runs")
        self.stats = token_stats(self.trainer.train_dataset, len(self.data), cfg.max_length)
        if not self.stats.examples:
            raise ConfigError(f"no training example keeps a response token within max_length={cfg.max_length}")
        s = self.stats
        self.log(
            f"corpus: {len(self.data)} rows -> {s.examples} examples "
            f"({s.truncated} at max_length, {s.dropped} dropped), "
            f"{s.tokens} tokens, longest {s.max_len}"
        )
        if cfg.packing and cfg.packing_mode == "max_length":
            packs = len(self.trainer.train_dataset)
            self.log(
                f"packing: {s.examples} examples -> {packs} packs of <= {cfg.max_length} tokens "
                f"({s.tokens / (packs * cfg.max_length):.0%} full); a step sees {self.global_batch} packs"
            )
        self.collator = _CountingCollator(self.trainer.data_collator, seq_bounds=self.segment_attention)
        self.trainer.data_collator = self.collator
        self._schedule_saves()

    def _checkpoint_callbacks(self) -> list:
        from .checkpoints import CheckpointStore, SaveEveryMinutes, StoreCheckpoints

        callbacks: list = []
        if getattr(self, "ckpt_store", None) is None and self.call.get("checkpoint_store"):
            self.ckpt_store = CheckpointStore.from_spec(self.call["checkpoint_store"], self.key)
        self.uploader = StoreCheckpoints(self.ckpt_store, self.log) if getattr(self, "ckpt_store", None) else None
        if self.uploader is not None:
            callbacks.append(self.uploader)
        if self.cfg.save_minutes:
            callbacks.append(SaveEveryMinutes(self.cfg.save_minutes))
        return callbacks

    def _schedule_saves(self) -> None:
        """``save_steps: auto``: about ``saves_per_run`` checkpoints over this run's optimizer steps."""
        from .checkpoints import derived_save_steps

        cfg = self.cfg
        if cfg.save_steps == "auto":
            self.trainer.args.save_steps = derived_save_steps(
                len(self.trainer.train_dataset),
                cfg.per_device_train_batch_size,
                cfg.gradient_accumulation_steps,
                self.world_size,
                cfg.num_train_epochs,
                cfg.max_steps,
                cfg.saves_per_run,
            )
        where = f"; kept in {self.ckpt_store.store.url_for(self.ckpt_store.prefix)}" if self.uploader else ""
        minutes = f", and at least every {cfg.save_minutes:g} min" if cfg.save_minutes else ""
        self.log(f"checkpoints: every {self.trainer.args.save_steps} steps{minutes}{where}")

    def _sft_config(self):
        import torch
        from trl import SFTConfig

        cfg = self.cfg
        packs = cfg.packing and cfg.packing_mode == "max_length"
        return SFTConfig(
            output_dir=str(self.out / "checkpoints"),
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
            save_steps=cfg.save_steps if cfg.save_steps != "auto" else 500,  # auto: set once the data is known
            save_total_limit=cfg.save_total_limit,
            seed=cfg.seed,
            data_seed=cfg.seed,
            fp16=self.fp16,
            bf16=self.bf16,
            gradient_checkpointing=False,  # done on the model itself (load), with use_reentrant=False
            deepspeed=self.ds_config,
            report_to=list(cfg.report_to),
            run_name=self.out.name,
            dataloader_num_workers=0,
            disable_tqdm=not os.isatty(2),
            use_cpu=not torch.cuda.is_available(),
            ddp_backend="gloo" if self.world_size > 1 and not torch.cuda.is_available() else None,
            # TRL's data path: the Figure 2 prompt is the "prompt", the response the "completion" (+ EOS)
            max_length=cfg.max_length,
            completion_only_loss=True,
            packing=packs,
            packing_strategy="bfd",
            padding_free=packs,
            # padding: max_length (fixed shapes) = pad every micro-batch to a multiple of max_length, i.e. to it
            pad_to_multiple_of=cfg.max_length if cfg.padding == "max_length" and not cfg.packing else None,
            dataset_num_proc=None,
        )

    def _micro_batch_collator(self):
        """``packing_mode: micro_batch``: each micro-batch's own examples flattened into one row (TRL's
        padding-free)."""
        cfg = self.cfg
        if not (cfg.packing and cfg.packing_mode == "micro_batch"):
            return None  # TRL's own: padded, or padding-free over packs
        from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

        return DataCollatorForLanguageModeling(pad_token_id=self.tokenizer.pad_token_id, padding_free=True)

    def fit(self) -> None:
        from transformers.trainer_utils import get_last_checkpoint

        ckpt_dir = self.out / "checkpoints"
        self.last = get_last_checkpoint(str(ckpt_dir)) if ckpt_dir.is_dir() else None
        if self.last:
            self.log(f"resuming from {self.last}")
        t_train, cpu_train = time.time(), time.process_time()
        try:
            self.result = self.trainer.train(resume_from_checkpoint=self.last)
        finally:
            if self.loaded_attention is not None:  # the saved config names the implementation the model was loaded with
                from .attention import restore_attention

                restore_attention(self.model, self.loaded_attention)
        self.train_seconds = time.time() - t_train
        self.cpu_seconds = (
            time.process_time() - cpu_train
        )  # this process's CPU time: steadier than wall time on a shared machine

    def save(self) -> TrainResult:
        """The model folder (every rank takes part: DeepSpeed gathers), then rank 0 writes provenance and card."""
        cfg, out, trainer = self.cfg, self.out, self.trainer
        if cfg.lora:
            if self.is_main:
                self.model.save_pretrained(str(out / "adapter"))
                if cfg.lora.merge:
                    self.model.merge_and_unload().save_pretrained(str(out))
        else:
            trainer.save_model(str(out))
        if self.is_main:
            self.tokenizer.save_pretrained(str(out))
        result = self.result
        metrics = dict(result.metrics)
        metrics["global_step"] = result.global_step
        metrics["train_loss"] = round(float(result.training_loss), 6)
        tokens = self._throughput(result.global_step)  # a collective: every rank
        # The other ranks are done once the weights are saved; rank 0 alone writes the card and publishes
        # (an upload may outlast a collective's timeout, so nobody waits for it at a barrier).
        trainer.accelerator.wait_for_everyone()
        provenance = self._provenance(metrics, tokens)
        if self.is_main:
            write_model_card(out, provenance)
            if cfg.push_to_hub or cfg.push_corpus_to_hub:
                from .hub import publish

                publish(out, provenance, cfg, self.data, log=self.log)
        self.log(
            f"trained {result.global_step} steps, loss {metrics['train_loss']}, {tokens['real_tokens_per_s']} tokens/s "
            f"(global batch {self.global_batch}, {self.world_size} process{'es' if self.world_size > 1 else ''}) "
            f"-> {out}"
        )
        return TrainResult(
            str(out), self.last, False, metrics, trainer.state.log_history, tokens, self.world_size, self.key
        )

    # ------------------------------------------------------------------ records

    def _throughput(self, global_step: int) -> dict:
        """Examples and tokens this run trained on, summed over the ranks."""
        steps_run = global_step - (int(Path(self.last).name.split("-")[-1]) if self.last else 0)
        counts = list(self.collator.totals(steps_run * self.cfg.gradient_accumulation_steps))
        if self.world_size > 1:
            import torch

            t = torch.tensor(counts, dtype=torch.int64, device=self.trainer.accelerator.device)
            counts = self.trainer.accelerator.reduce(t, reduction="sum").tolist()
        n_ex, n_real, n_comp = counts
        secs = self.train_seconds
        return {
            "real": n_real,
            "computed": n_comp,
            "examples_seen": n_ex,
            "steps": steps_run,
            "seconds": round(secs, 3),
            "cpu_seconds": round(self.cpu_seconds, 3),
            "real_tokens_per_s": round(n_real / secs, 2) if secs > 0 else None,
        }

    def _device_report(self) -> dict | None:
        report = devices.gpu_report(self.local_rank) if devices.cuda_available() else None
        return report.to_dict() if report else None

    def _checkpoint_record(self) -> dict:
        up = getattr(self, "uploader", None)
        return {
            "save_steps": self.trainer.args.save_steps,
            "save_minutes": self.cfg.save_minutes,
            "store": self.ckpt_store.store.url_for(self.ckpt_store.prefix) if up else None,
            "uploaded": list(up.uploaded) if up else [],
            "failed_uploads": list(up.failed) if up else [],
        }

    def _run_params(self) -> dict:
        """What a tracker records for the run (before it starts): config, corpus, base model, batch layout."""
        return {
            "config": self.cfg.model_dump(),
            "corpus": self.data.summary(),
            "base_model": self.resolved.to_dict(),
            "world_size": self.world_size,
            "global_batch": self.global_batch,
            "run_key": self.key,
            "git_commit": git_commit(),
            "versions": package_versions(),
        }

    def _provenance(self, metrics: dict, tokens: dict) -> dict:
        cfg = self.cfg
        return {
            "codem_stage": "train",
            "base_model": self.resolved.to_dict(),
            "corpus": self.data.summary(),
            "tokens": {**self.stats.__dict__},
            "config": cfg.model_dump(),
            "deepspeed_config": self.ds_config,
            "precision_used": self.precision_used,
            "world_size": self.world_size,
            "global_batch": {
                "per_device": cfg.per_device_train_batch_size,
                "accumulation": cfg.gradient_accumulation_steps,
                "processes": self.world_size,
                "global": self.global_batch,
            },
            "trainer": "trl.SFTTrainer",
            "weights_dtype": str(self.weights_dtype).replace("torch.", ""),
            "attention": {
                "implementation": self.attention,
                "why": self.attention_why,
                "packed_rows": "codem_segment_sdpa" if self.segment_attention else None,
            },
            "device": self._device_report(),
            "checkpoints": self._checkpoint_record(),
            "memory_estimate": self.mem.to_dict() if self.mem else None,
            "resumed_from": self.last,
            "metrics": metrics,
            "throughput": tokens,
            "log_history": self.trainer.state.log_history,
            "versions": package_versions(),
            "git_commit": git_commit(),
            "hardware": hardware(),
            "run_key": self.key,
            "wall_seconds": round(time.time() - self.t0, 2),
        }


__all__ = ["train", "prepare", "FineTune", "TrainResult", "ensure_distributed_env", "estimate_memory", "read_jsonl"]
