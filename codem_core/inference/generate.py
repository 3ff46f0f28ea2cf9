"""Generate answers to benchmark problems and write ``samples.jsonl``.

One greedy answer per problem by default (the paper's setting); with ``n`` and a backend made
with ``temperature > 0``, ``n`` sampled answers per problem, as bigcode-evaluation-harness and
MultiPL-E sample for pass@k. Sample ``i`` of a problem is drawn from its own seed, derived from
(``seed``, task id, ``i``): the same seed gives the same samples, whatever the batch size, the
order, or how often the run was interrupted and resumed (and raising ``n`` keeps the first ones).

Rows are what ``codem evaluate`` reads: ``{"task_id": "Java/3", "sample": 0, "completion": "..."}``
(the completion continues ``problem.prompt``, HumanEval-X convention), plus the model's
reply (``reply``: cut at the stop rule; ``raw_reply``: all generated text), how the code was
extracted, the imports the completion needs, and token counts.

Reruns resume: finished rows are appended to ``<out>.partial.jsonl`` after every chunk, keyed
by a hash of the model, the settings, the prompt and the sample index; a rerun skips them.  The
final file and its ``<out>.meta.json`` (model, settings, versions, throughput) are written atomically.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ..benchmarks import Problem, load_problems
from ..errors import CodemError, DataError
from ..inputs import check_min, check_output_file
from ..io import dumps, parse_jsonl_line, stable_hash, write_json, write_jsonl
from ..languages import EVAL_LANGUAGES, get_language, parse_languages
from .prompts import build_prompt

SCHEMA = 1
FINISHES = ("stop", "eos", "length")


def _extract(reply: str, problem: Problem) -> dict:
    from .extraction import extract_completion

    try:
        ex = extract_completion(
            reply, language=problem.language, prompt=problem.prompt, entry_point=problem.entry_point
        )
    except Exception as exc:  # an extraction bug must not kill a long generation run
        return {"completion": reply, "extraction": f"error:{type(exc).__name__}", "code_found": False, "imports": []}
    return {
        "completion": ex.completion,
        "extraction": ex.method,
        "code_found": ex.code_found,
        "imports": list(ex.imports),
    }


def _load_partial(path: Path) -> list[dict]:
    """The finished rows of a resume file; a line torn by a kill is cut off, so appends stay whole lines."""
    data = path.read_bytes()
    end = data.rfind(b"\n") + 1
    if end < len(data):  # the writer died mid-line: drop the fragment (its problems are regenerated)
        with open(path, "r+b") as fh:
            fh.truncate(end)
    return _resumable_rows(data[:end].split(b"\n"), path)


def _resumable_rows(lines: list[bytes], path: Path) -> list[dict]:
    """Rows of a resume file that can be kept; any other line (not JSON, not UTF-8, against the
    text policy of docs/text.md) only means its problem is generated again."""
    rows = []
    for i, raw in enumerate(lines, 1):
        try:
            row = parse_jsonl_line(raw, f"{path}:{i}")
        except DataError:
            continue
        if row is not None:
            rows.append(row)
    return rows


def _resumed(row: dict, task_id: str) -> bool:
    """Whether a resumed row is the one this run would write for ``task_id`` (not a hand-edited or foreign one)."""
    return (
        row.get("task_id") == task_id
        and isinstance(row.get("completion"), str)
        and row.get("finish") in FINISHES
        and isinstance(row.get("code_found"), bool)
    )


def _order_key(row: dict) -> tuple[int, int, int]:
    lang = get_language(row["task_id"].split("/", 1)[0]).key
    pos = EVAL_LANGUAGES.index(lang) if lang in EVAL_LANGUAGES else len(EVAL_LANGUAGES)
    return pos, int(row["task_id"].split("/", 1)[1]), int(row.get("sample", 0))


def sample_seed(seed: int, task_id: str, index: int) -> int:
    """The seed of sample ``index`` of ``task_id`` (31 bits: every server takes it)."""
    return int(stable_hash({"seed": seed, "task_id": task_id, "sample": index})[:8], 16) & 0x7FFFFFFF


class _Work:
    """What a run has to generate: (problem, prompt, sample index, resume key), and what is done."""

    def __init__(self, problems: Sequence[Problem], backend, n: int, seed: int, sampling: bool) -> None:
        details = {k: v for k, v in backend.info.details.items() if k not in ("batch_size", "concurrency", "device")}
        settings = {"schema": SCHEMA, "backend": backend.info.backend, "model": backend.info.model, "details": details}
        if sampling:
            settings["seed"] = seed
        self.settings_key = stable_hash(settings)
        self.items = []
        for p in problems:
            prompt, _sig = build_prompt(p)
            for i in range(n):
                key = {"settings": self.settings_key, "prompt": prompt, "task_id": p.task_id}
                if sampling:  # a greedy run's keys stay as they always were (its resume files remain valid)
                    key["sample"] = i
                self.items.append((p, prompt, i, stable_hash(key)))
        self.done: dict[str, dict] = {}

    def resume(self, out: str | Path) -> None:
        """Rows a killed or finished earlier run left: only those this run would write itself (docs/text.md)."""
        partial, final, meta = Path(f"{out}.partial.jsonl"), Path(out), Path(f"{out}.meta.json")
        task_of = {it[3]: it[0].task_id for it in self.items}
        sources = [(partial, _load_partial)] if partial.is_file() else []
        if final.is_file() and meta.is_file():
            sources.append((final, lambda src: _resumable_rows(src.read_bytes().split(b"\n"), src)))
        for src, read in sources:
            for row in read(src):
                key = row.get("gen_key")
                if isinstance(key, str) and key in task_of and _resumed(row, task_of[key]):
                    self.done[key] = row

    def todo(self) -> list:
        return [it for it in self.items if it[3] not in self.done]

    def rows(self) -> list[dict]:
        return sorted((self.done[it[3]] for it in self.items), key=_order_key)


def _chunks(todo: list, size: int, whole_problems: bool) -> list[list]:
    """Chunks of ``size`` items; when sampling, of whole problems (a backend may ask for all of them at once)."""
    if not whole_problems:
        return [todo[i : i + size] for i in range(0, len(todo), size)]
    chunks: list[list] = []
    for item in todo:
        same_problem = chunks and chunks[-1][-1][0].task_id == item[0].task_id
        if not chunks or (len(chunks[-1]) >= size and not same_problem):
            chunks.append([])
        chunks[-1].append(item)
    return chunks


def _check_decoding(backend, n: int, seed: int) -> bool:
    """Whether the run samples; n > 1 with a greedy backend would repeat one answer n times."""
    check_min(n, 1, "--n")
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise CodemError(f"--seed must be a non-negative integer, got {seed!r}")
    sampling = float(getattr(backend, "temperature", 0.0) or 0.0) > 0
    if n > 1 and not sampling:
        raise CodemError(f"--n {n} needs --temperature > 0: greedy decoding gives the same answer every time")
    return sampling


def generate_samples(
    problems: Sequence[Problem],
    backend,
    *,
    out: str | Path | None = None,
    resume: bool = True,
    chunk_size: int | None = None,
    log: Callable[[str], None] = print,
    n: int = 1,
    seed: int = 0,
) -> list[dict]:
    """``n`` answers per problem of ``problems`` (any languages, unregistered benchmarks too) from ``backend``."""
    sampling = _check_decoding(backend, n, seed)
    work = _Work(problems, backend, n, seed, sampling)
    partial = Path(f"{out}.partial.jsonl") if out else None
    if out and resume:
        work.resume(out)
    todo = work.todo()
    unit = "samples" if n > 1 else "problems"
    if work.done and len(todo) < len(work.items):
        log(f"resuming: {len(work.items) - len(todo)} of {len(work.items)} {unit} already generated")
    chunk = chunk_size or max(backend.batch_size * 4, 1)
    new_tokens = 0
    done_now = 0
    t0 = time.time()
    fh = None  # opened at the first finished chunk: a run that fails before it leaves no file behind
    try:
        for part in _chunks(todo, chunk, whole_problems=sampling):
            prompts, langs = [it[1] for it in part], [it[0].language for it in part]
            if sampling:
                gens = backend.generate(prompts, langs, seeds=[sample_seed(seed, it[0].task_id, it[2]) for it in part])
            else:
                gens = backend.generate(prompts, langs)
            lines = []
            for (p, _prompt, i, key), g in zip(part, gens):
                row = {
                    "task_id": p.task_id,
                    "sample": i,
                    **_extract(g.text, p),
                    "language": p.language,
                    "reply": g.text,
                    "raw_reply": g.raw,
                    "finish": g.finish,
                    "new_tokens": g.new_tokens,
                    "model": backend.info.model,
                    "gen_key": key,
                }
                work.done[key] = row
                new_tokens += g.new_tokens
                lines.append(dumps(row) + "\n")
            if partial:
                if fh is None:
                    partial.parent.mkdir(parents=True, exist_ok=True)
                    fh = open(partial, "a", encoding="utf-8")
                fh.writelines(lines)
                fh.flush()
                os.fsync(fh.fileno())
            elapsed = time.time() - t0
            done_now += len(part)
            log(f"generated {done_now}/{len(todo)} ({new_tokens / elapsed if elapsed else 0:.1f} new tokens/s)")
    finally:
        if fh:
            fh.close()
    seconds = time.time() - t0
    rows = work.rows()
    if out:
        run = {"generated_now": len(todo), "new_tokens_now": new_tokens, "seconds": seconds}
        _write_outputs(out, rows, backend, problems, run, {"n": n, "seed": seed, "sampling": sampling})
        if partial and partial.exists():
            partial.unlink()
    return rows


def _write_outputs(out, rows: list[dict], backend, problems: Sequence[Problem], run: dict, decoding: dict) -> None:
    from ..provenance import git_commit, package_versions

    write_jsonl(out, rows)
    seconds, todo = run["seconds"], run["generated_now"]
    if decoding["sampling"]:
        how = {
            "decoding": "sampling",
            "n": decoding["n"],
            "seed": decoding["seed"],
            "temperature": backend.info.details.get("temperature"),
            "top_p": backend.info.details.get("top_p"),
            "sample_seeds": "sample i of a task: first 31 bits of sha256({seed, task_id, sample: i})",
        }
    else:
        how = {"decoding": "greedy"}
    write_json(
        f"{out}.meta.json",
        {
            "codem_stage": "generate",
            "schema": SCHEMA,
            "backend": backend.info.backend,
            "model": backend.info.model,
            "details": backend.info.details,
            "languages": sorted({p.language for p in problems}),
            "problems": len({r["task_id"] for r in rows}),
            "samples": len(rows),
            "generated_now": todo,
            "new_tokens_now": run["new_tokens_now"],
            "seconds_now": round(seconds, 3),
            "new_tokens_per_s_now": round(run["new_tokens_now"] / seconds, 2) if seconds > 0 and todo else None,
            "finish_counts": {f: sum(1 for r in rows if r["finish"] == f) for f in FINISHES},
            "code_found": sum(1 for r in rows if r["code_found"]),
            "prompt": "paper Figure 3",
            **how,
            "versions": package_versions(),
            "git_commit": git_commit(),
        },
    )


def select_problems(
    languages: str | list[str] | None, *, limit: int | None = None, data_dir: str | Path | None = None
) -> list[Problem]:
    """The first ``limit`` problems (by task number) of each language's benchmark."""
    check_min(limit, 1, "--limit")
    problems: list[Problem] = []
    for lang in parse_languages(languages, evaluable_only=True):
        ps = load_problems(lang, data_dir)
        problems.extend(ps[:limit] if limit is not None else ps)
    return problems


