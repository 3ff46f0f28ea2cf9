"""``codem evolve``: build the 8 language corpora + Mixed with a teacher model."""

from __future__ import annotations

import json
from pathlib import Path

import typer

DEFAULT_TEACHER_URL = "http://127.0.0.1:8080/v1"


def register(app: typer.Typer) -> None:
    @app.command("evolve")
    def evolve(
        languages: str = typer.Option(
            "all",
            "--languages",
            "-l",
            help="Comma-separated corpora: python,javascript,typescript,c,cpp,java,go,html (or all).",
        ),
        per_language: int = typer.Option(
            ..., "--per-language", "-n", help="Seeds evolved per language (the paper: ~9K)."
        ),
        out: Path | None = typer.Option(None, "--out", "-o", help="Output folder (replaced atomically at the end)."),
        teacher_url: str = typer.Option(
            DEFAULT_TEACHER_URL, "--teacher-url", envvar="CODEM_TEACHER_URL", help="OpenAI-compatible base URL."
        ),
        teacher_model: str = typer.Option(
            "smollm2-135m-instruct",
            "--teacher-model",
            envvar="CODEM_TEACHER_MODEL",
            help="Teacher model name (gpt-3.5-turbo in the paper).",
        ),
        api_key: str | None = typer.Option(
            None,
            "--api-key",
            envvar=["CODEM_TEACHER_API_KEY", "OPENAI_API_KEY"],
            show_default=False,
            help="Teacher API key.",
        ),
        local_teacher: bool = typer.Option(
            False,
            "--local-teacher",
            help="Start the embedded llama.cpp teacher (SmolLM2-135M) on loopback for this run.",
        ),
        concurrency: int = typer.Option(4, "--concurrency", "-c", help="Teacher requests in flight."),
        timeout: float = typer.Option(120.0, "--timeout", help="Seconds per teacher request attempt."),
        max_attempts: int = typer.Option(
            8, "--max-attempts", help="Attempts per request (retries on 429/5xx/timeouts/drops)."
        ),
        seed: int = typer.Option(42, "--seed", help="Seed for sampling seeds, operations and Mixed shares."),
        seeds: str = typer.Option(
            "auto",
            "--seeds",
            help="hub (CodeAlpaca-20K, the paper's) | hub:<owner>/<name>[/<file>][:<split>] | "
            "local:<path> (a CodeAlpaca JSON/JSONL file) | auto (a CodeAlpaca file in CODEM_DATA_DIR, else the hub).",
        ),
        allow_fewer_seeds: bool = typer.Option(
            False,
            "--allow-fewer-seeds",
            help="Evolve what the filtered seed pool holds when it is smaller than "
            "--per-language (default: fail before any request).",
        ),
        evolve_max_tokens: int = typer.Option(512, "--evolve-max-tokens"),
        answer_max_tokens: int = typer.Option(1024, "--answer-max-tokens"),
        evolve_temperature: float = typer.Option(0.7, "--evolve-temperature"),
        answer_temperature: float = typer.Option(0.2, "--answer-temperature"),
        cache_dir: Path | None = typer.Option(
            None, "--cache-dir", help="Response cache (default $CODEM_HOME/teacher-cache)."
        ),
        templates: str | None = typer.Option(
            None,
            "--templates",
            help="evol-instruct (default: WizardLM's prompts) | compact (short prompts for a small local teacher) "
            "| a folder with depth/breadth/answer.yaml.",
        ),
        decontaminate: bool = typer.Option(True, "--decontaminate/--no-decontaminate"),
        mixed: bool = typer.Option(True, "--mixed/--no-mixed"),
        price_in: float | None = typer.Option(
            None, "--price-in", help="USD per 1M prompt tokens (overrides prices.yaml)."
        ),
        price_out: float | None = typer.Option(None, "--price-out", help="USD per 1M completion tokens."),
        dry_run: bool = typer.Option(
            False,
            "--dry-run",
            help="Print the requests, tokens and cost the run would spend; send nothing, write nothing.",
        ),
        show_requests: bool = typer.Option(
            False, "--show-requests", help="With --dry-run: list every request it would send."
        ),
        as_json: bool = typer.Option(False, "--json", help="Print the report (or dry-run estimate) as JSON."),
    ) -> None:
        """Evolve CodeAlpaca seeds into per-language instruction corpora (CodeM section 2.1)."""
        from ..errors import ConfigError
        from .cleaning import CleaningConfig
        from .pipeline import GenerationParams
        from .run import EvolveOptions, run_evolve
        from .run import dry_run as do_dry_run
        from .teacher import TeacherConfig

        if (price_in is None) != (price_out is None):
            raise ConfigError("--price-in and --price-out go together")
        params = GenerationParams(evolve_max_tokens, answer_max_tokens, evolve_temperature, answer_temperature)

        def options(url: str, model: str, key: str | None) -> EvolveOptions:
            return EvolveOptions(
                languages=languages,
                per_language=per_language,
                out=out,
                teacher=TeacherConfig(
                    base_url=url,
                    model=model,
                    api_key=key or "sk-no-key-required",
                    concurrency=concurrency,
                    timeout=timeout,
                    max_attempts=max_attempts,
                ),
                seed=seed,
                seeds_source=seeds,
                allow_fewer_seeds=allow_fewer_seeds,
                params=params,
                cleaning=CleaningConfig(),
                templates_dir=str(templates) if templates else None,
                cache_dir=cache_dir,
                decontaminate=decontaminate,
                mixed=mixed,
                price_override=(price_in, price_out) if price_in is not None else None,
            )

        if dry_run:
            model = teacher_model
            if local_teacher:
                from .local_teacher import LOCAL_MODEL_ALIAS

                model = LOCAL_MODEL_ALIAS
            est = do_dry_run(options(teacher_url, model, api_key))
            _print_estimate(est, as_json, show_requests)
            return
        if local_teacher:
            from .local_teacher import LocalTeacherServer
            from .run import prepare

            opts = options(teacher_url, teacher_model, api_key)
            prepare(opts)  # fail fast on bad input before spending a minute starting the server
            with LocalTeacherServer() as server:
                report = run_evolve(options(server.base_url, server.model, None))
        else:
            report = run_evolve(options(teacher_url, teacher_model, api_key))
        if as_json:
            typer.echo(json.dumps(report, indent=2))
        else:
            _print_summary(report, out)


