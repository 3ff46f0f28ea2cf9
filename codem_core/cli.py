"""The ``codem`` command line: one command per stage (typer).

Each stage package may have a ``cli`` module exposing ``register(app)``; they are imported
here so heavy back-ends (torch, datasets, openai) load only when their command runs. Commands
from outside the library (``codem pipeline``, which lives with the Prefect orchestration in
flows/cli.py) register through the ``codem.cli`` entry-point group, so the library never
imports them. User errors (``CodemError``) print one line and exit non-zero.
"""

from __future__ import annotations

import importlib
import sys
from importlib.metadata import entry_points

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
_STAGES = ("execution", "benchmarks", "evolution", "training", "inference", "analysis")
for _stage in _STAGES:
    try:
        _mod = importlib.import_module(f"codem_core.{_stage}.cli")
    except ModuleNotFoundError as _exc:
        if _exc.name not in (f"codem_core.{_stage}", f"codem_core.{_stage}.cli"):
            raise
        continue
    _mod.register(app)

# Plugins: each entry point of group ``codem.cli`` names a ``register(app)`` function (one per name).
# One that cannot be imported costs its own commands, with a warning, not the library's.
for _plugin in sorted({ep.name: ep for ep in entry_points(group="codem.cli")}.values(), key=lambda ep: ep.name):
    try:
        _register = _plugin.load()
    except ImportError as _exc:
        typer.secho(f"warning: `codem {_plugin.name}` is unavailable: {_exc}", fg="yellow", err=True)
        continue
    _register(app)


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
