"""Split one evaluation into chunks that workers run apart, and merge their results into one.

For runs too large for one machine (n=200 samples x 7 languages is 229,600 programs): the
orchestration (a Dask or Prefect task per chunk) stays outside the library; this module is the
part that must be right:

    chunks = split_samples(samples, workdir / "chunks", parts=8)           # whole problems per chunk
    # on each worker:  evaluate_samples(chunk, chunk.with_suffix(".results.jsonl"))
    summary = merge_results(chunk_results, out, chunk_summaries=[...])     # == one evaluation's summary

A chunk holds whole problems (every sample of a problem in one chunk) and neighbouring
problems of one language (Java, Go and TypeScript compile in batches: a chunk of one
language keeps those batches full); chunks are balanced by an estimate of each language's
cost per program. Chunk files are codem rows whatever the input format, each carrying its
position in the input (``fanout_row``), so the merged results come back in input order and
the merged summary is exactly the one a single ``evaluate_samples`` writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..io import read_jsonl_numbered, write_json, write_jsonl
from ..languages import language_of_task
from ..provenance import provenance
from .evaluate import SANDBOX_WARNING, language_order, plan_ks, read_sample_set, resolve_problems, summarize
from .status import Status, Verdict

ROW_FIELD = "fanout_row"
# engine seconds per program, all canonical solutions on 2 cores (README, "Measured"): a cost estimate only
COST = {"python": 0.012, "javascript": 0.021, "typescript": 0.041, "c": 0.034, "cpp": 0.074, "java": 0.051, "go": 0.027}


def split_samples(
    samples: str | Path,
    out_dir: str | Path,
    parts: int,
    *,
    fmt: str = "auto",
    task: str | None = None,
    problems_file: str | Path | None = None,
    data_dir: str | Path | None = None,
) -> list[Path]:
    """Write ``samples`` as at most ``parts`` codem JSONL chunks in ``out_dir``; returns their paths (none empty)."""
    if not isinstance(parts, int) or parts < 1:
        raise DataError(f"the number of chunks must be a positive integer, got {parts!r}")
    sample_set = read_sample_set(Path(samples), fmt, task, problems_file, data_dir)
    rows = sample_set.rows
    problems = resolve_problems(rows, data_dir, where=sample_set.where)  # unknown tasks fail here, not on a worker
    by_problem: dict[str, list[int]] = {}
    for i, p in enumerate(problems):
        by_problem.setdefault(p.task_id, []).append(i)
    order = {lang: i for i, lang in enumerate(language_order({p.language for p in problems}))}
    groups = sorted(by_problem.values(), key=lambda idx: (order[problems[idx[0]].language], problems[idx[0]].number))
    cost = [sum(COST.get(problems[i].language, 0.05) for i in idx) for idx in groups]
    out_dir = Path(out_dir)
    paths = []
    for k, (lo, hi) in enumerate(_balanced_ranges(cost, parts)):
        chunk = [{**rows[i], ROW_FIELD: i} for idx in groups[lo:hi] for i in idx]
        path = out_dir / f"chunk-{k:03d}.jsonl"
        write_jsonl(path, chunk)
        paths.append(path)
    return paths


def _balanced_ranges(cost: Sequence[float], parts: int) -> list[tuple[int, int]]:
    """Contiguous [lo, hi) ranges over ``cost``, at most ``parts`` of them, each near total/parts."""
    total = sum(cost)
    ranges, lo, acc = [], 0, 0.0
    for i, c in enumerate(cost):
        acc += c
        left = len(cost) - i - 1
        if len(ranges) < parts - 1 and acc >= total * (len(ranges) + 1) / parts and left > 0:
            ranges.append((lo, i + 1))
            lo = i + 1
    ranges.append((lo, len(cost)))
    return [r for r in ranges if r[1] > r[0]]


def merge_results(
    result_files: Sequence[str | Path],
    out: str | Path,
    summary_path: str | Path | None = None,
    *,
    samples_file: str | None = None,
    samples_sha256: str | None = None,
    ks: tuple[int, ...] | None = None,
    chunk_summaries: Sequence[dict] | None = None,
) -> dict[str, Any]:
    """Join chunk results into ``out`` (input order) and write the summary one evaluation would have written."""
    rows: list[dict] = []
    for f in result_files:
        for lineno, row in read_jsonl_numbered(f):
            if not isinstance(row.get(ROW_FIELD), int) or row.get("status") not in {s.value for s in Status}:
                raise DataError(f"{f}:{lineno}: not a chunk result (needs {ROW_FIELD!r} and a verdict 'status')")
            rows.append(row)
    rows.sort(key=lambda r: r[ROW_FIELD])
    if [r[ROW_FIELD] for r in rows] != list(range(len(rows))):
        raise DataError("the chunk results do not cover the samples exactly once: a chunk is missing or given twice")
    verdicts = [
        Verdict(r["task_id"], Status(r["status"]), float(r.get("duration_s", 0.0)), r.get("detail", "")) for r in rows
    ]
    task_ids = [r["task_id"] for r in rows]
    plan_ks(task_ids, ks)
    results = summarize(task_ids, [language_of_task(t).key for t in task_ids], verdicts, ks)
    for r in rows:
        del r[ROW_FIELD]
    write_jsonl(out, rows)
    summary_path = Path(summary_path) if summary_path else Path(f"{out}.summary.json")
    summary: dict[str, Any] = {
        "samples_file": samples_file,
        "samples_sha256": samples_sha256,
        "results_file": str(out),
        "pass@1": results["pass@1"],
        **({"pass@k": results["pass@k"]} if "pass@k" in results else {}),
        "engine": _merged_engine(chunk_summaries or []),
        "chunks": len(result_files),
        "per_problem": results["per_problem"],
        "provenance": provenance(),
    }
    if any(v.status is Status.SANDBOX_ERROR for v in verdicts):
        summary["warning"] = SANDBOX_WARNING
    write_json(summary_path, summary)
    return summary


def _merged_engine(summaries: Sequence[dict]) -> dict[str, Any]:
    engines = [s.get("engine", {}) for s in summaries]
    merged: dict[str, Any] = {
        k: sum(int(e.get(k, 0)) for e in engines) for k in ("executed", "cache_hits", "deduplicated")
    }
    merged["sandbox"] = sorted({e["sandbox"] for e in engines if "sandbox" in e})
    merged["workers"] = [e.get("workers") for e in engines]
    toolchains: dict[str, str] = {}
    for e in engines:
        for lang, fp in e.get("toolchains", {}).items():
            if toolchains.setdefault(lang, fp) != fp:
                raise DataError(
                    f"chunks ran {lang} on different toolchains ({toolchains[lang]} vs {fp}): their verdicts do not mix"
                )
    merged["toolchains"] = toolchains
    return merged


__all__ = ["COST", "ROW_FIELD", "merge_results", "split_samples"]
