"""``codem pipeline ...``: run the end-to-end ``codem`` flow, list presets and stages, check a config.

The core CLI (codem_core/cli.py) finds this sub-app through the ``codem.cli`` entry point
(pyproject.toml), so the library never imports the orchestration layer. Prefect is imported only
inside the commands that need it, so ``codem --help`` stays fast.
"""

from __future__ import annotations

import json

import typer

from codem_core.errors import CodemError


def _stages(text: str | None) -> list[str]:
    from codem_core.pipeline.config import STAGES

    chosen = [x.strip() for x in text.split(",") if x.strip()] if text else list(STAGES)
    bad = [x for x in chosen if x not in STAGES]
    if bad:
        raise CodemError(f"unknown stage {bad[0]!r}: use some of {', '.join(STAGES)}")
    return chosen


def register(app: typer.Typer) -> None:
    pipe = typer.Typer(
        help="The whole experiment as one Prefect flow (codem): evolve -> train -> generate -> execute -> report.",
        no_args_is_help=True,
    )
    app.add_typer(pipe, name="pipeline")

    @pipe.command("presets")
    def presets_cmd() -> None:
        """List the pipeline presets and what they run."""
        from codem_core.pipeline.config import available_pipeline_presets, load_pipeline_preset

        for name in available_pipeline_presets():
            cfg = load_pipeline_preset(name)
            typer.echo(f"{name:8} {cfg.description}")

    @pipe.command("stages")
    def stages_cmd() -> None:
        """List the stages in order: the switch that runs each, its fan-out axis, its work pool, what it writes."""
        from codem_core.pipeline.stages import PIPELINE

        typer.echo(f"{'stage':9} {'switch':9} {'axis':9} {'pool':5} writes")
        for s in PIPELINE:
            typer.echo(f"{s.name:9} {s.step:9} {s.axis:9} {s.pool:5} {s.writes}")

    @pipe.command("show")
    def show_cmd(
        preset: str = typer.Option("demo", help="tiny | demo | paper, or a YAML path"),
        set_: list[str] = typer.Option(None, "--set", help="section.key=value override (repeatable)"),
    ) -> None:
        """Print the resolved configuration of a preset (with --set overrides) as JSON."""
        from codem_core.pipeline.config import load_pipeline_preset, parse_dotted

        typer.echo(json.dumps(load_pipeline_preset(preset, parse_dotted(set_)).model_dump(), indent=2))

    @pipe.command("check")
    def check_cmd(
        preset: str = typer.Option("demo"),
        store: str = typer.Option(None, help="artifact store root (default $CODEM_STORE or ./artifacts)"),
        namespace: str = typer.Option(None, help="sub-folder of the store (default: the preset's name)"),
        stages: str = typer.Option(None, help="comma-separated stages (default all)"),
        set_: list[str] = typer.Option(None, "--set"),
        pool: str = typer.Option(None, help="also require an online worker in this Prefect work pool"),
    ) -> None:
        """Every check the flow does before work starts (preset, store, teacher, benchmarks, toolchains[, worker])."""
        from codem_core.pipeline.config import load_pipeline_preset, parse_dotted
        from codem_core.pipeline.stages import preflight, scoped_store_url

        cfg = load_pipeline_preset(preset, parse_dotted(set_))
        chosen = _stages(stages)
        url = scoped_store_url(store, cfg.name if namespace is None else namespace)
        st = preflight(cfg, url, chosen)
        if pool:
            from codem_prefect.flows.pools import check_work_pool

            check_work_pool(pool)
        typer.echo(
            f"ok: preset {cfg.name}, store {st.url}, stages {','.join(chosen)}"
            + (f", pool {pool} has a worker" if pool else "")
        )

    @pipe.command("run")
    def run_cmd(
        preset: str = typer.Option("demo", help="tiny | demo | paper, or a YAML path"),
        store: str = typer.Option(
            None, help="artifact store root: a folder or s3://bucket/prefix (default $CODEM_STORE or ./artifacts)"
        ),
        namespace: str = typer.Option(None, help="sub-folder of the store (default: the preset's name)"),
        stages: str = typer.Option(None, help="comma-separated: evolve,train,generate,execute,report (default all)"),
        models: str = typer.Option(
            None, help="comma-separated models to evaluate when not training (default base + stored)"
        ),
        run_name: str = typer.Option(None, help="reports/<run>/ (default: the preset's name)"),
        set_: list[str] = typer.Option(
            None, "--set", help="section.key=value override, e.g. generate.max_new_tokens=64"
        ),
        storage_block: str = typer.Option(
            None, help="Prefect Secret block with s3fs options (endpoint_url, key, secret)"
        ),
        deployment: str = typer.Option(
            None,
            help="submit to this deployment (e.g. codem/full-matrix) instead of running "
            "here; fails unless its work pool has an online worker",
        ),
        watch: bool = typer.Option(False, help="with --deployment: wait for the flow run; exit 2 unless it completes"),
        dispatch: str = typer.Option(
            None,
            help="local (default: every stage in this process) | pools (fine-tunes "
            "and generations as flow runs on the gpu pool; needs its deployments)",
        ),
        pools: str = typer.Option(
            None,
            help="stage=pool pairs over the registry's pools, e.g. execute=docker (each execute item a flow run "
            "of codem-execute/docker); implies --dispatch pools",
        ),
    ) -> None:
        """Run the codem flow in this process (a local Prefect API: PREFECT_API_URL, else a temporary one), or
        submit it to a deployment's work pool (--deployment; the worker's environment is then the one checked)."""
        from codem_core.pipeline.config import load_pipeline_preset, parse_dotted
        from codem_core.pipeline.stages import preflight, scoped_store_url

        overrides = parse_dotted(set_)
        cfg = load_pipeline_preset(preset, overrides)  # fail fast, before any flow run starts
        chosen = _stages(stages)
        model_list = models.split(",") if models else None
        if dispatch not in (None, "local", "pools"):
            raise CodemError(f"unknown dispatch {dispatch!r}: use local or pools")
        from codem_prefect.flows.pools import parse_pools

        pool_map = parse_pools(pools)
        if pool_map and dispatch is None:
            dispatch = "pools"
        elif pool_map and dispatch != "pools":
            raise CodemError(f"--pools needs --dispatch pools (with --dispatch {dispatch} every stage runs here)")
        if deployment:  # the store, teacher and toolchains are checked on the worker, at the start of the run
            from codem_prefect.flows.pools import submit_to_deployment

            params = {
                "preset": preset,
                "store": store,
                "namespace": namespace,
                "stages": chosen if stages else None,
                "models": model_list,
                "run_name": run_name,
                "overrides": overrides or None,
                "storage_block": storage_block,
                "dispatch": dispatch,
                "pools": pool_map,
            }
            run = submit_to_deployment(deployment, {k: v for k, v in params.items() if v is not None}, watch=watch)
            typer.echo(f"flow run {run.name} ({run.id}): {run.state.name if run.state else 'submitted'}")
            return
        options = None
        if storage_block:  # s3fs options from a Prefect Secret block (needs the Prefect API)
            from codem_prefect.flows.run import storage_options_from_block

            options = storage_options_from_block(storage_block)
        preflight(
            cfg,
            scoped_store_url(store, cfg.name if namespace is None else namespace),
            chosen,
            options,
            models=model_list,
        )
        if dispatch == "pools":
            from codem_core.pipeline.stages import PIPELINE
            from codem_prefect.flows.pools import check_stage_deployments

            check_stage_deployments([s for s in PIPELINE if s.step in chosen], pool_map)
        from codem_prefect.flows.full_matrix import codem

        res = codem(
            preset=preset,
            store=store,
            namespace=namespace,
            stages=chosen,
            models=model_list,
            run_name=run_name,
            overrides=overrides or None,
            storage_block=storage_block,
            dispatch=dispatch or "local",
            pools=pool_map,
        )
        typer.echo(f"store:  {res['store']}")
        if res.get("report"):
            typer.echo(f"report: {res['files'].get('report')}")