def _print_estimate(est: dict, as_json: bool, show_requests: bool = False) -> None:
    if as_json:
        typer.echo(json.dumps(est if show_requests else {k: v for k, v in est.items() if k != "requests"}, indent=2))
        return
    if show_requests:
        for r in est["requests"]:
            typer.echo(
                f"{r['language']:<10} {r['stage']:<6} {r['seed_id']:<28} {r['operation']:<16} "
                f"~{r['prompt_tokens']} prompt + ~{r['completion_tokens']} completion tokens"
            )
    from rich.console import Console
    from rich.table import Table

    t = est["teacher"]
    table = Table(title=f"dry run: {t['model']} at {t['base_url']}")
    for col in ("corpus", "requests", "cached", "prompt tokens", "completion tokens", "cost USD"):
        table.add_column(col, justify="right" if col != "corpus" else "left")
    for lang, r in [*est["languages"].items(), ("total", est["total"])]:
        table.add_row(
            lang,
            str(r["requests"]),
            str(r["cached"]),
            str(r["prompt_tokens"]),
            str(r["completion_tokens"]),
            f"{r['cost_usd']:.4f}",
        )
    Console().print(table)
    cal = est["calibrated"]
    basis = (
        "calibrated from earlier runs"
        if all(cal.values())
        else "uncalibrated (completions at max_tokens: an upper bound)"
    )
    typer.echo(f"token estimate: {basis}; price {est['price_usd_per_1m']}")


def _print_summary(report: dict, out: Path | None) -> None:
    from .report import describe_seed_pool

    led = report["ledger"]
    typer.echo(f"seeds: {describe_seed_pool(report['seeds'])}")
    sizes = ", ".join(f"{k} {v}" for k, v in report["corpus_sizes"].items())
    typer.echo(f"corpora: {sizes}")
    typer.echo(
        f"teacher: {led['requests']} requests, {led['cache_hits']} cache hits, {led['retries_total']} retries, "
        f"{led['prompt_tokens']}+{led['completion_tokens']} tokens, ${led['cost_usd']:.4f}"
    )
    typer.echo(f"wrote {out} (report.md, report.json) in {report['wall_seconds']} s")
