"""Opening a run: config, stages, credentials, store and result storage, every check before any task.

``open_run`` is the first line of the ``codem`` flow and of every stage flow, so a bad config fails
the flow run with one line and no task run, on whichever machine it runs (the checks use that
machine's environment: its credentials, endpoint, toolchains, teacher packages).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

from codem_core.errors import ConfigError
from codem_core.io import stable_hash
from codem_core.pipeline.config import STAGES, _merge, load_pipeline_preset
from codem_core.pipeline.registry import RunContext
from codem_core.pipeline.stages import PIPELINE, preflight, scoped_store_url
from codem_core.storage import ArtifactStore
from codem_prefect.tasks.stages import StageRun

DISPATCH = ("local", "pools")
_SECRET_OPTIONS = {"key": "AWS_ACCESS_KEY_ID", "secret": "AWS_SECRET_ACCESS_KEY", "token": "AWS_SESSION_TOKEN"}


@dataclass(frozen=True)
class PipelineRun:
    ctx: RunContext  # what the registry's plans and loads see
    spec: StageRun  # what tasks and child flow runs get
    results: Any  # the Prefect result storage inside the store (<store>/_prefect/results)
    dispatch: str  # local: every stage in this process; pools: stages on another pool as flow runs there
    pools: dict[str, str]  # stage -> work pool (the registry's, with the run's ``pools`` over it)


def build_config(
    preset: str,
    *,
    corpora=None,
    languages=None,
    seeds_per_language=None,
    train_steps=None,
    problems_per_language=None,
    max_new_tokens=None,
    overrides: dict | None = None,
):
    """The preset with the flow's convenience parameters and ``overrides`` merged over it."""
    ov: dict[str, Any] = {}
    if corpora:
        ov["corpora"] = list(corpora)
    if languages:
        ov["languages"] = list(languages)
    if seeds_per_language:
        ov.setdefault("evolve", {})["per_language"] = seeds_per_language
    if train_steps:
        ov.setdefault("train", {}).setdefault("overrides", {})["max_steps"] = train_steps
    if problems_per_language:
        ov.setdefault("generate", {})["problems_per_language"] = problems_per_language
    if max_new_tokens:
        ov.setdefault("generate", {})["max_new_tokens"] = max_new_tokens
    return load_pipeline_preset(preset, _merge(ov, overrides or {}))


def check_stages(stages: list[str] | None) -> list[str]:
    chosen = list(stages or STAGES)
    bad = [s for s in chosen if s not in STAGES]
    if bad:
        raise ConfigError(f"unknown stage {bad[0]!r}: use some of {', '.join(STAGES)}")
    return [s for s in STAGES if s in chosen]


def storage_options_from_block(name: str | None) -> dict | None:
    """s3fs options (endpoint_url, key, secret, token...) from a Prefect Secret block holding a JSON object."""
    if not name:
        return None
    from prefect.blocks.system import Secret

    try:
        value = Secret.load(name).get()
    except ValueError as exc:
        raise ConfigError(f"no Prefect Secret block {name!r} ({' '.join(str(exc).split())})") from None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            raise ConfigError(f"Secret block {name!r} must hold a JSON object of s3fs options") from None
    if not isinstance(value, dict):
        raise ConfigError(f"Secret block {name!r} must hold a JSON object of s3fs options")
    return value


def export_credentials(options: dict | None) -> dict | None:
    """Credentials from a Secret block go to this process's environment (for s3fs in every task and
    for Prefect's result storage); the rest (endpoint_url, client_kwargs...) stays as options."""
    if not options:
        return options
    for opt, env in _SECRET_OPTIONS.items():
        if options.get(opt):
            os.environ[env] = str(options[opt])
    return {k: v for k, v in options.items() if k not in _SECRET_OPTIONS}


def result_storage(store: ArtifactStore):
    """Prefect result storage inside the artifact store (<store>/_prefect/results), saved as a block
    named after the store (Prefect needs result storage persisted server-side). Credentials are
    never written into the block: s3fs takes them from the environment."""
    from prefect.filesystems import LocalFileSystem, RemoteFileSystem

    name = f"codem-results-{stable_hash(store.url)[:16]}"
    if store.is_local:
        block = LocalFileSystem(basepath=str(store.local_path("_prefect/results")))
    else:
        settings = {
            k: v for k, v in store.storage_options.items() if k not in _SECRET_OPTIONS and k != "skip_instance_cache"
        }
        block = RemoteFileSystem(basepath=store.url_for("_prefect/results"), settings=settings)
    block.save(name, overwrite=True)
    return block


def open_run(
    cfg,
    steps: list[str],
    *,
    store: str | None,
    namespace: str | None,
    storage_block: str | None = None,
    workdir: str | None = None,
    models: list[str] | None = None,
    run_name: str | None = None,
    dispatch: str = "local",
    pools: dict[str, str] | None = None,
) -> PipelineRun:
    """Every check that can fail, then the run's context; one ConfigError/StorageError line on failure.
    ``pools``: stage -> work pool over the registry's (``{"execute": "docker"}``), with ``dispatch=pools``."""
    from codem_prefect.flows.pools import check_stage_deployments, stage_pools

    if dispatch not in DISPATCH:
        raise ConfigError(f"unknown dispatch {dispatch!r}: use {' or '.join(DISPATCH)}")
    where = stage_pools(pools)
    if pools and dispatch != "pools":
        raise ConfigError(f"pools={pools} needs dispatch=pools (with dispatch={dispatch} every stage runs here)")
    options = export_credentials(storage_options_from_block(storage_block))
    store_url = scoped_store_url(store, cfg.name if namespace is None else namespace)
    finetune = next(s for s in PIPELINE if s.name == "finetune")
    if dispatch == "pools" and finetune.step in steps:  # size the fine-tunes for the gpu pool's machines
        from codem_prefect.flows.pools import declare_pool_hardware

        declare_pool_hardware(finetune.pool)
    st = preflight(cfg, store_url, steps, options, models)
    if dispatch == "pools":
        check_stage_deployments([s for s in PIPELINE if s.step in steps], where)
    ctx = RunContext(
        cfg=cfg, store=st, steps=tuple(steps), models=tuple(models) if models else None, name=run_name or cfg.name
    )
    spec = StageRun(
        config=cfg.model_dump(), store=store_url, storage_options=options, storage_block=storage_block, workdir=workdir
    )
    return PipelineRun(ctx=ctx, spec=spec, results=result_storage(st), dispatch=dispatch, pools=where)
