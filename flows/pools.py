"""Work pools and deployments: which deployment runs a stage's items on its pool, and the checks
that fail with one line before a run waits forever for a pool nobody serves.

    pool    runs                                                        deployments
    cpu     the codem flow and, in it, evolve, mix, execute, report     codem/full-matrix, ... (prefect.yaml)
    gpu     one flow run per fine-tune (corpus) and generation (model)  codem-finetune/gpu, codem-generate/gpu
    docker  one flow run per execute item in codem/executor-worker      codem-execute/docker (docker.yaml)

Each stage's pool is the registry's (``Stage.pool``) unless the run's ``pools`` mapping moves it
(``pools={"execute": "docker"}``); with ``dispatch=pools`` a stage whose pool is not the parent's
runs as flow runs of ``codem-<stage>/<pool>``, the rest in the parent's process.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from codem_core.errors import CodemError, ConfigError
from codem_core.pipeline.registry import Stage
from codem_core.pipeline.stages import PIPELINE

PARENT_POOL = "cpu"  # where the codem flow's deployments run: stages on other pools go out as flow runs
_POOL_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def stage_pools(pools: Mapping[str, str] | None = None) -> dict[str, str]:
    """Stage name -> work pool: the registry's, with ``pools`` (e.g. ``{"execute": "docker"}``) over it."""
    pools = dict(pools or {})
    names = [s.name for s in PIPELINE]
    for name, pool in pools.items():
        if name not in names:
            raise ConfigError(f"pools: unknown stage {name!r}: use some of {', '.join(names)}")
        if not isinstance(pool, str) or not _POOL_NAME.match(pool):
            raise ConfigError(f"pools: {name}={pool!r} is not a work pool name")
    return {s.name: pools.get(s.name, s.pool) for s in PIPELINE}


def parse_pools(text: str | None) -> dict[str, str] | None:
    """``execute=docker,generate=gpu`` (the CLI's ``--pools``) as a mapping; one line when malformed."""
    if not text:
        return None
    pairs = [part.split("=", 1) for part in text.split(",") if part.strip()]
    if any(len(p) != 2 for p in pairs):
        raise ConfigError(f"--pools takes stage=pool pairs separated by commas (execute=docker), got {text!r}")
    pools = {k.strip(): v.strip() for k, v in pairs}
    stage_pools(pools)  # unknown stage, bad pool name: one line
    return pools


def stage_deployment(stage: Stage, pool: str | None = None) -> str:
    """The deployment that runs one item of ``stage`` on ``pool`` (default its own), e.g. ``codem-finetune/gpu``."""
    return f"codem-{stage.name}/{pool or stage.pool}"


def _api_error(what: str, api: str, exc: Exception) -> ConfigError:
    return ConfigError(
        f"cannot read {what} from the Prefect API at {api}: {' '.join(str(exc).split())[:200] or type(exc).__name__}"
    )


def _require_api(what: str) -> None:
    from prefect.settings import PREFECT_API_URL

    if not PREFECT_API_URL.value():
        raise ConfigError(f"PREFECT_API_URL is not set: {what} needs the Prefect server its workers poll")


def check_stage_deployments(stages: list[Stage], pools: Mapping[str, str] | None = None) -> None:
    """Each stage that leaves the parent's pool has its deployment, and that deployment's pool exists.
    ``pools``: stage -> pool over the registry's (``stage_pools``)."""
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    where = stage_pools(pools)
    remote = [s for s in stages if where[s.name] != PARENT_POOL]
    if not remote:
        return
    _require_api("dispatching stages to work pools")
    with get_client(sync_client=True) as client:
        api = str(client.api_url).rstrip("/")
        for stage in remote:
            pool = where[stage.name]
            name = stage_deployment(stage, pool)
            try:
                dep = client.read_deployment_by_name(name)
                client.read_work_pool(dep.work_pool_name or pool)
            except ObjectNotFound:
                raise ConfigError(
                    f"dispatch=pools needs deployment {name!r} on work pool {pool!r} at {api}: "
                    "create the pool and deploy deployments/prefect.yaml, or deployments/docker.yaml for the docker "
                    "pool (README, Scaling out)"
                ) from None
            except httpx.HTTPError as exc:
                raise _api_error(f"deployment {name!r}", api, exc) from None


