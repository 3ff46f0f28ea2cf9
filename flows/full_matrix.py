"""Flow ``codem``: the whole CodeM experiment, one content-cached DAG.

    evolve x 8 languages -> mixed -> finetune x 9 corpora -> generate x (base + 9 models)
      -> execute x 10 -> report (Table 1 matrix, Figure 4 heatmaps, report.md) -> Prefect artifacts

Deployments (deployments/prefect.yaml) differ only in parameters:
  codem/full-matrix     every stage, preset demo (edit ``preset`` etc. in the UI)
  codem/reevaluate      generate + execute + report for the models already in the store (cron)
  codem/evolve-only     evolve (corpora only)
  codem/evaluate-model  generate + execute + report for ``models`` (e.g. ["codem-python"])

In-process:  codem pipeline run --preset tiny      or      python -m flows.full_matrix --preset tiny

Every task's cache key is made of content hashes (inputs, settings, code), its result is
persisted in the artifact store (``<store>/_prefect/results``): run it again after a kill and
every task that had finished comes back Cached. Bad config (unknown preset, unreachable store,
missing credentials, missing toolchain or teacher package) fails with one line before any task.

Fan-out: the default thread runner runs the execute tasks concurrently; set
``CODEM_DASK_ADDRESS`` (a ``tcp://`` scheduler, or ``local`` for a LocalCluster) with
``prefect-dask`` installed (pinned to this Prefect, see docs/orchestration.md) to use Dask.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger
from prefect.artifacts import create_link_artifact, create_markdown_artifact, create_table_artifact

from codem_core.config import get_settings
from codem_core.errors import CodemError, ConfigError
from codem_core.io import sha256_bytes, stable_hash
from codem_core.languages import TRAIN_LANGUAGES
from codem_core.pipeline import stages as S
from codem_core.pipeline.config import STAGES, load_pipeline_preset
from codem_core.storage import corpus_key, execution_summary_key, generations_key, model_name
from tasks import pipeline as T


def _task_runner():
    address = os.environ.get("CODEM_DASK_ADDRESS")
    if not address:
        return None
    try:
        from prefect_dask import DaskTaskRunner
    except ImportError:
        raise ConfigError("CODEM_DASK_ADDRESS is set but prefect-dask is not installed (see docs/orchestration.md)") from None
    if address == "local":
        return DaskTaskRunner(cluster_kwargs={"n_workers": int(os.environ.get("CODEM_DASK_WORKERS", "2"))})
    return DaskTaskRunner(address=address)


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


_SECRET_OPTIONS = {"key": "AWS_ACCESS_KEY_ID", "secret": "AWS_SECRET_ACCESS_KEY", "token": "AWS_SESSION_TOKEN"}


def result_storage(store):
    """Prefect result storage inside the artifact store (<store>/_prefect/results), saved as a block
    named after the store (Prefect needs result storage persisted server-side). Credentials are
    never written into the block: s3fs takes them from the environment."""
    from prefect.filesystems import LocalFileSystem, RemoteFileSystem

    name = f"codem-results-{stable_hash(store.url)[:16]}"
    if store.is_local:
        block = LocalFileSystem(basepath=str(store.local_path("_prefect/results")))
    else:
        settings = {k: v for k, v in store.storage_options.items() if k not in _SECRET_OPTIONS and k != "skip_instance_cache"}
        block = RemoteFileSystem(basepath=store.url_for("_prefect/results"), settings=settings)
    block.save(name, overwrite=True)
    return block


def _export_credentials(options: dict | None) -> dict | None:
    """Credentials from a Secret block go to this process's environment (for s3fs in every task and
    for Prefect's result storage); the rest (endpoint_url, client_kwargs...) stays as options."""
    if not options:
        return options
    for opt, env in _SECRET_OPTIONS.items():
        if options.get(opt):
            os.environ[env] = str(options[opt])
    return {k: v for k, v in options.items() if k not in _SECRET_OPTIONS}


