"""Prefect tasks over the stage registry (``codem_core.pipeline.stages.PIPELINE``).

``stage_task(stage)`` runs one item of a stage in this process (``chunk_tasks``: split into chunks, each
chunk, merged back, for a stage that fans an item out); ``run_on_pool`` runs one item as
a flow run of the stage's deployment (``codem-<stage>/<pool>``) on its work pool and waits for
it. Both are keyed by the item's one content key (``registry.cache_key``: stage, item, settings,
code, the inputs' hashes; never a run id, a path or a credential) and persist their small JSON
result in the artifact store (``<store>/_prefect/results``, set per run with ``with_options``).
So whichever ran an item, in whichever process or on whichever machine, a later run that sees
the same store finds it ``Cached``; ``run_on_pool`` reads the child's result from there too.

Retries with exponential backoff on transient errors (store/network hiccups, sandbox harness
errors, a teacher that kept failing, a child flow run that crashed or was lost with its machine,
anything that is not a user error); user errors (``CodemError`` other than TransientError /
StorageError) fail at once.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from prefect import get_run_logger, task
from prefect.tasks import exponential_backoff
from pydantic import BaseModel

from codem_core.config import get_settings
from codem_core.errors import CodemError
from codem_core.io import stable_hash
from codem_core.pipeline.config import PipelineConfig
from codem_core.pipeline.registry import Job, by_name, cache_key, chunk_cache_key, split_cache_key
from codem_core.pipeline.stages import PIPELINE, TransientError, store_for
from codem_core.storage import StorageError

POLL_SECONDS = 2.0  # how often a parent asks the API whether a child flow run has finished


class StageRun(BaseModel):
    """How any process reaches one run's config and store (what a task or a child flow run needs)."""

    config: dict[str, Any]
    store: str  # the run's store URL, namespace included
    storage_options: dict[str, Any] | None = None  # non-secret s3fs options; credentials come from the environment
    storage_block: str | None = None  # a Prefect Secret block a child flow run on another machine reads them from
    workdir: str | None = None  # local scratch; default: per machine, under $CODEM_HOME

    def cfg(self) -> PipelineConfig:
        return PipelineConfig.model_validate(self.config)

    def local_workdir(self) -> Path:
        return Path(self.workdir) if self.workdir else get_settings().home / "pipeline" / stable_hash(self.store)[:12]


def _run_spec(parameters: dict[str, Any]) -> StageRun:
    run = parameters["run"]
    return run if isinstance(run, StageRun) else StageRun.model_validate(run)


def item_cache_key(context, parameters: dict[str, Any]) -> str:
    run = _run_spec(parameters)
    return cache_key(by_name(PIPELINE, parameters["stage"]), run.cfg(), parameters["item"], parameters["inputs"])


def split_item_key(context, parameters: dict[str, Any]) -> str:
    stage, run = by_name(PIPELINE, parameters["stage"]), _run_spec(parameters)
    return split_cache_key(stage, run.cfg(), parameters["item"], parameters["inputs"], parameters["parts"])


def chunk_item_key(context, parameters: dict[str, Any]) -> str:
    stage, run = by_name(PIPELINE, parameters["stage"]), _run_spec(parameters)
    return chunk_cache_key(stage, run.cfg(), parameters["item"], parameters["inputs"])


def is_transient(task, task_run, state) -> bool:
    """Retry unless the failure is a user error (bad config, missing model, malformed data)."""
    try:
        state.result()
    except (TransientError, StorageError):
        return True
    except CodemError as exc:  # a user error cannot be helped by retrying; a crashed training rank may
        return bool(getattr(exc, "retryable", False))
    except Exception:
        return True
    return False


RETRIES = dict(
    retries=2,
    retry_delay_seconds=exponential_backoff(backoff_factor=5),
    retry_jitter_factor=0.5,
    retry_condition_fn=is_transient,
)
CACHED = dict(cache_key_fn=item_cache_key, persist_result=True, result_serializer="json")


def _job(item: str, inputs: dict, run: StageRun) -> Job:
    return Job(
        cfg=run.cfg(),
        store=store_for(run.store, run.storage_options),
        item=item,
        inputs=inputs,
        workdir=run.local_workdir(),
        log=get_run_logger().info,
    )


