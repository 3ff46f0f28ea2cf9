"""CLI: ``codem benchmarks check`` (and the builders' commands, where present)."""

from __future__ import annotations

import importlib
from pathlib import Path

import typer

benchmarks_app = typer.Typer(help="Evaluation benchmarks: check, build, audit.", no_args_is_help=True)


@benchmarks_app.command()
def check(
    language: list[str] = typer.Option(
        None, "--language", "-l", help="Language(s) to check; default: every available one."
    ),
    sandbox: str = typer.Option(None, "--sandbox", help="bwrap (default), docker or none."),
    data_dir: Path = typer.Option(None, "--data-dir", envvar="CODEM_DATA_DIR"),
    no_cache: bool = typer.Option(
        True, "--no-cache/--cache", help="Run everything afresh (default) or reuse cached verdicts."
    ),
) -> None:
    """Run every canonical solution against its tests; exit non-zero naming any that fails."""
    from ..errors import DataError
    from ..execution.engine import ExecutionEngine
    from ..execution.evaluate import pass_at_1
    from ..execution.progress import print_pass_table, progress_bar
    from ..languages import EVAL_LANGUAGES, parse_languages
    from .loader import SOURCES, load_problems

    langs = (
        parse_languages(language or None, evaluable_only=True)
        if language
        else [lang for lang in EVAL_LANGUAGES if lang in SOURCES]
    )
    problems = []
    for lang in langs:
        try:
            problems += load_problems(lang, data_dir)
        except DataError:
            if language:
                raise
            typer.secho(f"skipping {lang}: its benchmark is not available", fg="yellow", err=True)
    engine = ExecutionEngine(sandbox=sandbox, cache=not no_cache)
    engine.check({p.language for p in problems})
    with progress_bar("canonical solutions") as bar:
        bar.start(len(problems))
        verdicts = engine.evaluate([(p, p.canonical_solution) for p in problems], progress=bar.advance)
    print_pass_table(pass_at_1(verdicts, problems), title="canonical solutions")
    bad = [v for v in verdicts if not v.passed]
    for v in bad:
        typer.secho(
            f"FAIL {v.task_id}: {v.status.value}: {v.detail.strip().splitlines()[-1] if v.detail.strip() else ''}",
            fg="red",
            err=True,
        )
    if bad:
        raise typer.Exit(1)
    typer.echo(f"all {len(verdicts)} canonical solutions pass")


def register(app: typer.Typer) -> None:
    # builders for the benchmarks codem authors (HumanEval-C / -TypeScript) add their commands here
    try:
        extra = importlib.import_module("codem_core.benchmarks.cli_c_ts")
    except ModuleNotFoundError as exc:
        if exc.name != "codem_core.benchmarks.cli_c_ts":
            raise
    else:
        extra.register(benchmarks_app)
    app.add_typer(benchmarks_app, name="benchmarks")