def build_config(preset: str, *, corpora=None, languages=None, seeds_per_language=None, train_steps=None,
                 problems_per_language=None, max_new_tokens=None, overrides: dict | None = None):
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
    from codem_core.pipeline.config import _merge

    return load_pipeline_preset(preset, _merge(ov, overrides or {}))


def check_work_pool(pool: str) -> None:
    """Fail with one line unless ``pool`` exists and has at least one online worker."""
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise ConfigError(f"PREFECT_API_URL is not set: checking work pool {pool!r} needs the Prefect server its workers poll")
    with get_client(sync_client=True) as client:
        api = str(client.api_url).rstrip("/")
        try:
            client.read_work_pool(pool)
            # explicit offset/limit: the server rejects the client's default nulls with some fastapi versions
            workers = client.read_workers_for_work_pool(pool, offset=0, limit=200)
        except ObjectNotFound:
            raise ConfigError(f"no work pool {pool!r} on {api}: create it (docs/orchestration.md)") from None
        except httpx.HTTPError as exc:  # connection refused, timeout, an HTTP error status
            raise ConfigError(f"cannot read work pool {pool!r} from the Prefect API at {api}: "
                              f"{' '.join(str(exc).split())[:200] or type(exc).__name__}") from None
    if not any(str(getattr(w.status, "value", w.status)).upper() == "ONLINE" for w in workers):
        raise ConfigError(f"no online worker in work pool {pool!r} on {api}: start one with `prefect worker start --pool {pool}`")


def submit_to_deployment(deployment: str, parameters: dict, *, watch: bool = False, poll_interval: float = 2.0):
    """Create a flow run of ``deployment`` (e.g. "codem/full-matrix") with ``parameters`` over its
    defaults, after checking that it exists and that its work pool has an online worker (else the
    run would sit Scheduled). ``watch``: wait for the run and fail with one line unless it completes.
    The flow run's own pre-flight checks run on the worker (its environment: credentials, endpoint)."""
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise ConfigError(f"PREFECT_API_URL is not set: submitting to {deployment!r} needs the Prefect server its workers poll")
    with get_client(sync_client=True) as client:
        api = str(client.api_url).rstrip("/")
        try:
            dep = client.read_deployment_by_name(deployment)
        except ObjectNotFound:
            raise ConfigError(f"no deployment {deployment!r} on {api}: deploy deployments/prefect.yaml (docs/orchestration.md)") from None
        except httpx.HTTPError as exc:
            raise ConfigError(f"cannot read deployment {deployment!r} from the Prefect API at {api}: "
                              f"{' '.join(str(exc).split())[:200] or type(exc).__name__}") from None
    if dep.work_pool_name:
        check_work_pool(dep.work_pool_name)
    run = run_deployment(deployment, parameters=parameters, timeout=None if watch else 0, poll_interval=poll_interval)
    if watch and not (run.state and run.state.is_completed()):
        state = run.state.name if run.state else "unknown"
        msg = " ".join(str(run.state.message or "").split()) if run.state else ""
        raise CodemError(f"flow run {run.name} ({run.id}) ended {state}" + (f": {msg}" if msg else ""))
    return run


def check_stages(stages: list[str] | None) -> list[str]:
    chosen = list(stages or STAGES)
    bad = [s for s in chosen if s not in STAGES]
    if bad:
        raise ConfigError(f"unknown stage {bad[0]!r}: use some of {', '.join(STAGES)}")
    return [s for s in STAGES if s in chosen]


