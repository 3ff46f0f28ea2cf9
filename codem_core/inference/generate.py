"""Generate one greedy answer per benchmark problem and write ``samples.jsonl``.

Rows are what ``codem evaluate`` reads: ``{"task_id": "Java/3", "completion": "..."}``
(the completion continues ``problem.prompt``, HumanEval-X convention), plus the model's
reply (``reply``: cut at the stop rule; ``raw_reply``: all generated text), how the code was
extracted, the imports the completion needs, and token counts.

Reruns resume: finished rows are appended to ``<out>.partial.jsonl`` after every chunk, keyed
by a hash of the model, the settings and the prompt; a rerun skips them.  The final file and
its ``<out>.meta.json`` (model, settings, versions, throughput) are written atomically.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path

from ..benchmarks import Problem, load_problems
from ..inputs import check_min, check_output_file
from ..errors import DataError
from ..io import dumps, parse_jsonl_line, stable_hash, write_json, write_jsonl
from ..languages import EVAL_LANGUAGES, get_language, parse_languages
from .prompts import build_prompt

SCHEMA = 1
FINISHES = ("stop", "eos", "length")


def _extract(reply: str, problem: Problem) -> dict:
    from .extraction import extract_completion

    try:
        ex = extract_completion(reply, language=problem.language, prompt=problem.prompt, entry_point=problem.entry_point)
    except Exception as exc:  # an extraction bug must not kill a long generation run
        return {"completion": reply, "extraction": f"error:{type(exc).__name__}", "code_found": False, "imports": []}
    return {"completion": ex.completion, "extraction": ex.method, "code_found": ex.code_found, "imports": list(ex.imports)}


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
    return (row.get("task_id") == task_id and isinstance(row.get("completion"), str) and row.get("finish") in FINISHES
            and isinstance(row.get("code_found"), bool))


def _order_key(row: dict) -> tuple[int, int]:
    lang = get_language(row["task_id"].split("/", 1)[0]).key
    pos = EVAL_LANGUAGES.index(lang) if lang in EVAL_LANGUAGES else len(EVAL_LANGUAGES)
    return pos, int(row["task_id"].split("/", 1)[1])


def generate_samples(problems: Sequence[Problem], backend, *, out: str | Path | None = None, resume: bool = True,
                     chunk_size: int | None = None, log: Callable[[str], None] = print) -> list[dict]:
    """Generate for ``problems`` (any languages, including unregistered benchmarks) with ``backend``."""
    settings_key = stable_hash({"schema": SCHEMA, "backend": backend.info.backend, "model": backend.info.model,
                                "details": {k: v for k, v in backend.info.details.items() if k not in ("batch_size", "concurrency", "device")}})
    keyed = []
    for p in problems:
        prompt, sig = build_prompt(p)
        keyed.append((p, prompt, sig, stable_hash({"settings": settings_key, "prompt": prompt, "task_id": p.task_id})))
    partial = Path(f"{out}.partial.jsonl") if out else None
    done: dict[str, dict] = {}
    if out and resume:
        final, meta = Path(out), Path(f"{out}.meta.json")
        sources = [partial] + ([final] if final.is_file() and meta.is_file() else [])
        task_of = {k[3]: k[0].task_id for k in keyed}
        for src in sources:
            if src is not None and src.is_file():
                rows = _load_partial(src) if src == partial else _resumable_rows(src.read_bytes().split(b"\n"), src)
                for row in rows:
                    key = row.get("gen_key")
                    if isinstance(key, str) and key in task_of and _resumed(row, task_of[key]):
                        done[key] = row
    todo = [k for k in keyed if k[3] not in done]
    if done:
        log(f"resuming: {len(keyed) - len(todo)} of {len(keyed)} problems already generated")
    chunk = chunk_size or max(backend.batch_size * 4, 1)
    new_tokens = 0
    t0 = time.time()
    fh = None  # opened at the first finished chunk: a run that fails before it leaves no file behind
    try:
        for start in range(0, len(todo), chunk):
            part = todo[start:start + chunk]
            gens = backend.generate([k[1] for k in part], [k[0].language for k in part])
            lines = []
            for (p, _prompt, _sig, key), g in zip(part, gens):
                row = {"task_id": p.task_id, **_extract(g.text, p), "language": p.language, "reply": g.text, "raw_reply": g.raw,
                       "finish": g.finish, "new_tokens": g.new_tokens, "model": backend.info.model, "gen_key": key}
                done[key] = row
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
            log(f"generated {min(start + chunk, len(todo))}/{len(todo)} ({new_tokens / elapsed if elapsed else 0:.1f} new tokens/s)")
    finally:
        if fh:
            fh.close()
    seconds = time.time() - t0
    rows = sorted((done[k[3]] for k in keyed), key=_order_key)
    if out:
        from ..provenance import git_commit, package_versions

        write_jsonl(out, rows)
        langs = sorted({p.language for p in problems})
        write_json(f"{out}.meta.json", {
            "codem_stage": "generate", "schema": SCHEMA, "backend": backend.info.backend, "model": backend.info.model,
            "details": backend.info.details, "languages": langs, "problems": len(rows),
            "generated_now": len(todo), "new_tokens_now": new_tokens, "seconds_now": round(seconds, 3),
            "new_tokens_per_s_now": round(new_tokens / seconds, 2) if seconds > 0 and todo else None,
            "finish_counts": {f: sum(1 for r in rows if r["finish"] == f) for f in FINISHES},
            "code_found": sum(1 for r in rows if r["code_found"]),
            "prompt": "paper Figure 3", "decoding": "greedy", "versions": package_versions(), "git_commit": git_commit(),
        })
        if partial and partial.exists():
            partial.unlink()
    return rows


def select_problems(languages: str | list[str] | None, *, limit: int | None = None, data_dir: str | Path | None = None) -> list[Problem]:
    """The first ``limit`` problems (by task number) of each language's benchmark."""
    check_min(limit, 1, "--limit")
    problems: list[Problem] = []
    for lang in parse_languages(languages, evaluable_only=True):
        ps = load_problems(lang, data_dir)
        problems.extend(ps[:limit] if limit is not None else ps)
    return problems


def run_generate(model: str | None, languages: str | list[str] | None, out: str | Path, *, limit: int | None = None,
                 backend: str = "transformers", problems: Sequence[Problem] | None = None, data_dir: str | Path | None = None,
                 resume: bool = True, log: Callable[[str], None] = print, **backend_kw) -> list[dict]:
    from .backends import make_backend

    if problems is None:
        problems = select_problems(languages, limit=limit, data_dir=data_dir)  # fails fast on a missing benchmark
    check_output_file(out, "--out")  # before loading a model or generating: the write at the end must not fail
    be = make_backend(backend, model, **backend_kw)
    log(f"{be.info.backend}: {be.info.model}; {len(problems)} problems -> {out}")
    return generate_samples(problems, be, out=out, resume=resume, log=log)
