"""One flow per stage of the registry, and how the ``codem`` flow runs a stage.

    codem-evolve, codem-mix, codem-finetune, codem-generate, codem-execute, codem-report

A stage flow runs its stage's task (tasks/stages.py) over the items it is given, one at a time
or concurrently as the stage declares; with no ``items`` it plans them from what the store holds
(``stage.plan``), so each is also a job of its own:

    prefect deployment run codem-finetune/gpu --param preset=paper --param store=s3://bucket/codem

``run_stage`` is how the ``codem`` flow runs a stage: as a subflow in its own process, or, when it
dispatches to pools and the stage belongs on another pool than the parent's (``cpu``; the
registry's pool, or the run's ``pools`` mapping, e.g. execute on ``docker``), as one flow run of
the stage's deployment (``codem-<stage>/<pool>``) per item, launched concurrently from tasks and
bounded by that pool's concurrency limit. The same flow either way.
"""

from __future__ import annotations

import os

from prefect import Flow, flow
from prefect.futures import wait

from codem_core.errors import ConfigError
from codem_core.pipeline.config import PipelineConfig
from codem_core.pipeline.registry import Outputs, Results, Stage, cache_key
from codem_core.pipeline.stages import PIPELINE
from codem_prefect.flows.pools import PARENT_POOL, stage_deployment
from codem_prefect.flows.run import PipelineRun, build_config, open_run
from codem_prefect.tasks.stages import chunk_tasks, run_on_pool, stage_task


def _task_runner():
    """Dask for the concurrent stages when ``CODEM_DASK_ADDRESS`` is set (docs/orchestration.md), else threads."""
    address = os.environ.get("CODEM_DASK_ADDRESS")
    if not address:
        return None
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise ConfigError(
            "CODEM_DASK_ADDRESS is set but prefect-dask is not installed (see docs/orchestration.md)"
        ) from None
    if address == "local":
        return DaskTaskRunner(cluster_kwargs={"n_workers": int(os.environ.get("CODEM_DASK_WORKERS", "2"))})
    return DaskTaskRunner(address=address)


def run_items(stage: Stage, run: PipelineRun, items: dict[str, dict]) -> Results:
    """The stage's task over ``items`` in this process: in turn if the stage is serial, else concurrently
    (each item in chunks when the stage splits its items: ``run_chunked``)."""
    parts = stage.parts(run.ctx.cfg)
    if parts > 1:
        return run_chunked(stage, run, items, parts)
    task = stage_task(stage.name, run.results)
    if stage.serial(run.ctx.cfg):
        return {item: task(stage.name, item, inputs, run.spec) for item, inputs in items.items()}
    futures = {item: task.submit(stage.name, item, inputs, run.spec) for item, inputs in items.items()}
    wait(list(futures.values()))
    return {item: f.result() for item, f in futures.items()}


def _finished(stage: Stage, run: PipelineRun, item: str, inputs: dict) -> bool:
    """Whether an earlier run (split or not) left this item's result in the run's result storage."""
    from prefect.results import ResultStore

    return ResultStore(result_storage=run.results).exists(cache_key(stage, run.ctx.cfg, item, inputs))


def run_chunked(stage: Stage, run: PipelineRun, items: dict[str, dict], parts: int) -> Results:
    """Each unfinished item split into at most ``parts`` chunks, every chunk of every item a concurrent task (the
    flow's task runner: threads, or Dask workers), then each item's chunks merged into its result.

    Split, chunks and merge are cached like any item (the chunks by their content), so a rerun of a killed
    run finds its finished chunks Cached and runs the rest; an item already finished comes back Cached whole."""
    tasks = chunk_tasks(stage.name, run.results)
    done = {item for item, inputs in items.items() if _finished(stage, run, item, inputs)}
    results = {item: tasks.item.submit(stage.name, item, items[item], run.spec) for item in done}
    todo = {item: inputs for item, inputs in items.items() if item not in done}
    splits = {item: tasks.split.submit(stage.name, item, inputs, run.spec, parts) for item, inputs in todo.items()}
    wait(list(splits.values()))
    chunks = {
        item: {c: tasks.chunk.submit(stage.name, item, c, c_inputs, run.spec) for c, c_inputs in f.result().items()}
        for item, f in splits.items()
        if f.state.is_completed()
    }
    wait([f for fs in chunks.values() for f in fs.values()])
    for item, fs in chunks.items():
        if all(f.state.is_completed() for f in fs.values()):
            results[item] = tasks.merge.submit(
                stage.name, item, todo[item], run.spec, {c: f.result() for c, f in fs.items()}
            )
    wait(list(results.values()))
    # the first failure, once every item that could finish has finished (a rerun then resumes the rest)
    for f in [*splits.values(), *(f for fs in chunks.values() for f in fs.values()), *results.values()]:
        f.result()
    return {item: results[item].result() for item in items}


def dispatch_items(stage: Stage, run: PipelineRun, items: dict[str, dict]) -> Results:
    """One flow run per item on the stage's pool, all launched at once (the pool's limit bounds them)."""
    task = run_on_pool.with_options(result_storage=run.results)
    deployment = stage_deployment(stage, run.pools[stage.name])
    futures = {item: task.submit(stage.name, item, inputs, run.spec, deployment) for item, inputs in items.items()}
    wait(list(futures.values()))
    return {item: f.result() for item, f in futures.items()}


def run_stage(stage: Stage, run: PipelineRun, items: dict[str, dict]) -> Results:
    if not items:
        return {}
    if run.dispatch == "pools" and run.pools[stage.name] != PARENT_POOL:
        return dispatch_items(stage, run, items)
    spec = run.spec
    return STAGE_FLOWS[stage.name](
        config=spec.config,
        store=spec.store,
        namespace="",
        storage_block=spec.storage_block,
        workdir=spec.workdir,
        items=items,
    )


def stage_flow(stage: Stage) -> Flow:
    """The flow of ``stage``: its pre-flight, then its task over the given (or planned) items."""

    def run(
        config: dict | None = None,
        preset: str = "demo",
        overrides: dict | None = None,
        items: dict[str, dict] | None = None,
        store: str | None = None,
        namespace: str | None = None,
        storage_block: str | None = None,
        workdir: str | None = None,
        models: list[str] | None = None,
    ) -> dict:
        cfg = PipelineConfig.model_validate(config) if config else build_config(preset, overrides=overrides)
        opened = open_run(
            cfg,
            [stage.step],
            store=store,
            namespace=namespace,
            storage_block=storage_block,
            workdir=workdir,
            models=models,
        )
        planned = items if items is not None else stage.plan(Outputs(opened.ctx, PIPELINE))
        return run_items(stage, opened, planned)

    run.__doc__ = (
        f"Stage {stage.name} ({stage.axis} by {stage.axis}; writes {stage.writes}). ``config``: a resolved "
        "pipeline config (else ``preset`` + ``overrides``); ``items``: item -> inputs (default: all "
        "planned from the store)."
    )
    release = [lambda *_: stage.close()] if stage.close else []
    return flow(
        run,
        name=f"codem-{stage.name}",
        log_prints=True,
        task_runner=_task_runner(),
        validate_parameters=True,
        on_completion=release,
        on_failure=release,
        on_crashed=release,
        on_cancellation=release,
    )


STAGE_FLOWS: dict[str, Flow] = {s.name: stage_flow(s) for s in PIPELINE}
# module attributes, for deployment entrypoints: codem_prefect.flows.stages.finetune
globals().update(STAGE_FLOWS)