def run_generate(
    model: str | None,
    languages: str | list[str] | None,
    out: str | Path,
    *,
    limit: int | None = None,
    backend: str = "transformers",
    problems: Sequence[Problem] | None = None,
    data_dir: str | Path | None = None,
    resume: bool = True,
    log: Callable[[str], None] = print,
    n: int = 1,
    seed: int = 0,
    **backend_kw,
) -> list[dict]:
    from ..devices import require_cuda
    from .backends import check_sampling, make_backend

    if backend == "transformers":  # a gpu-pool generation without CUDA refuses instead of crawling on the CPU
        require_cuda("generation")
    check_min(n, 1, "--n")
    temperature, top_p = backend_kw.get("temperature", 0.0), backend_kw.get("top_p", 1.0)
    check_sampling(temperature, top_p)
    if n > 1 and not temperature:
        raise CodemError(f"--n {n} needs --temperature > 0: greedy decoding gives the same answer every time")
    if problems is None:
        problems = select_problems(languages, limit=limit, data_dir=data_dir)  # fails fast on a missing benchmark
    check_output_file(out, "--out")  # before loading a model or generating: the write at the end must not fail
    be = make_backend(backend, model, **backend_kw)
    what = f"{len(problems)} problems x {n} samples" if n > 1 else f"{len(problems)} problems"
    log(f"{be.info.backend}: {be.info.model}; {what} -> {out}")
    return generate_samples(problems, be, out=out, resume=resume, log=log, n=n, seed=seed)
