"""CLI: ``codem evaluate``."""

from __future__ import annotations

from pathlib import Path

import typer

from .progress import print_pass_at_k_table, print_pass_table, progress_bar


def register(app: typer.Typer) -> None:
    @app.command()
    def evaluate(
        samples: Path = typer.Option(
            ...,
            "--samples",
            help="JSONL rows {task_id, completion} (completion continues "
            "the prompt), or another harness's samples (see --format).",
        ),
        out: Path = typer.Option(
            ..., "--out", help="Results JSONL: each sample row + passed, status, duration_s, detail."
        ),
        summary: Path = typer.Option(None, "--summary", help="JSON summary (default: <out>.summary.json)."),
        sandbox: str = typer.Option(
            None, "--sandbox", help="bwrap (default), docker, or none (UNSAFE: runs untrusted code on the host)."
        ),
        workers: int = typer.Option(0, "--workers", help="Parallel programs (0: one per core)."),
        no_cache: bool = typer.Option(False, "--no-cache", help="Ignore the verdict cache."),
        data_dir: Path = typer.Option(
            None, "--data-dir", envvar="CODEM_DATA_DIR", help="Benchmark data folder (layout of ../shared/data)."
        ),
        fmt: str = typer.Option(
            "auto",
            "--format",
            help="codem | bigcode (generations.json) | multipl-e (folder of "
            "<name>.json.gz) | evalplus (samples.jsonl) | auto (detected).",
        ),
        task: str = typer.Option(
            None,
            "--task",
            help="bigcode: the task the generations are for (humaneval, "
            "humanevalsynthesize-cpp, multiple-js...); default: from a generations_<task>.json "
            "name.",
        ),
        problems: Path = typer.Option(
            None,
            "--problems",
            help="bigcode multiple-<lang>: MultiPL-E's dataset (JSONL "
            "rows name, prompt, tests) in the order the generations follow.",
        ),
        k: str = typer.Option(
            None,
            "--k",
            help="pass@k to report, e.g. 1,10,100 (default: those of 1,10,100 that n "
            "allows; a k above a problem's number of samples is refused).",
        ),
    ) -> None:
        """Run every sample's test program in the sandbox and report pass@1 (pass@k with n samples) per language."""
        from ..inputs import check_min
        from .engine import ExecutionEngine
        from .evaluate import evaluate_samples
        from .passk import parse_ks

        check_min(workers, 0, "--workers")  # 0 means one per core
        ks = parse_ks(k)
        if sandbox in ("none", "unsafe", "local"):
            typer.secho(
                "WARNING: --sandbox none runs untrusted generated code directly on this machine.",
                fg="red",
                err=True,
                bold=True,
            )
        engine = ExecutionEngine(sandbox=sandbox, workers=workers or None, cache=not no_cache)
        with progress_bar("executing") as bar:
            result = evaluate_samples(
                samples,
                out,
                summary,
                engine=engine,
                data_dir=data_dir,
                progress=bar.advance,
                on_start=bar.start,
                fmt=fmt,
                task=task,
                problems_file=problems,
                ks=ks,
            )
        if "pass@k" in result:
            print_pass_at_k_table(result["pass@1"], result["pass@k"], title=f"pass@k — {samples.name}")
        else:
            print_pass_table(result["pass@1"], title=f"pass@1 — {samples.name}")
        for note in result.get("notes", []):
            typer.echo(f"note: {note}", err=True)
        typer.echo(f"results: {out}\nsummary: {summary or str(out) + '.summary.json'}")
