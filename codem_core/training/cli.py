"""``codem train``: instruction-tune a base model on one corpus (paper section 2.2)."""

from __future__ import annotations

from pathlib import Path

import typer


def _int_option(value: str, option: str) -> int:
    from ..errors import ConfigError

    try:
        return int(value)
    except ValueError:
        raise ConfigError(f"{option} expects 'auto' or a whole number, got {value!r}") from None


def register(app: typer.Typer) -> None:
    @app.command("train")
    def train_cmd(
        corpus: str = typer.Option(
            ...,
            "--corpus",
            help="Corpus: a .jsonl or .json file, a folder of <language>.jsonl files, a datasets "
            "save_to_disk folder, or hub:<owner>/<name>[/<file>][:<split>] (rows with instruction + response or "
            "output; e.g. the CodeM data: hub:Daoguang/CodeM-Multilinugal-Data/python.json).",
        ),
        out: Path = typer.Option(
            ...,
            "--out",
            help="Output folder: the fine-tuned model, checkpoints/, README.md model card, codem_provenance.json.",
        ),
        base_model: str | None = typer.Option(
            None,
            "--base-model",
            help="Hub id, local HF folder, .gguf file, 'smollm2' or 'tiny-gptbigcode' (default: the preset's).",
        ),
        preset: str = typer.Option("paper", "--preset", help="paper | demo | tiny, or a .yaml path."),
        languages: str | None = typer.Option(
            None, "--languages", help="Keep only corpus rows of these languages (comma-separated)."
        ),
        max_steps: int | None = typer.Option(None, "--max-steps", help="Stop after this many optimizer steps."),
        epochs: float | None = typer.Option(None, "--epochs"),
        max_length: int | None = typer.Option(None, "--max-length"),
        batch_size: int | None = typer.Option(None, "--batch-size", help="Per-device batch size."),
        grad_accum: int | None = typer.Option(None, "--grad-accum"),
        learning_rate: float | None = typer.Option(None, "--lr"),
        lora: bool | None = typer.Option(None, "--lora/--no-lora", help="LoRA (peft) instead of a full fine-tune."),
        packing: bool | None = typer.Option(
            None, "--packing/--no-packing", help="Pack each micro-batch into rows without cross-attention."
        ),
        deepspeed: str | None = typer.Option(
            None, "--deepspeed", help="zero2 (shipped), a DeepSpeed .json path, or 'none'."
        ),
        nproc: str | None = typer.Option(
            None,
            "--nproc",
            help="Training processes: 'auto' (one per GPU when there are several; default) "
            "or N (N CPU processes with gloo on a CPU).",
        ),
        report_to: str | None = typer.Option(
            None,
            "--report-to",
            help="Trackers, comma-separated: tensorboard, wandb, mlflow ... or 'none' (default: the preset's).",
        ),
        push_to_hub: str | None = typer.Option(
            None, "--push-to-hub", help="Publish the model and its card to this hub repo (HF_ENDPOINT/HF_TOKEN)."
        ),
        push_corpus_to_hub: str | None = typer.Option(
            None, "--push-corpus-to-hub", help="Publish the corpus as a dataset repo."
        ),
        set_: list[str] | None = typer.Option(None, "--set", help="Override any preset field: --set warmup_steps=10."),
        skip_memory_check: bool = typer.Option(
            False, "--skip-memory-check", help="Train even if the memory estimate says it will not fit."
        ),
        force: bool = typer.Option(False, "--force", help="Retrain even if --out holds a finished or different run."),
        checkpoint_store: str | None = typer.Option(
            None,
            "--checkpoint-store",
            help="Also keep checkpoints in this artifact store (folder or s3://bucket/prefix): a run restarted "
            "on a fresh machine (a preempted pod) resumes from the latest one.",
        ),
    ) -> None:
        """Fine-tune with the paper's Figure 2 prompt (loss on response tokens only)."""
        from ..languages import parse_languages
        from .presets import parse_set_options
        from .trainer import train

        overrides = parse_set_options(set_)
        for key, value in (
            ("max_steps", max_steps),
            ("num_train_epochs", epochs),
            ("max_length", max_length),
            ("per_device_train_batch_size", batch_size),
            ("gradient_accumulation_steps", grad_accum),
            ("learning_rate", learning_rate),
            ("lora", lora),
            ("packing", packing),
        ):
            if value is not None:
                overrides[key] = value
        if nproc is not None:
            overrides["nproc"] = nproc if nproc == "auto" else _int_option(nproc, "--nproc")
        for key, value in (
            ("report_to", report_to),
            ("push_to_hub", push_to_hub),
            ("push_corpus_to_hub", push_corpus_to_hub),
        ):
            if value is not None:
                overrides[key] = value
        if deepspeed is not None:
            overrides["deepspeed"] = None if deepspeed.lower() in ("none", "off", "no", "") else deepspeed
        langs = parse_languages(languages) if languages else None
        ckpt = None
        if checkpoint_store:
            from ..storage import ArtifactStore
            from .checkpoints import store_spec

            ckpt = store_spec(ArtifactStore(checkpoint_store), "checkpoints/train")
        train(
            corpus,
            base_model,
            out,
            preset,
            overrides,
            skip_memory_check=skip_memory_check,
            force=force,
            languages=langs,
            log=lambda m: typer.echo(m, err=True),
            checkpoint_store=ckpt,
        )

    @app.command("model-card")
    def model_card_cmd(
        model: str = typer.Argument(
            ..., help="A fine-tuned model folder, or its key in --store (e.g. models/codem-python)."
        ),
        matrix: Path = typer.Option(
            ..., "--matrix", help="The report's matrix.csv or report.json (pass@1 %, one row per training corpus)."
        ),
        row: str = typer.Option(
            ..., "--row", help="This model's row of the matrix (its training corpus: python, mixed, ...)."
        ),
        store: str | None = typer.Option(None, "--store", help="Artifact store URL when MODEL is a store key."),
    ) -> None:
        """Add this model's pass@1 row from the report to its model card (model-index results)."""
        from .provenance import read_pass_at_1, update_model_card

        row_values = read_pass_at_1(matrix, row)
        art = None
        if store:
            from ..storage import open_store

            art = open_store(store)
        where = update_model_card(model, row_values, store=art)
        typer.echo(
            f"model card: {where} ({', '.join(f'{k} {v}' for k, v in row_values.items() if v is not None)})", err=True
        )
