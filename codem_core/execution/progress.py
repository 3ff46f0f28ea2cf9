"""Progress bars and result tables for the terminal (rich)."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from ..languages import LANGUAGES

console = Console(stderr=True)


class _Bar:
    def __init__(self, progress: Progress, label: str) -> None:
        self._progress = progress
        self._label = label
        self._task = None
        self.failed = 0

    def start(self, total: int) -> None:
        self._task = self._progress.add_task(self._label, total=total)

    def advance(self, verdict=None) -> None:
        if verdict is not None and not verdict.passed:
            self.failed += 1
        if self._task is not None:
            self._progress.update(self._task, advance=1, description=f"{self._label} ({self.failed} not passed)")


@contextlib.contextmanager
def progress_bar(label: str) -> Iterator[_Bar]:
    progress = Progress(
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=console,
        disable=not sys.stderr.isatty(),
        transient=False,
    )
    with progress:
        yield _Bar(progress, label)


def print_pass_table(per_language: dict, title: str = "pass@1") -> None:
    table = Table(title=title)
    for col in ("language", "samples", "passed", "pass@1 %", "statuses"):
        table.add_column(col, justify="right" if col in ("samples", "passed", "pass@1 %") else "left")
    for lang, e in per_language.items():
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(e["statuses"].items()))
        table.add_row(
            LANGUAGES[lang].display if lang in LANGUAGES else lang,
            str(e["samples"]),
            str(e["passed"]),
            f"{e['pass@1']:.2f}",
            statuses,
        )
    Console().print(table)


def print_pass_at_k_table(per_language: dict, passk: dict, title: str = "pass@k") -> None:
    """n samples per problem: problems, samples, passed samples, pass@k per language, and all languages."""
    ks = [f"pass@{k}" for k in passk["k"]]
    caption = "n: samples per problem; pass@k in %: unbiased estimator (Chen et al. 2021), mean over problems"
    table = Table(title=title, caption=caption)
    for col in ("language", "problems", "n", "samples", "passed", *ks, "statuses"):
        table.add_column(col, justify="left" if col in ("language", "statuses") else "right")

    def n_text(n) -> str:
        return str(n) if isinstance(n, int) else f"{n['min']}-{n['max']}"

    for lang, e in per_language.items():
        statuses = ", ".join(f"{k} {v}" for k, v in sorted(e["statuses"].items()))
        name = LANGUAGES[lang].display if lang in LANGUAGES else lang
        table.add_row(
            name,
            str(e["problems"]),
            n_text(e["n"]),
            str(e["samples"]),
            str(e["passed"]),
            *[f"{e['pass@k'][k]:.2f}" for k in ks],
            statuses,
        )
    o = passk["overall"]
    table.add_row(
        "[bold]all",
        str(o["problems"]),
        n_text(o["n"]),
        str(o["samples"]),
        str(o["passed"]),
        *[f"{o[k]:.2f}" for k in ks],
        "",
    )
    Console().print(table)