def _artifact_key(text: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")[:60] or "codem"


def _publish_artifacts(rep: dict, run: str) -> None:
    key = _artifact_key(f"codem-{run}")
    md = rep["report_md"]
    for name, url in rep["files"].items():
        fname = url.rsplit("/", 1)[-1]
        md = md.replace(f"]({fname})", f"]({url})")
    md = f"Report folder: `{rep['url']}`\n\n" + md
    create_markdown_artifact(md, key=f"{key}-report", description=f"CodeM report ({run})")
    rows = [{"model": row, **{lang: v for lang, v in cells.items()}} for row, cells in rep["matrix"].items()]
    create_table_artifact(rows, key=f"{key}-matrix", description="pass@1 (%): training corpus x evaluation language")
    for name in ("report", "corr_languages_png", "corr_corpora_png", "matrix"):
        if name in rep["files"]:
            create_link_artifact(rep["files"][name], link_text=rep["files"][name].rsplit("/", 1)[-1],
                                 key=f"{key}-link-{_artifact_key(name)}", description=f"{name} in the artifact store")


@flow(name="codem", log_prints=True, task_runner=_task_runner())
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
) -> dict:
    """CodeM end to end. ``preset``: tiny | demo | paper (codem_core/pipeline/presets) or a YAML path;
    the other parameters override it (``overrides``: nested dict, e.g. {"train": {"overrides": {"max_steps": 2}}}).
    ``stages``: any of evolve, train, generate, execute, report (default all). ``models``: which models to
    generate/execute when not training (default: base + every model in the store). ``store``: artifact
    store root (default $CODEM_STORE, else ./artifacts); ``namespace``: sub-folder of it (default: the
    preset's name). ``storage_block``: a Prefect Secret block with s3fs options (endpoint_url, key, secret)."""
    logger = get_run_logger()
    # ---- everything that can fail, before any task
    cfg = build_config(preset, corpora=corpora, languages=languages, seeds_per_language=seeds_per_language,
                       train_steps=train_steps, problems_per_language=problems_per_language, max_new_tokens=max_new_tokens,
                       overrides=overrides)
    chosen = check_stages(stages)
    options = _export_credentials(storage_options_from_block(storage_block))
    store_url = S.scoped_store_url(store, cfg.name if namespace is None else namespace)
    st = S.preflight(cfg, store_url, chosen, options, models)
    run = run_name or cfg.name
    work = str(Path(workdir) if workdir else get_settings().home / "pipeline" / stable_hash(store_url)[:12])
    tasks = T.configure(result_storage(st))
    config = cfg.model_dump()
    common = dict(storage_options=options)
    logger.info("codem: preset %s, stages %s, store %s", cfg.name, ",".join(chosen), st.url)

    try:
        # ---- evolve
        corpus_sha: dict[str, str] = {}
        if "evolve" in chosen:
            settings = {"teacher": cfg.teacher.model_dump(exclude={"url", "n_threads"} if cfg.teacher.kind == "local" else {"n_threads"}),
                        "evolve": cfg.evolve.model_dump()}
            code = S.code_version("evolve")
            evolved: dict[str, dict] = {}
            for c in cfg.corpora_to_import:  # brought from outside (corpora_from): read, not evolved
                evolved[c] = tasks["import-corpus"](config, {"corpora_from": {c: cfg.corpora_from[c]}},
                                                    S.code_version("import"), store_url, c, **common)
            if cfg.teacher.kind == "local":  # one llama.cpp server answers one request at a time: languages in turn
                for lang in cfg.languages_to_evolve:
                    evolved[lang] = tasks["evolve-corpus"](config, settings, code, store_url, lang, **common)
            else:
                futs = {lang: tasks["evolve-corpus"].submit(config, settings, code, store_url, lang, **common)
                        for lang in cfg.languages_to_evolve}
                evolved.update({lang: f.result() for lang, f in futs.items()})
            corpus_sha = {lang: r["sha256"] for lang, r in evolved.items()}
            if "mixed" in cfg.corpora and "mixed" not in cfg.corpora_from:
                mixed = tasks["mix-corpora"](config, {"per_language": cfg.evolve.per_language, "seed": cfg.evolve.seed},
                                             S.code_version("mix"), store_url, {lang: corpus_sha[lang] for lang in TRAIN_LANGUAGES},
                                             **common)
                corpus_sha["mixed"] = mixed["sha256"]
        elif "train" in chosen:
            corpus_sha = {c: sha256_bytes(st.read_bytes(corpus_key(c))) for c in cfg.corpora}

        # ---- train
        model_sha: dict[str, str | None] = {}
        if "train" in chosen:
            settings = {"train": cfg.train.model_dump()}
            code = S.code_version("train")
            for c in cfg.corpora:
                res = tasks["finetune"](config, settings, code, store_url, c, corpus_sha[c], workdir=work, **common)
                if res.get("manifest_sha256"):
                    model_sha[res["model"]] = res["manifest_sha256"]
                else:
                    logger.warning("no model for corpus %s: %s", c, res.get("skipped"))

        # ---- generate
        if models:
            wanted = [m if m == "base" else model_name(m) for m in models]
        elif "train" in chosen:
            wanted = ["base", *model_sha]
        else:
            wanted = ["base", *S.stored_models(st)]
        bench = S.benchmark_fingerprint(cfg.languages, cfg.generate.problems_per_language) if {"generate", "execute"} & set(chosen) else ""
        gens: dict[str, dict[str, str]] = {}
        if "generate" in chosen:
            settings = {"generate": cfg.generate.model_dump(), "languages": cfg.languages, "base_model": S.base_model_spec(cfg)}
            code = S.code_version("generate")
            for m in wanted:
                sha = None if m == "base" else (model_sha.get(m) or S.model_fingerprint(st, m))
                gens[m] = tasks["generate"](config, settings, code, store_url, m, sha, bench, workdir=work, **common)["sha256"]
        elif "execute" in chosen:
            for m in wanted:
                gens[m] = {lang: sha256_bytes(st.read_bytes(generations_key(m, lang))) for lang in cfg.languages}

        # ---- execute (concurrently: one engine per model, sandbox slots shared per process)
        summaries: dict[str, dict[str, str]] = {}
        if "execute" in chosen:
            settings = {"execute": cfg.execute.model_dump(exclude={"workers"}), "languages": cfg.languages}
            code = S.code_version("execute")
            futs = {m: tasks["execute"].submit(config, settings, code, store_url, m, gens[m], bench, workdir=work, **common)
                    for m in wanted}
            summaries = {m: f.result()["summary_sha256"] for m, f in futs.items()}
        elif "report" in chosen:
            for m in wanted:
                summaries[m] = {lang: sha256_bytes(st.read_bytes(execution_summary_key(m, lang))) for lang in cfg.languages
                                if st.exists(execution_summary_key(m, lang))}

        # ---- report
        out: dict[str, Any] = {"store": st.url, "stages": chosen, "models": wanted if {"generate", "execute"} & set(chosen) else []}
        if "report" in chosen:
            rep = tasks["report"](config, {"report": cfg.report.model_dump(), "name": cfg.name}, S.code_version("report"),
                                  store_url, run, summaries, workdir=work, **common)
            _publish_artifacts(rep, run)
            out.update(report=rep["url"], files=rep["files"], matrix=rep["matrix"])
            print(f"report: {rep['files'].get('report')}")
        out["corpora"] = corpus_sha
        out["models_sha256"] = model_sha
        return out
    finally:
        T.stop_teacher()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m flows.full_matrix", description="Run the codem flow in-process.")
    ap.add_argument("--preset", default="demo")
    ap.add_argument("--store")
    ap.add_argument("--namespace")
    ap.add_argument("--stages")
    ap.add_argument("--models")
    ap.add_argument("--run-name")
    a = ap.parse_args(argv)
    res = codem(preset=a.preset, store=a.store, namespace=a.namespace, run_name=a.run_name,
                stages=a.stages.split(",") if a.stages else None, models=a.models.split(",") if a.models else None)
    print(json.dumps({k: res[k] for k in ("store", "report") if k in res}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
