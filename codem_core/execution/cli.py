"""CLI: ``codem evaluate``."""

from __future__ import annotations

from pathlib import Path

import typer

from .progress import progress_bar, print_pass_table


def register(app: typer.Typer) -> None:
    @app.command()
    def evaluate(
        samples: Path = typer.Option(..., "--samples", help="JSONL rows {task_id, completion} (completion continues the prompt)."),
        out: Path = typer.Option(..., "--out", help="Results JSONL: each sample row + passed, status, duration_s, detail."),
        summary: Path = typer.Option(None, "--summary", help="JSON summary (default: <out>.summary.json)."),
        sandbox: str = typer.Option(None, "--sandbox", help="bwrap (default), docker, or none (UNSAFE: runs untrusted code on the host)."),
        workers: int = typer.Option(0, "--workers", help="Parallel programs (0: one per core)."),
        no_cache: bool = typer.Option(False, "--no-cache", help="Ignore the verdict cache."),
        data_dir: Path = typer.Option(None, "--data-dir", envvar="CODEM_DATA_DIR", help="Benchmark data folder (layout of ../shared/data)."),
    ) -> None:
        """Run every sample's test program in the sandbox and report pass@1 per language."""
        from .engine import ExecutionEngine
        from .evaluate import evaluate_samples

        from ..inputs import check_min

        check_min(workers, 0, "--workers")  # 0 means one per core
        if sandbox in ("none", "unsafe", "local"):
            typer.secho("WARNING: --sandbox none runs untrusted generated code directly on this machine.", fg="red", err=True, bold=True)
        engine = ExecutionEngine(sandbox=sandbox, workers=workers or None, cache=not no_cache)
        with progress_bar("executing") as bar:
            result = evaluate_samples(samples, out, summary, engine=engine, data_dir=data_dir, progress=bar.advance, on_start=bar.start)
        print_pass_table(result["pass@1"], title=f"pass@1 — {samples.name}")
        typer.echo(f"results: {out}\nsummary: {summary or str(out) + '.summary.json'}")
