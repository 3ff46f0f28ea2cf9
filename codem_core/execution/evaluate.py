"""``codem evaluate``: samples JSONL in, per-sample verdicts and a pass@1 summary out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..benchmarks import problem_index
from ..benchmarks.problem import Problem
from ..errors import CodemError, DataError, OutputError
from ..inputs import check_output_file
from ..io import brief, read_jsonl_numbered, remove_stale_temps, sha256_file, write_json, write_jsonl
from ..languages import EVAL_LANGUAGES, LANGUAGES, language_of_task
from ..provenance import provenance
from .engine import ExecutionEngine
from .status import Status, Verdict


def read_samples(path: str | Path) -> list[dict]:
    """Samples rows; each needs a string task_id and a string completion (``imports``: optional list of strings)."""
    return [row for _, row in read_samples_numbered(path)]


def read_samples_numbered(path: str | Path) -> list[tuple[int, dict]]:
    """(line number, row) of each sample, checked as ``read_samples`` does, so later errors can name the line.

    Every field of a row is written back to the results, so the whole row must be writable:
    ``read_jsonl_numbered`` rejects (``file:line``) text UTF-8 cannot encode and absurd nesting
    (docs/text.md) before any program runs.
    """
    numbered = read_jsonl_numbered(path)
    if not numbered:  # an empty results file and a pass@1 over nothing would look like a finished run
        raise DataError(f"{path}: no samples (the file is empty or blank)")
    for lineno, row in numbered:
        for field in ("task_id", "completion"):
            if not isinstance(row.get(field), str):
                keys = brief(", ".join(row), 120) or "none"
                raise DataError(f"{path}:{lineno}: sample lacks a string {field!r} (keys: {keys})")
        imports = row.get("imports")
        if imports is not None and not (isinstance(imports, list) and all(isinstance(x, str) for x in imports)):
            raise DataError(f"{path}:{lineno}: 'imports' must be a list of strings (import/include lines)")
        try:
            language_of_task(row["task_id"])
        except CodemError as exc:  # an unknown language prefix: name the line, not just the id
            raise DataError(f"{path}:{lineno}: {exc}") from None
    return numbered


def resolve_problems(rows: list[dict], data_dir: str | Path | None = None, extra: dict[str, Problem] | None = None,
                     where: list[str] | None = None) -> list[Problem]:
    """The Problem of each sample row; an unknown task_id is named in the error (at ``where[i]``, e.g. file:line)."""
    langs = []
    for row in rows:
        lang = language_of_task(row["task_id"]).key
        if lang not in langs:
            langs.append(lang)
    index = dict(extra or {})
    index.update(problem_index([lang for lang in langs if lang not in {p.language for p in index.values()}], data_dir))
    problems = []
    for lineno, row in enumerate(rows, 1):
        problem = index.get(row["task_id"])
        if problem is None:
            at = where[lineno - 1] if where else f"sample {lineno}"
            raise DataError(f"{at}: unknown task_id {brief(repr(row['task_id']), 120)}")
        problems.append(problem)
    return problems


def pass_at_1(verdicts: list[Verdict], problems: list[Problem]) -> dict[str, dict[str, Any]]:
    """Per language: samples, passed, pass@1 (%) and status counts (one sample per problem: greedy)."""
    per: dict[str, dict[str, Any]] = defaultdict(lambda: {"samples": 0, "passed": 0, "statuses": Counter()})
    for verdict, problem in zip(verdicts, problems):
        entry = per[problem.language]
        entry["samples"] += 1
        entry["passed"] += int(verdict.passed)
        entry["statuses"][verdict.status.value] += 1
    order = {lang: i for i, lang in enumerate(EVAL_LANGUAGES)}
    out = {}
    for lang in sorted(per, key=lambda lang: order.get(lang, 99)):
        e = per[lang]
        out[lang] = {"samples": e["samples"], "passed": e["passed"], "pass@1": round(100.0 * e["passed"] / e["samples"], 2), "statuses": dict(e["statuses"])}
    return out


def evaluate_samples(
    samples: str | Path,
    out: str | Path,
    summary_path: str | Path | None = None,
    engine: ExecutionEngine | None = None,
    data_dir: str | Path | None = None,
    progress: Callable[[Verdict], None] | None = None,
    on_start: Callable[[int], None] | None = None,
) -> dict[str, Any]:
    """Execute every sample; write ``out`` (rows + verdict fields) and a JSON summary, atomically."""
    samples = Path(samples)
    summary_path = Path(summary_path) if summary_path else Path(str(out) + ".summary.json")
    numbered = read_samples_numbered(samples)
    rows = [row for _, row in numbered]
    problems = resolve_problems(rows, data_dir, where=[f"{samples}:{lineno}" for lineno, _ in numbered])
    # before any program runs: a results path that cannot be written would throw the work away
    check_output_file(out, "--out", inputs=[("--samples", samples)])
    check_output_file(summary_path, "--summary", inputs=[("--samples", samples), ("--out", out)])
    for path in (out, summary_path):
        remove_stale_temps(path)  # a killed earlier run's half-written temp, never the result itself
    engine = engine or ExecutionEngine()
    engine.check({p.language for p in problems})
    if on_start:
        on_start(len(rows))
    verdicts = engine.evaluate([(p, row["completion"], tuple(row.get("imports") or ())) for p, row in zip(problems, rows)], progress=progress)
    out_rows = []
    for row, verdict in zip(rows, verdicts):
        out_rows.append({**row, "passed": verdict.passed, "status": verdict.status.value, "duration_s": verdict.duration_s, "detail": verdict.detail})
    _write(write_jsonl, out, out_rows)
    summary = {
        "samples_file": str(samples),
        "samples_sha256": sha256_file(samples),
        "results_file": str(out),
        "pass@1": pass_at_1(verdicts, problems),
        "engine": {
            "sandbox": engine.sandbox.name,
            "workers": engine.workers,
            "executed": engine.stats.executed,
            "cache_hits": engine.stats.cache_hits,
            "deduplicated": engine.stats.deduplicated,
            "toolchains": {lang: engine.adapter(lang).fingerprint for lang in sorted({p.language for p in problems})},
        },
        "provenance": provenance(),
    }
    if any(v.status is Status.SANDBOX_ERROR for v in verdicts):
        summary["warning"] = "some programs ended in sandbox_error: the harness failed, rerun to retry them"
    _write(write_json, summary_path, summary)
    return summary


def _write(writer: Callable[[Path, Any], Any], path: str | Path, obj: Any) -> None:
    """Write atomically; a failure (disk full, folder gone) is one line, and the old file stays."""
    try:
        writer(path, obj)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def display_name(lang: str) -> str:
    return LANGUAGES[lang].display if lang in LANGUAGES else lang
