"""``codem generate``: one greedy answer (or n sampled answers) per benchmark problem, written as samples.jsonl."""

from __future__ import annotations

from pathlib import Path

import typer


def register(app: typer.Typer) -> None:
    @app.command("generate")
    def generate_cmd(
        out: Path = typer.Option(..., "--out", help="samples.jsonl to write (rows: task_id, completion, reply, ...)."),
        model: str | None = typer.Option(
            None,
            "--model",
            help="transformers: a model folder, hub id, .gguf, 'smollm2' or 'tiny-gptbigcode'; "
            "openai: the served model name (default: the first one).",
        ),
        languages: str = typer.Option("all", "--languages", help="Comma-separated evaluation languages, or 'all'."),
        limit: int | None = typer.Option(None, "--limit", help="Only the first N problems of each language."),
        backend: str = typer.Option("transformers", "--backend", help="transformers | openai"),
        base_url: str | None = typer.Option(
            None, "--base-url", help="OpenAI-compatible endpoint, e.g. http://127.0.0.1:8000/v1"
        ),
        api: str = typer.Option(
            "completions", "--api", help="openai backend: completions (Figure 3 prompt as text) | chat"
        ),
        batch_size: int = typer.Option(8, "--batch-size", help="transformers: prompts per batch (left padding)."),
        concurrency: int = typer.Option(8, "--concurrency", help="openai: parallel requests."),
        max_new_tokens: int = typer.Option(512, "--max-new-tokens"),
        dtype: str = typer.Option("auto", "--dtype", help="auto (bf16/fp16 on GPU, fp32 on CPU) | fp32 | bf16 | fp16"),
        data_dir: Path | None = typer.Option(
            None, "--data-dir", help="Benchmark data folder (default: CODEM_DATA_DIR)."
        ),
        resume: bool = typer.Option(
            True, "--resume/--no-resume", help="Skip problems already generated with the same settings."
        ),
        n: int = typer.Option(1, "--n", help="Samples per problem (pass@k); more than 1 needs --temperature > 0."),
        temperature: float = typer.Option(
            0.0,
            "--temperature",
            help="0: greedy (the paper's setting); > 0: sample "
            "(bigcode/MultiPL-E: 0.2 for pass@1 from n=20, 0.8 for pass@10/100 from "
            "n=200).",
        ),
        top_p: float = typer.Option(0.95, "--top-p", help="Nucleus sampling mass when sampling (ignored when greedy)."),
        seed: int = typer.Option(
            0,
            "--seed",
            help="Sampling seed: sample i of a problem is drawn from a seed derived "
            "from (seed, task id, i), so the same seed gives the same samples.",
        ),
    ) -> None:
        """Generate with the paper's Figure 3 prompt (greedy, or n samples per problem) and extract the completions."""
        from .generate import run_generate

        sampling = {"temperature": temperature, "top_p": top_p} if temperature > 0 else {"temperature": temperature}
        rows = run_generate(
            model,
            languages,
            out,
            limit=limit,
            backend=backend,
            data_dir=data_dir,
            resume=resume,
            log=lambda m: typer.echo(m, err=True),
            base_url=base_url,
            api=api,
            batch_size=batch_size,
            concurrency=concurrency,
            max_new_tokens=max_new_tokens,
            dtype=dtype,
            n=n,
            seed=seed,
            **sampling,
        )
        found = sum(1 for r in rows if r["code_found"])
        typer.echo(f"wrote {len(rows)} samples to {out} ({found} with code)")
