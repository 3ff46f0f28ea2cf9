"""``codem pipeline ...``: run the end-to-end ``codem`` flow, list presets, check a config.

Prefect is imported only inside the commands (``flows.full_matrix``), so ``codem_core`` stays
free of Prefect imports and ``codem --help`` stays fast.
"""

from __future__ import annotations

import json

import typer

from ..errors import CodemError


def _stages(text: str | None) -> list[str]:
    from .config import STAGES

    chosen = [x.strip() for x in text.split(",") if x.strip()] if text else list(STAGES)
    bad = [x for x in chosen if x not in STAGES]
    if bad:
        raise CodemError(f"unknown stage {bad[0]!r}: use some of {', '.join(STAGES)}")
    return chosen


def register(app: typer.Typer) -> None:
    pipe = typer.Typer(help="The whole experiment as one Prefect flow (codem): evolve -> train -> generate -> execute -> report.",
                       no_args_is_help=True)
    app.add_typer(pipe, name="pipeline")

    @pipe.command("presets")
    def presets_cmd() -> None:
        """List the pipeline presets and what they run."""
        from .config import available_pipeline_presets, load_pipeline_preset

        for name in available_pipeline_presets():
            cfg = load_pipeline_preset(name)
            typer.echo(f"{name:8} {cfg.description}")

    @pipe.command("show")
    def show_cmd(preset: str = typer.Option("demo", help="tiny | demo | paper, or a YAML path"),
                 set_: list[str] = typer.Option(None, "--set", help="section.key=value override (repeatable)")) -> None:
        """Print the resolved configuration of a preset (with --set overrides) as JSON."""
        from .config import load_pipeline_preset, parse_dotted

        typer.echo(json.dumps(load_pipeline_preset(preset, parse_dotted(set_)).model_dump(), indent=2))

    @pipe.command("check")
    def check_cmd(preset: str = typer.Option("demo"), store: str = typer.Option(None, help="artifact store root (default $CODEM_STORE or ./artifacts)"),
                  namespace: str = typer.Option(None, help="sub-folder of the store (default: the preset's name)"),
                  stages: str = typer.Option(None, help="comma-separated stages (default all)"),
                  set_: list[str] = typer.Option(None, "--set"),
                  pool: str = typer.Option(None, help="also require an online worker in this Prefect work pool")) -> None:
        """Every check the flow does before work starts (preset, store, teacher, benchmarks, toolchains[, worker])."""
        from .config import load_pipeline_preset, parse_dotted
        from .stages import preflight, scoped_store_url

        cfg = load_pipeline_preset(preset, parse_dotted(set_))
        chosen = _stages(stages)
        url = scoped_store_url(store, cfg.name if namespace is None else namespace)
        st = preflight(cfg, url, chosen)
        if pool:
            from flows.full_matrix import check_work_pool

            check_work_pool(pool)
        typer.echo(f"ok: preset {cfg.name}, store {st.url}, stages {','.join(chosen)}" + (f", pool {pool} has a worker" if pool else ""))

    @pipe.command("run")
    def run_cmd(preset: str = typer.Option("demo", help="tiny | demo | paper, or a YAML path"),
                store: str = typer.Option(None, help="artifact store root: a folder or s3://bucket/prefix (default $CODEM_STORE or ./artifacts)"),
                namespace: str = typer.Option(None, help="sub-folder of the store (default: the preset's name)"),
                stages: str = typer.Option(None, help="comma-separated: evolve,train,generate,execute,report (default all)"),
                models: str = typer.Option(None, help="comma-separated models to evaluate when not training (default base + stored)"),
                run_name: str = typer.Option(None, help="reports/<run>/ (default: the preset's name)"),
                set_: list[str] = typer.Option(None, "--set", help="section.key=value override, e.g. generate.max_new_tokens=64"),
                storage_block: str = typer.Option(None, help="Prefect Secret block with s3fs options (endpoint_url, key, secret)"),
                deployment: str = typer.Option(None, help="submit to this deployment (e.g. codem/full-matrix) instead of running "
                                               "here; fails unless its work pool has an online worker"),
                watch: bool = typer.Option(False, help="with --deployment: wait for the flow run; exit 2 unless it completes")) -> None:
        """Run the codem flow in this process (a local Prefect API: PREFECT_API_URL, else a temporary one), or
        submit it to a deployment's work pool (--deployment; the worker's environment is then the one checked)."""
        from .config import load_pipeline_preset, parse_dotted
        from .stages import preflight, scoped_store_url

        overrides = parse_dotted(set_)
        cfg = load_pipeline_preset(preset, overrides)  # fail fast, before any flow run starts
        chosen = _stages(stages)
        model_list = models.split(",") if models else None
        if deployment:  # the store, teacher and toolchains are checked on the worker, at the start of the run
            from flows.full_matrix import submit_to_deployment

            params = {"preset": preset, "store": store, "namespace": namespace, "stages": chosen if stages else None,
                      "models": model_list, "run_name": run_name, "overrides": overrides or None, "storage_block": storage_block}
            run = submit_to_deployment(deployment, {k: v for k, v in params.items() if v is not None}, watch=watch)
            typer.echo(f"flow run {run.name} ({run.id}): {run.state.name if run.state else 'submitted'}")
            return
        options = None
        if storage_block:  # s3fs options from a Prefect Secret block (needs the Prefect API)
            from flows.full_matrix import storage_options_from_block

            options = storage_options_from_block(storage_block)
        preflight(cfg, scoped_store_url(store, cfg.name if namespace is None else namespace), chosen, options, models=model_list)
        from flows.full_matrix import codem

        res = codem(preset=preset, store=store, namespace=namespace, stages=chosen, models=model_list, run_name=run_name,
                    overrides=overrides or None, storage_block=storage_block)
        typer.echo(f"store:  {res['store']}")
        if res.get("report"):
            typer.echo(f"report: {res['files'].get('report')}")
