"""The ``codem`` command line: one command per stage (typer).

Each stage package may have a ``cli`` module exposing ``register(app)``; they are imported
here so heavy back-ends (torch, datasets, openai) load only when their command runs.
User errors (``CodemError``) print one line and exit non-zero.
"""

from __future__ import annotations

import importlib
import sys

import typer

from .errors import CodemError

app = typer.Typer(
    name="codem",
    help="CodeM end to end: evolve instruction data, instruction-tune, generate, execute, analyse.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)

# Stage packages that contribute commands; a missing one is simply not offered.
_STAGES = ("execution", "benchmarks", "evolution", "training", "inference", "analysis", "pipeline")
for _stage in _STAGES:
    try:
        _mod = importlib.import_module(f"codem_core.{_stage}.cli")
    except ModuleNotFoundError as _exc:
        if _exc.name not in (f"codem_core.{_stage}", f"codem_core.{_stage}.cli"):
            raise
        continue
    _mod.register(app)


def main() -> None:
    try:
        app()
    except CodemError as exc:
        typer.secho(f"error: {exc}", fg="red", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:  # the file system refused a read or write (disk full, read-only, gone): not a bug
        where = f"{exc.filename}: " if exc.filename else ""
        typer.secho(f"error: {where}{exc.strerror or exc}", fg="red", err=True)
        sys.exit(2)
    except SystemExit as exc:
        if exc.code == 130:  # typer turns Ctrl-C into a silent exit 130
            typer.secho("error: interrupted; finished work is kept and a rerun resumes", fg="red", err=True)
        raise


if __name__ == "__main__":
    main()