def check_work_pool(pool: str) -> None:
    """Fail with one line unless ``pool`` exists and has at least one online worker."""
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.exceptions import ObjectNotFound

    _require_api(f"checking work pool {pool!r}")
    with get_client(sync_client=True) as client:
        api = str(client.api_url).rstrip("/")
        try:
            client.read_work_pool(pool)
            # explicit offset/limit: the server rejects the client's default nulls with some fastapi versions
            workers = client.read_workers_for_work_pool(pool, offset=0, limit=200)
        except ObjectNotFound:
            raise ConfigError(f"no work pool {pool!r} on {api}: create it (README, Scaling out)") from None
        except httpx.HTTPError as exc:  # connection refused, timeout, an HTTP error status
            raise _api_error(f"work pool {pool!r}", api, exc) from None
    if not any(str(getattr(w.status, "value", w.status)).upper() == "ONLINE" for w in workers):
        raise ConfigError(
            f"no online worker in work pool {pool!r} on {api}: start one with `prefect worker start --pool {pool}`"
        )


def submit_to_deployment(deployment: str, parameters: dict, *, watch: bool = False, poll_interval: float = 2.0):
    """Create a flow run of ``deployment`` (e.g. "codem/full-matrix") with ``parameters`` over its
    defaults, after checking that it exists and that its work pool has an online worker (else the
    run would sit Scheduled). ``watch``: wait for the run and fail with one line unless it completes.
    The flow run's own pre-flight checks run on the worker (its environment: credentials, endpoint)."""
    import httpx
    from prefect.client.orchestration import get_client
    from prefect.deployments import run_deployment
    from prefect.exceptions import ObjectNotFound

    _require_api(f"submitting to {deployment!r}")
    with get_client(sync_client=True) as client:
        api = str(client.api_url).rstrip("/")
        try:
            dep = client.read_deployment_by_name(deployment)
        except ObjectNotFound:
            raise ConfigError(
                f"no deployment {deployment!r} on {api}: deploy deployments/prefect.yaml (README, Scaling out)"
            ) from None
        except httpx.HTTPError as exc:
            raise _api_error(f"deployment {deployment!r}", api, exc) from None
    if dep.work_pool_name:
        check_work_pool(dep.work_pool_name)
    run = run_deployment(deployment, parameters=parameters, timeout=None if watch else 0, poll_interval=poll_interval)
    if watch and not (run.state and run.state.is_completed()):
        state = run.state.name if run.state else "unknown"
        msg = " ".join(str(run.state.message or "").split()) if run.state else ""
        raise CodemError(f"flow run {run.name} ({run.id}) ended {state}" + (f": {msg}" if msg else ""))
    return run


# The settings a pre-flight on the cpu pool sizes fine-tunes with (codem_core/training/memory.py).
HARDWARE_ENVS = ("CODEM_GPUS_PER_WORKER", "CODEM_GPU_MEMORY_GIB", "CODEM_HOST_MEMORY_GIB")


def template_hardware(template: dict) -> dict[str, str]:
    """What a pool's base job template declares about its machines: its env defaults' hardware settings, and
    the GPUs a job gets (the ``gpus`` variable of the Kubernetes template) unless the env gives the count."""
    props = ((template or {}).get("variables") or {}).get("properties") or {}
    env = (props.get("env") or {}).get("default") or {}
    found = {k: str(env[k]) for k in HARDWARE_ENVS if str(env.get(k) or "").strip()}
    gpus = (props.get("gpus") or {}).get("default")
    if gpus and "CODEM_GPUS_PER_WORKER" not in found:
        found["CODEM_GPUS_PER_WORKER"] = str(gpus)
    return found


def declare_pool_hardware(pool: str) -> dict[str, str]:
    """Export what ``pool``'s template declares (settings already in this environment win), so the pre-flight
    sizes the fine-tunes for the machines they will run on.  An unreadable pool declares nothing: the
    deployment check that follows says what is wrong with it."""
    import os

    from prefect.client.orchestration import get_client

    try:
        with get_client(sync_client=True) as client:
            template = client.read_work_pool(pool).base_job_template
    except Exception:  # noqa: BLE001 - reported by check_stage_deployments, in one line
        return {}
    found = template_hardware(template)
    for name, value in found.items():
        os.environ.setdefault(name, value)
    return found
