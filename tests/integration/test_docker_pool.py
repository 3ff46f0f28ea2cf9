"""The execute stage on a Prefect `docker` work pool: a Prefect server subprocess, the pool created
from deployments/work-pools/docker-executor.json, a prefect-docker worker, and a deployment of
the execution flow in codem/executor-worker (built by scripts/build-images.sh). The flow run's
container runs the samples' programs in bubblewrap inside it; its verdicts equal an in-process
run's. Skipped, with one line, where no Docker engine runs or prefect-docker is missing.

The deployed flow is ``flows/evaluate_samples.py:evaluate_samples_flow`` (the execute stage as
a flow of its own on this branch; with the stage registry it is the ``codem-execute`` flow)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.conftest import _docker_unavailable

pytest.importorskip(
    "prefect_docker", reason="prefect-docker is not installed (pip install -c constraints.txt '.[docker]')"
)
from tests.integration.test_deployment_e2e import BIN, Stack, _tail  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.deployment]
REPO = Path(__file__).resolve().parents[2]
VERSION = next(
    line.split('"')[1] for line in (REPO / "pyproject.toml").read_text().splitlines() if line.startswith("version = ")
)
IMAGE = f"codem/executor-worker:{VERSION}"
LANGS = ("python", "javascript", "cpp", "java", "go")


def _samples(data_dir: Path, path: Path) -> None:
    """Two problems per language, each with its canonical solution and with its neighbour's."""
    from codem_core.benchmarks import load_problems

    rows = []
    for lang in LANGS:
        problems = load_problems(lang, data_dir)
        for k in (0, 7):
            rows.append({"task_id": problems[k].task_id, "completion": problems[k].canonical_solution})
            rows.append({"task_id": problems[k].task_id, "completion": problems[k + 1].canonical_solution})
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))


def _deploy_script(api: str, data_dir: Path, shared: Path) -> str:
    job_variables = {
        "image": IMAGE,
        "image_pull_policy": "Never",
        "volumes": [f"{data_dir}:{data_dir}:ro", f"{shared}:{shared}"],
        "env": {"CODEM_DATA_DIR": str(data_dir), "CODEM_SANDBOX": "bwrap", "CODEM_OFFLINE": "1"},
    }
    return (
        "from flows.evaluate_samples import evaluate_samples_flow\n"
        f"evaluate_samples_flow.deploy(name='docker', work_pool_name='docker-exec', image={IMAGE!r}, build=False, "
        "push=False,\n"
        f"                             job_variables={job_variables!r})\n"
    )


@pytest.fixture(scope="module")
def docker_stack(tmp_path_factory, data_dir):
    reason = _docker_unavailable()
    if reason:
        pytest.skip(reason)
    build = subprocess.run(
        ["bash", "scripts/build-images.sh"],
        cwd=REPO,
        env={**os.environ, "IMAGES": "worker"},
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert build.returncode == 0, (
        "building the worker image failed: " + (build.stderr.strip().splitlines() or [build.stdout[-500:]])[-1]
    )
    st = Stack(tmp_path_factory.mktemp("docker-pool"))
    try:
        st.spawn("server", [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(st.port)])
        import httpx

        deadline = time.monotonic() + 240
        while True:
            assert st.procs["server"].poll() is None, f"prefect server exited:\n{_tail(st.root / 'server.log')}"
            try:
                if httpx.get(f"{st.api}/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert time.monotonic() < deadline, f"prefect server not up after 240 s:\n{_tail(st.root / 'server.log')}"
            time.sleep(0.5)
        # what docs/containers.md tells users to run
        st.prefect(
            "work-pool",
            "create",
            "docker-exec",
            "--type",
            "docker",
            "--base-job-template",
            "deployments/work-pools/docker-executor.json",
            "--overwrite",
        )
        st.spawn(
            "worker-docker",
            [
                str(BIN / "prefect"),
                "worker",
                "start",
                "--pool",
                "docker-exec",
                "--type",
                "docker",
                "--name",
                "docker-e2e",
            ],
        )
        shared = st.root / "shared"
        shared.mkdir()
        shared.chmod(0o777)  # the flow run writes its results here as the image's user codem
        deploy = st.cli(sys.executable, "-c", _deploy_script(st.api, data_dir, shared), timeout=300)
        assert deploy.returncode == 0, deploy.stderr[-2000:]
        yield st, shared
    finally:
        st.close()


def test_execute_stage_on_the_docker_pool_equals_in_process(docker_stack, data_dir):
    from codem_core.execution.engine import ExecutionEngine
    from codem_core.execution.evaluate import evaluate_samples

    st, shared = docker_stack
    samples, out = shared / "samples.jsonl", shared / "results.jsonl"
    _samples(data_dir, samples)
    flow_run_id = st.run_deployment({"samples": str(samples), "out": str(out)}, name="evaluate-samples/docker")
    fr = st.wait_final(flow_run_id, timeout=900)
    assert fr.state.type.value == "COMPLETED", (
        f"{fr.state.name}: {fr.state.message}\n{_tail(st.root / 'worker-docker.log', 80)}"
    )
    # it ran in the image: the worker started a container for it
    log = (st.root / "worker-docker.log").read_text(errors="replace")
    assert "Docker container" in log or "container" in log.lower(), log[-2000:]
    local = shared / "results-local.jsonl"
    evaluate_samples(samples, local, engine=ExecutionEngine(sandbox="bwrap", cache=False))

    def verdicts(path: Path) -> list[tuple[str, str]]:
        return [(r["task_id"], r["status"]) for r in map(json.loads, path.read_text().splitlines())]

    got, want = verdicts(out), verdicts(local)
    assert got == want
    assert {s for _, s in got} >= {"passed"} and len({s for _, s in got}) >= 2, got