@task(task_run_name="{stage}-{item}", **CACHED, **RETRIES)
def run_item(stage: str, item: str, inputs: dict, run: StageRun) -> dict:
    """One item of one stage, here: reads the store, writes the store, returns the small dict."""
    return by_name(PIPELINE, stage).run(_job(item, inputs, run))


@task(task_run_name="{stage}-{item}-split", **(CACHED | {"cache_key_fn": split_item_key}), **RETRIES)
def split_item(stage: str, item: str, inputs: dict, run: StageRun, parts: int) -> dict[str, dict]:
    """One item's chunks written to the store: chunk name -> the chunk's inputs (its content hashes)."""
    return by_name(PIPELINE, stage).chunks.split(_job(item, inputs, run), parts)


@task(task_run_name="{stage}-{item}-{chunk}", **(CACHED | {"cache_key_fn": chunk_item_key}), **RETRIES)
def run_chunk(stage: str, item: str, chunk: str, inputs: dict, run: StageRun) -> dict:
    """One chunk of an item (keyed by its content, so a rerun finds the finished ones Cached)."""
    return by_name(PIPELINE, stage).chunks.run(_job(item, inputs, run))


@task(task_run_name="{stage}-{item}", **CACHED, **RETRIES)
def merge_item(stage: str, item: str, inputs: dict, run: StageRun, chunks: dict[str, dict]) -> dict:
    """An item's chunks merged into its result; keyed as the item itself (``chunks`` is not part of the key)."""
    return by_name(PIPELINE, stage).chunks.merge(_job(item, inputs, run), chunks)


STAGE_TASKS = {s.name: run_item.with_options(name=s.name) for s in PIPELINE}


def stage_task(name: str, result_storage):
    """The task of stage ``name``, persisting its results in ``result_storage`` (the run's store)."""
    return STAGE_TASKS[name].with_options(result_storage=result_storage)


@dataclass(frozen=True)
class ChunkTasks:
    """The tasks of a stage whose items fan out: the whole item (when finished), split, chunk, merge."""

    item: Any
    split: Any
    chunk: Any
    merge: Any


def chunk_tasks(name: str, result_storage) -> ChunkTasks:
    """Stage ``name``'s fan-out tasks, persisting their results in ``result_storage`` (the run's store)."""
    return ChunkTasks(
        item=stage_task(name, result_storage),
        split=split_item.with_options(name=f"{name}-split", result_storage=result_storage),
        chunk=run_chunk.with_options(name=f"{name}-chunk", result_storage=result_storage),
        merge=merge_item.with_options(name=name, result_storage=result_storage),
    )


@task(name="run-on-pool", task_run_name="{stage}-{item}", **CACHED, **RETRIES)
def run_on_pool(stage: str, item: str, inputs: dict, run: StageRun, deployment: str) -> dict:
    """One item as a flow run of ``deployment`` (shown under this task in the UI); its result is read
    from the store, where the child's task persisted it under this task's own cache key."""
    from prefect.context import TaskRunContext
    from prefect.deployments import run_deployment

    params = {
        "config": run.config,
        "store": run.store,
        "namespace": "",
        "storage_block": run.storage_block,
        "items": {item: inputs},
    }
    child = run_deployment(
        deployment,
        parameters=params,
        flow_run_name=f"{stage}-{item}",
        as_subflow=True,
        timeout=None,
        poll_interval=POLL_SECONDS,
    )
    state = child.state
    if not (state and state.is_completed()):
        msg = " ".join(str(state.message or "").split()) if state else ""
        raise TransientError(
            f"flow run {child.name} ({child.id}) of {deployment} ended "
            f"{state.name if state else 'unknown'}" + (f": {msg}" if msg else "")
        )
    store = TaskRunContext.get().result_store
    key = item_cache_key(None, {"stage": stage, "item": item, "inputs": inputs, "run": run})
    if not store.exists(key):
        raise TransientError(f"flow run {child.name} of {deployment} completed but left no result for {stage} {item!r}")
    return store.read(key).result
