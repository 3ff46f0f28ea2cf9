"""Prefect tasks of the end-to-end ``codem`` flow: thin wrappers over ``codem_core.pipeline.stages``.

Caching is by content, never by run id: each task's key is its ``settings`` (the config sections
it depends on), ``code`` (hash of the code it runs, ``stages.code_version``) and the content
hashes of its inputs (returned by the upstream tasks), plus the task's own source. ``config``
(the whole preset, for convenience), ``storage_options`` (credentials) and ``workdir`` are left
out of the key. Results are small JSON dicts persisted in the artifact store itself
(``<store>/_prefect/results``, set by the flow with ``configure``), so a run killed at any point
and started again, by any process that sees the same store, finds every finished task Cached.

Retries with exponential backoff on transient errors (store/network hiccups, sandbox harness
errors, a teacher that kept failing, anything that is not a user error); user errors
(``CodemError`` other than TransientError/StorageError) fail at once.
"""

from __future__ import annotations

import threading

from prefect import get_run_logger, task
from prefect.cache_policies import INPUTS, NO_CACHE, TASK_SOURCE
from prefect.tasks import exponential_backoff

from codem_core.errors import CodemError
from codem_core.pipeline import stages
from codem_core.pipeline.config import PipelineConfig
from codem_core.storage import StorageError

CACHE = (INPUTS - "config" - "storage_options" - "workdir" - "teacher_url") + TASK_SOURCE
RETRY = dict(retries=2, retry_delay_seconds=exponential_backoff(backoff_factor=5), retry_jitter_factor=0.5)


def _transient(task, task_run, state) -> bool:
    try:
        state.result()
    except (stages.TransientError, StorageError):
        return True
    except CodemError:
        return False
    except Exception:
        return True
    return False


def _log(msg: str) -> None:
    get_run_logger().info(msg)


def _cfg(config: dict) -> PipelineConfig:
    return PipelineConfig.model_validate(config)


# --------------------------------------------------------------------------- the local teacher

_TEACHER = None
_TEACHER_LOCK = threading.Lock()


def teacher_url(config: dict) -> str:
    """The teacher's base URL: the configured one, or the embedded llama.cpp server (started once)."""
    global _TEACHER
    cfg = _cfg(config)
    if cfg.teacher.kind != "local":
        return cfg.teacher.url or ""
    with _TEACHER_LOCK:
        if _TEACHER is None:
            from codem_core.evolution.local_teacher import LocalTeacherServer

            _TEACHER = LocalTeacherServer(n_threads=cfg.teacher.n_threads).start()
        return _TEACHER.base_url


def stop_teacher() -> None:
    global _TEACHER
    with _TEACHER_LOCK:
        if _TEACHER is not None:
            _TEACHER.stop()
            _TEACHER = None


# --------------------------------------------------------------------------- tasks


@task(name="evolve-corpus", cache_policy=CACHE, retry_condition_fn=_transient, task_run_name="evolve-{language}", **RETRY)
def evolve_corpus(config: dict, settings: dict, code: str, store_url: str, language: str, *, storage_options: dict | None = None) -> dict:
    """One language's evolved corpus -> corpora/<language>/train.jsonl."""
    store = stages.store_for(store_url, storage_options)
    return stages.evolve_language(_cfg(config), store, language, teacher_url(config), log=_log)


@task(name="import-corpus", task_run_name="import-{corpus}", cache_policy=NO_CACHE, retry_condition_fn=_transient,
      **RETRY)
def import_corpus(config: dict, settings: dict, code: str, store_url: str, corpus: str, *,
                  storage_options: dict | None = None) -> dict:
    """A corpus brought from outside (corpora_from) -> corpora/<corpus>/train.jsonl. Not cached by Prefect: the file
    or hub data set behind a spec can change; reading it is cheap, and the content hash it returns keys the
    finetune task, so an unchanged corpus still finds its model Cached."""
    return stages.import_corpus(_cfg(config), stages.store_for(store_url, storage_options), corpus, log=_log)


@task(name="mix-corpora", task_run_name="mix-corpora", cache_policy=CACHE, retry_condition_fn=_transient, **RETRY)
def mix_corpora(config: dict, settings: dict, code: str, store_url: str, inputs: dict, *, storage_options: dict | None = None) -> dict:
    """The Mixed corpus from the 8 language corpora -> corpora/mixed/train.jsonl."""
    return stages.mix_corpora(_cfg(config), stages.store_for(store_url, storage_options), inputs, log=_log)


@task(name="finetune", tags=["gpu"], cache_policy=CACHE, retry_condition_fn=_transient, task_run_name="finetune-{corpus}", **RETRY)
def finetune(config: dict, settings: dict, code: str, store_url: str, corpus: str, corpus_sha256: str, *,
             workdir: str, storage_options: dict | None = None) -> dict:
    """One model per corpus -> models/<corpus>/ (resumes from its last checkpoint on retry)."""
    return stages.finetune(_cfg(config), stages.store_for(store_url, storage_options), corpus, corpus_sha256, workdir, log=_log)


@task(name="generate", tags=["gpu"], cache_policy=CACHE, retry_condition_fn=_transient, task_run_name="generate-{model}", **RETRY)
def generate(config: dict, settings: dict, code: str, store_url: str, model: str, model_sha256: str | None, benchmarks: str, *,
             workdir: str, storage_options: dict | None = None) -> dict:
    """Greedy samples of one model on every evaluation language -> generations/<model>/<lang>.jsonl."""
    return stages.generate(_cfg(config), stages.store_for(store_url, storage_options), model, model_sha256, workdir, log=_log)


@task(name="execute", cache_policy=CACHE, retry_condition_fn=_transient, task_run_name="execute-{model}", **RETRY)
def execute(config: dict, settings: dict, code: str, store_url: str, model: str, generations: dict, benchmarks: str, *,
            workdir: str, storage_options: dict | None = None) -> dict:
    """Sandboxed execution of one model's samples -> executions/<model>/<lang>.{results.jsonl,summary.json}."""
    return stages.execute(_cfg(config), stages.store_for(store_url, storage_options), model, generations, workdir, log=_log)


@task(name="report", task_run_name="report-{run}", cache_policy=CACHE, retry_condition_fn=_transient, **RETRY)
def report(config: dict, settings: dict, code: str, store_url: str, run: str, summaries: dict, *, workdir: str,
           storage_options: dict | None = None) -> dict:
    """Matrix, gains, correlations, heatmaps, report.md -> reports/<run>/."""
    return stages.report(_cfg(config), stages.store_for(store_url, storage_options), run, summaries, workdir, log=_log)


ALL_TASKS = (evolve_corpus, import_corpus, mix_corpora, finetune, generate, execute, report)


def configure(result_storage) -> dict:
    """The tasks with persisted JSON results in ``result_storage`` (the artifact store's _prefect/results)."""
    return {t.name: t.with_options(persist_result=True, result_storage=result_storage, result_serializer="json")
            for t in ALL_TASKS}
