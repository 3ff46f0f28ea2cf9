"""``codem benchmarks build`` and ``codem benchmarks audit`` (HumanEval-C / -TypeScript).

Wire into the ``benchmarks`` typer group with ``register(group)``.
"""

from __future__ import annotations

from pathlib import Path

import typer

from ..config import get_settings
from ..errors import DataError
from ..inputs import check_output_folder

LANGS = ("c", "typescript")


def _langs(language: str) -> list[str]:
    from ..languages import get_language

    if language == "all":
        return list(LANGS)
    key = get_language(language).key
    if key not in LANGS:
        raise DataError(f"codem builds only c and typescript (HumanEval-X languages are upstream); got {language!r}")
    return [key]


def _data_dir(data_dir: Path | None) -> Path:
    root = data_dir or get_settings().data_dir
    if root is None:
        raise DataError("building needs the upstream HumanEval-X prompts: set CODEM_DATA_DIR or pass --data-dir")
    return Path(root)


def build_cmd(
    language: str = typer.Argument("all", help="c, typescript or all"),
    data_dir: Path | None = typer.Option(None, "--data-dir", help="folder laid out like ../shared/data"),
    out_dir: Path | None = typer.Option(None, "--out-dir", help="default: codem_core/benchmarks/built"),
    check: bool = typer.Option(False, "--check", help="only verify the committed build equals a fresh one"),
) -> None:
    """Build HumanEval-C / HumanEval-TypeScript from upstream docstrings + authored parts."""
    from .builders.humaneval_c_ts import BUILT_DIR, build, build_language, dumps_rows

    root = _data_dir(data_dir)
    if check:
        stale = []
        for lang in _langs(language):
            rows, _ = build_language(lang, root)
            path = (out_dir or BUILT_DIR) / f"humaneval_{lang}.jsonl"
            if not path.is_file() or path.read_text(encoding="utf-8") != dumps_rows(rows):
                stale.append(lang)
        if stale:
            raise DataError(f"committed build is stale for {', '.join(stale)}: run `codem benchmarks build`")
        typer.echo("committed build is up to date")
        return
    check_output_folder(out_dir or BUILT_DIR, "--out-dir")
    prov = build(_langs(language), root, out_dir or BUILT_DIR)
    for lang in _langs(language):
        typer.echo(
            f"{lang}: {prov[lang]['problems']} problems -> {prov[lang]['output']} "
            f"(sha256 {prov[lang]['output_sha256'][:12]})"
        )


def audit_cmd(
    language: str = typer.Argument("all", help="c, typescript or all"),
    data_dir: Path | None = typer.Option(
        None, "--data-dir", help="folder with the cross-check sets (LLM4Decompile, MultiPL-E, mxeval)"
    ),
    out: Path | None = typer.Option(
        None, "--out", help="folder for audit_<language>.json/.md (default: codem_core/benchmarks/built)"
    ),
    no_cross: bool = typer.Option(False, "--no-cross-check", help="skip the cross-checks"),
    no_sanitizers: bool = typer.Option(
        False, "--no-sanitizers", help="C: skip running the canonical programs under ASan/UBSan/LSan"
    ),
) -> None:
    """Prove the tests have teeth: canonical passes, stubs and other problems' solutions fail, cross-checks."""
    from .audit import audit_language, write_report
    from .builders.humaneval_c_ts import BUILT_DIR

    out = out or BUILT_DIR

    root = data_dir or get_settings().data_dir
    langs = _langs(language)
    check_output_folder(out, "--out")  # before the audit's minutes of runs
    for lang in langs:
        report = audit_language(lang, None if no_cross else root, sanitize=not no_sanitizers)
        paths = write_report(report, out)
        typer.echo(report["summary_line"])
        typer.echo(f"  report: {paths[0]} , {paths[1]}")


def register(group: typer.Typer) -> None:
    group.command("build")(build_cmd)
    group.command("audit")(audit_cmd)
