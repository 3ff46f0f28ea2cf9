"""Flow ``codem``: the whole CodeM experiment, one content-cached DAG that walks the stage registry.

    evolve x language -> mix -> finetune x corpus -> generate x model (base + fine-tuned)
      -> execute x model -> report (Table 1 matrix, Figure 4 heatmaps, report.md) -> Prefect artifacts

Each stage is its own flow (flows/stages.py). ``dispatch="local"`` (``codem pipeline run``, ``make
demo``) runs every stage here, as subflows, on this machine; ``dispatch="pools"`` (the deployments
in deployments/prefect.yaml) keeps evolve, mix, execute and report here, on the ``cpu`` pool, and
sends each fine-tune and each generation out as a flow run of ``codem-finetune/gpu`` or
``codem-generate/gpu``, all at once, bounded by the ``gpu`` pool's concurrency limit.

Every unit of work is cached by content (``registry.cache_key``: settings, code, the inputs'
hashes; never a run id) with its result persisted in the artifact store (``<store>/_prefect/results``):
run it again after a kill, here or on any machine that sees the store, and every item that had
finished comes back Cached. Bad config (unknown preset or stage, unreachable store, missing
credentials, toolchain, teacher package or gpu deployment) fails with one line before any task.

In-process:  codem pipeline run --preset tiny      or      python -m codem_prefect.flows.full_matrix --preset tiny
"""

from __future__ import annotations

import argparse
import json
import re
import sys

from prefect import flow
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact

from codem_core.pipeline.registry import Outputs
from codem_core.pipeline.stages import PIPELINE, evaluated_models
from codem_prefect.flows.pools import PARENT_POOL, parse_pools
from codem_prefect.flows.run import PipelineRun, build_config, check_stages, open_run
from codem_prefect.flows.stages import run_stage


@flow(name="codem", log_prints=True)
def codem(
    preset: str = "demo",
    stages: list[str] | None = None,
    corpora: list[str] | None = None,
    languages: list[str] | None = None,
    models: list[str] | None = None,
    store: str | None = None,
    namespace: str | None = None,
    run_name: str | None = None,
    seeds_per_language: int | None = None,
    train_steps: int | None = None,
    problems_per_language: int | None = None,
    max_new_tokens: int | None = None,
    overrides: dict | None = None,
    storage_block: str | None = None,
    workdir: str | None = None,
    dispatch: str = "local",
    pools: dict[str, str] | None = None,
) -> dict:
    """CodeM end to end. ``preset``: tiny | demo | paper (codem_core/pipeline/presets) or a YAML path;
    the other parameters override it (``overrides``: nested dict, e.g. {"train": {"overrides": {"max_steps": 2}}}).
    ``stages``: any of evolve, train, generate, execute, report (default all). ``models``: which models to
    generate/execute when not training (default: base + every model in the store). ``store``: artifact
    store root (default $CODEM_STORE, else ./artifacts); ``namespace``: sub-folder of it (default: the
    preset's name). ``storage_block``: a Prefect Secret block with s3fs options (endpoint_url, key, secret).
    ``dispatch``: local (every stage in this process) | pools (fine-tunes and generations as flow runs on
    the gpu pool); ``pools``: stage -> work pool over the registry's, e.g. {"execute": "docker"} (with
    dispatch=pools: each execute item a flow run of codem-execute/docker)."""
    cfg = build_config(
        preset,
        corpora=corpora,
        languages=languages,
        seeds_per_language=seeds_per_language,
        train_steps=train_steps,
        problems_per_language=problems_per_language,
        max_new_tokens=max_new_tokens,
        overrides=overrides,
    )
    run = open_run(
        cfg,
        check_stages(stages),
        store=store,
        namespace=namespace,
        storage_block=storage_block,
        workdir=workdir,
        models=models,
        run_name=run_name,
        dispatch=dispatch,
        pools=pools,
    )
    away = {s: p for s, p in run.pools.items() if p != PARENT_POOL} if dispatch == "pools" else {}
    print(
        f"codem: preset {cfg.name}, stages {','.join(run.ctx.steps)}, store {run.ctx.store.url}, dispatch {dispatch}"
        + (f" ({', '.join(f'{s} on {p}' for s, p in away.items())})" if away else "")
    )
    outputs = Outputs(run.ctx, PIPELINE)
    for stage in PIPELINE:  # evolve -> mix -> finetune -> generate -> execute -> report
        if stage.step in run.ctx.steps:
            outputs[stage.name] = run_stage(stage, run, stage.plan(outputs))
    for name, rep in (outputs["report"] if "report" in outputs else {}).items():
        _publish_report(name, rep)
        print(f"report: {rep['files'].get('report')}")
    return _summary(run, outputs)


def _summary(run: PipelineRun, outputs: Outputs) -> dict:
    steps = set(run.ctx.steps)
    out = {
        "store": run.ctx.store.url,
        "stages": list(run.ctx.steps),
        "models": evaluated_models(outputs) if {"generate", "execute"} & steps else [],
        "corpora": {
            c: r["sha256"] for name in ("evolve", "import", "mix") if name in outputs for c, r in outputs[name].items()
        },
        "models_sha256": {r["model"]: r["sha256"] for r in outputs["finetune"].values() if r.get("sha256")}
        if "finetune" in outputs
        else {},
    }
    for rep in (outputs["report"] if "report" in outputs else {}).values():
        out.update(report=rep["url"], files=rep["files"], matrix=rep["matrix"])
    return out


def _artifact_key(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:60] or "codem"


def _publish_report(run: str, rep: dict) -> None:
    """The report as Prefect artifacts of this flow run: markdown, the pass@1 table, links into the store."""
    key = _artifact_key(f"codem-{run}")
    md = rep["report_md"]
    for url in rep["files"].values():
        fname = url.rsplit("/", 1)[-1]
        md = md.replace(f"]({fname})", f"]({url})")
    create_markdown_artifact(
        f"Report folder: `{rep['url']}`\n\n" + md, key=f"{key}-report", description=f"CodeM report ({run})"
    )
    rows = [{"model": row, **cells} for row, cells in rep["matrix"].items()]
    create_table_artifact(rows, key=f"{key}-matrix", description="pass@1 (%): training corpus x evaluation language")
    for name in ("report", "corr_languages_png", "corr_corpora_png", "matrix"):
        if name in rep["files"]:
            create_link_artifact(
                rep["files"][name],
                link_text=rep["files"][name].rsplit("/", 1)[-1],
                key=f"{key}-link-{_artifact_key(name)}",
                description=f"{name} in the artifact store",
            )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m codem_prefect.flows.full_matrix", description="Run the codem flow in-process."
    )
    ap.add_argument("--preset", default="demo")
    ap.add_argument("--store")
    ap.add_argument("--namespace")
    ap.add_argument("--stages")
    ap.add_argument("--models")
    ap.add_argument("--run-name")
    ap.add_argument("--dispatch", default="local", choices=("local", "pools"))
    ap.add_argument("--pools", help="stage=pool pairs over the registry's pools, e.g. execute=docker")
    a = ap.parse_args(argv)
    res = codem(
        preset=a.preset,
        store=a.store,
        namespace=a.namespace,
        run_name=a.run_name,
        dispatch=a.dispatch,
        pools=parse_pools(a.pools),
        stages=a.stages.split(",") if a.stages else None,
        models=a.models.split(",") if a.models else None,
    )
    print(json.dumps({k: res[k] for k in ("store", "report") if k in res}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
