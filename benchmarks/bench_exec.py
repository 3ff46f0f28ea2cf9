"""Benchmark the execution engine against a naive baseline, in the same run.

    make bench-exec                 # every canonical solution of every available language
    python benchmarks/bench_exec.py --per-language 40 --languages cpp,go

Engine: codem's ExecutionEngine, verdict cache off (every program really runs), all cores.
Baseline: each program compiled and run alone, one after another, in the same bwrap sandbox,
with the plain commands the benchmark's own evaluator uses (each adapter's ``reference``:
g++ without a precompiled header, javac + java per program, `go test` per program with Go's
own build cache kept warm, `cargo test` per program with the crates built once) and no
caches beyond the toolchains' own. Prints wall seconds, programs/s and the ratio per
language, and checks the verdicts are identical.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from rich.console import Console
from rich.table import Table

from codem_core.benchmarks import SOURCES, load_problems
from codem_core.config import get_settings
from codem_core.execution.adapters import ADAPTERS
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.sandbox import BwrapSandbox
from codem_core.execution.status import Status
from codem_core.languages import EVALUABLE_LANGUAGES, parse_languages


class NaiveBaseline:
    """One program at a time, compiled from scratch with the evaluator's plain commands
    (each adapter's ``reference_verdict``: HumanEval-X's commands, ``go test``, ``cargo test``)."""

    def __init__(self, scratch: Path) -> None:
        self.sandbox = BwrapSandbox()
        self.scratch = scratch
        self.cache = scratch / "baseline-cache"  # the toolchains' own caches (Go's build cache), kept between programs
        self.cache.mkdir(parents=True, exist_ok=True)
        self.cache.chmod(0o777)
        self.adapters = {lang: cls() for lang, cls in ADAPTERS.items()}

    def run(self, problem, completion) -> Status:
        adapter = self.adapters[problem.language]
        source = adapter.assemble(problem, completion)
        wd = Path(tempfile.mkdtemp(dir=self.scratch))
        wd.chmod(0o777)
        try:
            return adapter.reference_verdict(problem, source, wd, self.sandbox, self.cache)
        finally:
            shutil.rmtree(wd, ignore_errors=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--languages", default=None, help="comma list; default every available evaluation language (Rust too)"
    )
    ap.add_argument("--per-language", type=int, default=0, help="first N problems per language (0: all)")
    ap.add_argument("--skip-baseline", action="store_true")
    ap.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = ap.parse_args()

    # default: every language codem can evaluate (the paper's 7 and the extra ones, Rust)
    available = [lang for lang in EVALUABLE_LANGUAGES if lang in SOURCES and lang in ADAPTERS]
    langs = parse_languages(args.languages, evaluable_only=True) if args.languages else available
    problems = []
    for lang in langs:
        ps = load_problems(lang)
        problems += ps[: args.per_language] if args.per_language else ps
    console = Console(width=150)
    console.print(
        f"[bold]bench-exec[/]: {len(problems)} canonical programs, languages {', '.join(langs)}, "
        f"{os.cpu_count()} cores, {platform.platform()}"
    )

    scratch = Path(
        tempfile.mkdtemp(
            prefix="bench-", dir=get_settings().scratch_root if get_settings().scratch_root.exists() else None
        )
    )
    scratch.chmod(0o711)
    engine = ExecutionEngine(cache=False)
    t0 = time.monotonic()
    engine.check(langs)  # one-time toolchain preparation (precompiled header, Go export data)
    prep_s = time.monotonic() - t0

    per_lang_engine: dict[str, float] = {}
    engine_status: dict[str, Status] = {}
    t_all = time.monotonic()
    verdicts = engine.evaluate([(p, p.canonical_solution) for p in problems])
    engine_wall = time.monotonic() - t_all
    for p, v in zip(problems, verdicts):
        engine_status[p.task_id] = v.status
    # per-language engine wall time: run each language alone too (cache off), for the breakdown
    for lang in langs:
        subset = [p for p in problems if p.language == lang]
        t = time.monotonic()
        ExecutionEngine(cache=False).evaluate([(p, p.canonical_solution) for p in subset])
        per_lang_engine[lang] = time.monotonic() - t

    per_lang_base: dict[str, float] = {}
    base_status: dict[str, Status] = {}
    if not args.skip_baseline:
        baseline = NaiveBaseline(scratch)
        for lang in langs:
            subset = [p for p in problems if p.language == lang]
            t = time.monotonic()
            for p in subset:
                base_status[p.task_id] = baseline.run(p, p.canonical_solution)
            per_lang_base[lang] = time.monotonic() - t
            console.print(f"  baseline {lang}: {len(subset)} programs in {per_lang_base[lang]:.1f} s")
    shutil.rmtree(scratch, ignore_errors=True)

    table = Table(title="bench-exec: canonical programs, engine vs naive baseline (same run)")
    for col in (
        "language",
        "programs",
        "engine s",
        "engine prog/s",
        "baseline s",
        "baseline prog/s",
        "speed-up",
        "verdicts equal",
    ):
        table.add_column(col, justify="right")
    figures = {"languages": {}, "toolchain_prep_s": round(prep_s, 2), "cores": os.cpu_count()}
    for lang in langs:
        n = sum(1 for p in problems if p.language == lang)
        e = per_lang_engine[lang]
        b = per_lang_base.get(lang)
        same = (
            all(engine_status[p.task_id] == base_status.get(p.task_id) for p in problems if p.language == lang)
            if b
            else None
        )
        table.add_row(
            lang,
            str(n),
            f"{e:.1f}",
            f"{n / e:.1f}",
            f"{b:.1f}" if b else "-",
            f"{n / b:.2f}" if b else "-",
            f"{b / e:.1f}x" if b else "-",
            "-" if same is None else ("yes" if same else "NO"),
        )
        figures["languages"][lang] = {
            "programs": n,
            "engine_s": round(e, 2),
            "baseline_s": round(b, 2) if b else None,
            "verdicts_equal": same,
        }
    n_all = len(problems)
    b_all = sum(per_lang_base.values()) if per_lang_base else None
    same_all = all(engine_status[t] == base_status.get(t) for t in engine_status) if b_all else None
    table.add_row(
        "[bold]all",
        str(n_all),
        f"{engine_wall:.1f}",
        f"{n_all / engine_wall:.1f}",
        f"{b_all:.1f}" if b_all else "-",
        f"{n_all / b_all:.2f}" if b_all else "-",
        f"{b_all / engine_wall:.1f}x" if b_all else "-",
        "-" if same_all is None else ("yes" if same_all else "NO"),
    )
    console.print(table)
    statuses = Counter(v.status.value for v in verdicts)
    console.print(
        f"engine verdicts: {dict(statuses)}; one-time toolchain preparation: {prep_s:.1f} s (not in the engine's time)"
    )
    figures.update(
        {
            "engine_wall_s": round(engine_wall, 2),
            "baseline_wall_s": round(b_all, 2) if b_all else None,
            "ratio": round(b_all / engine_wall, 2) if b_all else None,
            "verdicts_equal": same_all,
            "engine_statuses": dict(statuses),
        }
    )
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2))
    failed = statuses.get("passed", 0) != n_all or same_all is False
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
