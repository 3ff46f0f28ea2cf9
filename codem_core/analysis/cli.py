"""CLI: ``codem report``: evaluation summaries in, Table 1 + Figure 4 report out."""

from __future__ import annotations

from pathlib import Path

import typer


def print_matrix(matrix, gains, title: str = "pass@1 (%) — gain over base in brackets") -> None:
    from rich.console import Console
    from rich.table import Table

    from .report import lang_label, matrix_with_gains

    table = Table(title=title)
    table.add_column("Model", justify="left", no_wrap=True)
    for lang in matrix.columns:
        table.add_column(lang_label(lang), justify="right", no_wrap=True)
    for cells in matrix_with_gains(matrix, gains):
        table.add_row(*cells)
    console = Console()
    if not console.is_terminal:  # piped or captured: do not squeeze the table into 80 columns
        console = Console(width=160)
    console.print(table)


def read_data_reports(paths: list[Path]) -> list[dict]:
    """Per-corpus data reports from ``codem evolve`` report.json files (one entry per corpus) or the
    pipeline's corpora/<c>/report.json files (one corpus each)."""
    import json

    from ..errors import DataError

    out: list[dict] = []
    for path in paths:
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise DataError(f"{path}: cannot read the data report ({type(exc).__name__})") from None
        if isinstance(data, dict) and isinstance(data.get("corpora"), dict) and "seeds" in data:  # codem evolve
            for name, summary in data["corpora"].items():
                out.append({"corpus": name, "rows": summary.get("kept"), "summary": summary, "seeds": data["seeds"]})
            if data.get("mixed"):
                out.append({"corpus": "mixed", "rows": data["mixed"].get("total"), "mixed": data["mixed"]})
        elif isinstance(data, dict) and isinstance(data.get("corpus"), str):
            out.append(data)
        else:
            raise DataError(f"{path}: not a data report (a codem evolve report.json or a corpora/<c>/report.json)")
    return out


def register(app: typer.Typer) -> None:
    # the help is given here, not as a docstring, so that its long lines stay one line each in --help
    @app.command(
        "report",
        help="Build the training-corpus x evaluation-language pass@1 matrix, its gains and correlations, "
        "and a markdown report.\n\n"
        'Which model a summary belongs to: its "corpus" or "model" field (base, python, ..., html, mixed, '
        "or codem-<corpus>), else a model-named folder (executions/codem-go/...), else its file name "
        "<corpus>.summary.json.",
    )
    def report(
        summaries: list[str] = typer.Option(
            ...,
            "--summaries",
            "-s",
            help="Summary JSON files, folders (every *.summary.json below), "
            "or a store URL (file://..., s3://...) whose *.summary.json are read. Repeatable.",
        ),
        out: Path = typer.Option(..., "--out", "-o", help="Folder for report.md, report.json, CSVs and heatmap PNGs."),
        paper_table: str = typer.Option(
            "auto",
            "--paper-table",
            help="The paper's table beside the run: auto (the run's own scale, from "
            "--base-model: StarCoder 7B -> Table 1, StarCoder 15B -> Table 2, else none) | 7B | 15B | none. The other "
            "scale's table than the run's is refused.",
        ),
        base_model: str | None = typer.Option(
            None,
            "--base-model",
            help="The run's base model (hub id or folder), to decide its scale for --paper-table auto.",
        ),
        rows: str = typer.Option(
            "single-language",
            "--rows",
            help="Figure 4's rows: single-language (the 8 "
            "CODEM-<language> models, as the paper) or with-mixed (adds CODEM-Mixed).",
        ),
        include_base: bool = typer.Option(
            False, "--include-base", help="Correlate over the base row too (default: fine-tuned rows only)."
        ),
        values: str = typer.Option(
            "pass@1", "--values", help="Correlate absolute 'pass@1' (as the paper) or 'gain' over the base."
        ),
        corpora: list[Path] | None = typer.Option(
            None,
            "--corpora",
            help="Data reports for the 'Training data' section: a codem evolve report.json, or "
            "corpora/<c>/report.json files of the pipeline store. Repeatable.",
        ),
        title: str = typer.Option("CodeM reproduction: cross-language pass@1", "--title"),
        store: str | None = typer.Option(
            None,
            "--store",
            help="Also upload the report to this artifact store (default $CODEM_STORE) under reports/<run>/; "
            "needs --run.",
        ),
        run: str | None = typer.Option(None, "--run", help="Run name for reports/<run>/ in the store."),
    ) -> None:
        import shlex
        import sys

        from ..errors import ConfigError
        from ..inputs import check_output_folder
        from .matrix import ROW_SETS, VALUE_KINDS
        from .paper import choose_table
        from .report import build_report, publish
        from .summaries import Evaluations, load_summaries, load_summaries_from_store

        if values not in VALUE_KINDS:
            raise ConfigError(f"--values must be one of {', '.join(VALUE_KINDS)}, got {values!r}")
        if rows not in ROW_SETS:
            raise ConfigError(f"--rows must be one of {', '.join(ROW_SETS)}, got {rows!r}")
        choose_table(paper_table, base_model)  # a table of the other scale than the run's fails before any work
        data_reports = read_data_reports(corpora or [])
        check_output_folder(out, "--out")
        target = None
        if run is not None:
            from ..storage import open_store, report_key

            report_key(run)  # validates the name before any work
            target = open_store(store)  # one-line error for unreachable storage, before any work
        elif store is not None:
            raise ConfigError("--store needs --run NAME (the report goes to reports/<run>/)")

        evals = Evaluations()
        local = [s for s in summaries if "://" not in s]
        if local:
            part = load_summaries(local)
            for row, langs in part.cells.items():
                for lang, cell in langs.items():
                    evals.add(row, lang, cell)
            evals.sources += part.sources
        for url in (s for s in summaries if "://" in s):
            from ..storage import open_store

            part = load_summaries_from_store(open_store(url, write=False), "")
            for row, langs in part.cells.items():
                for lang, cell in langs.items():
                    evals.add(row, lang, cell)
            evals.sources += part.sources

        command = "codem " + " ".join(shlex.quote(a) for a in sys.argv[1:]) if sys.argv[1:] else None
        result = build_report(
            evals,
            out,
            paper_table=paper_table,
            base_model=base_model,
            rows=rows,
            include_base=include_base,
            values=values,
            title=title,
            command=command,
            corpora=data_reports,
        )
        print_matrix(result.matrix, result.gains)
        for note in result.notes:
            typer.secho(f"note: {note}", fg="yellow", err=True)
        typer.echo(f"report: {result.report_md}")
        if target is not None:
            typer.echo(f"published: {publish(result, target, run)}")
