"""The execute stage on a Prefect ``docker`` work pool, for real: a Prefect server subprocess, moto
S3 on 127.0.0.1, the ``cpu`` process pool and the ``docker`` pool created from
deployments/work-pools/docker-executor.json, ``codem/evaluate-model`` (deployments/prefect.yaml) and
``codem-execute/docker`` (deployments/docker.yaml) deployed as the docs say, a process worker and a
prefect-docker worker. The same tiny deployment run twice over the same stored generations
(canonical and wrong programs in 5 languages):

- ``dispatch=local``: the execute stage runs in the codem flow run's process on the cpu worker;
- ``pools={"execute": "docker"}``: each execute item is a flow run of ``codem-execute/docker``, a
  container of codem/executor-worker (built by scripts/build-images.sh), whose programs run in
  bubblewrap inside it.

Same verdicts, same pass@1; the second run's execution ran in the image (its container id, its
Python). Skipped, with one line, where no Docker engine runs or prefect-docker is missing."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.integration.conftest import docker_images

pytest.importorskip(
    "prefect_docker", reason="prefect-docker is not installed (pip install -c constraints.txt '.[docker]')"
)
pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")
from tests.integration.test_deployment_e2e import BIN, Stack, _free_port, _tail  # noqa: E402

pytestmark = [pytest.mark.slow, pytest.mark.deployment, pytest.mark.docker]
REPO = Path(__file__).resolve().parents[2]
VERSION = next(
    line.split('"')[1] for line in (REPO / "pyproject.toml").read_text().splitlines() if line.startswith("version = ")
)
IMAGE = f"codem/executor-worker:{VERSION}"
BUCKET = "codem-docker-pool"
LANGS = ["python", "javascript", "cpp", "java", "go"]
PARAMS = {  # the tiny preset over generations already in the store (stages execute, report)
    "preset": "tiny",
    "stages": ["execute", "report"],
    "models": ["base"],
    "languages": LANGS,
    "store": f"s3://{BUCKET}/runs",
    "storage_block": "codem-s3",
}


def _generations(data_dir: Path) -> dict[str, str]:
    """Per language, three problems each with its canonical solution and with its neighbour's (wrong)."""
    from codem_core.benchmarks import load_problems

    out = {}
    for lang in LANGS:
        problems = load_problems(lang, data_dir)
        rows = []
        for k in (0, 7, 12):
            rows.append({"task_id": problems[k].task_id, "completion": problems[k].canonical_solution})
            rows.append({"task_id": problems[k].task_id, "completion": problems[k + 1].canonical_solution})
        out[lang] = "".join(json.dumps(r) + "\n" for r in rows)
    return out


def _wait_api(st: Stack) -> None:
    import httpx

    deadline = time.monotonic() + 240
    while True:
        assert st.procs["server"].poll() is None, f"prefect server exited:\n{_tail(st.root / 'server.log')}"
        try:
            if httpx.get(f"{st.api}/health", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        assert time.monotonic() < deadline, f"prefect server not up after 240 s:\n{_tail(st.root / 'server.log')}"
        time.sleep(0.5)


def _containers(deployment_id: str) -> list[str]:
    res = subprocess.run(
        ["docker", "ps", "-aq", "--filter", f"label=prefect.io/deployment-id={deployment_id}"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return res.stdout.split()


@pytest.fixture(scope="module")
def docker_pool(tmp_path_factory, data_dir):
    from moto.server import ThreadedMotoServer

    docker_images("worker")
    st = Stack(tmp_path_factory.mktemp("docker-pool"))
    execute_deployment = None
    try:
        st.spawn("server", [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(st.port)])
        moto_port = _free_port()
        st.moto = ThreadedMotoServer(ip_address="127.0.0.1", port=moto_port, verbose=False)
        st.moto.start()
        st.s3 = f"http://127.0.0.1:{moto_port}"
        boto3.client(
            "s3",
            endpoint_url=st.s3,
            aws_access_key_id="testing",
            aws_secret_access_key="testing",
            region_name="us-east-1",
        ).create_bucket(Bucket=BUCKET)
        _wait_api(st)
        # what README / docs/containers.md tell users to run, from the repository root
        st.prefect(
            "work-pool", "create", "cpu", "--type", "process",
            "--base-job-template", "deployments/work-pools/cpu-process.json", "--overwrite",
        )  # fmt: skip
        st.prefect(
            "work-pool", "create", "docker", "--type", "docker",
            "--base-job-template", "deployments/work-pools/docker-executor.json", "--overwrite",
        )  # fmt: skip
        st.spawn("worker-cpu", [str(BIN / "prefect"), "worker", "start", "--pool", "cpu", "--name", "dp-cpu"])
        st.spawn(
            "worker-docker",
            [str(BIN / "prefect"), "worker", "start", "--pool", "docker", "--type", "docker", "--name", "dp-docker"],
        )
        st.prefect("--no-prompt", "deploy", "--prefect-file", "deployments/prefect.yaml", "--name", "evaluate-model")
        # no hub here: the benchmarks come from the data folder, mounted read-only into each container
        job = {
            "env": {
                "CODEM_SANDBOX": "bwrap",
                "CODEM_DATA_DIR": str(data_dir),
                "CODEM_OFFLINE": "1",
                "PREFECT_HOME": "/var/cache/codem/prefect",  # not the worker's (the worker's settings go along)
            },
            "volumes": [f"{data_dir}:{data_dir}:ro"],
        }
        st.prefect(
            "--no-prompt", "deploy", "--prefect-file", "deployments/docker.yaml", "--all",
            "--job-variable", json.dumps(job),
        )  # fmt: skip
        execute_deployment = st.client_call(lambda c: c.read_deployment_by_name("codem-execute/docker"))
        # the store's S3 options for every flow run, on any machine (the parent forwards the block's name)
        secret = (
            "from prefect.blocks.system import Secret\n"
            f"Secret(value={{'endpoint_url': {st.s3!r}, 'key': 'testing', 'secret': 'testing'}})"
            ".save('codem-s3', overwrite=True)\n"
        )
        res = st.cli(sys.executable, "-c", secret)
        assert res.returncode == 0, res.stderr[-2000:]
        fs = st.s3fs()
        for namespace in ("local", "docker"):
            for lang, text in _generations(data_dir).items():
                fs.pipe_file(f"{BUCKET}/runs/{namespace}/generations/base/{lang}.jsonl", text.encode())
        yield st, str(execute_deployment.id)
    finally:
        st.close()
        if execute_deployment is not None:  # containers of flow runs the test left (auto_remove removes the rest)
            left = _containers(str(execute_deployment.id))
            if left:
                subprocess.run(["docker", "rm", "-f", *left], capture_output=True, timeout=120)


def _results(fs, namespace: str) -> dict[str, list[tuple[str, str]]]:
    out = {}
    for lang in LANGS:
        text = fs.cat_file(f"{BUCKET}/runs/{namespace}/executions/base/{lang}.results.jsonl").decode()
        out[lang] = sorted((r["task_id"], r["status"]) for r in map(json.loads, text.splitlines()))
    return out


def _summary(fs, namespace: str, lang: str) -> dict:
    return json.loads(fs.cat_file(f"{BUCKET}/runs/{namespace}/executions/base/{lang}.summary.json"))


def test_execute_stage_on_the_docker_pool_equals_in_process(docker_pool):
    st, deployment_id = docker_pool
    t0 = time.monotonic()
    local = st.run_deployment({**PARAMS, "namespace": "local", "dispatch": "local"}, name="codem/evaluate-model")
    docker = st.run_deployment(
        {**PARAMS, "namespace": "docker", "pools": {"execute": "docker"}}, name="codem/evaluate-model"
    )
    for run_id in (local, docker):
        fr = st.wait_final(run_id, timeout=1500)
        assert fr.state.name == "Completed", (
            f"{fr.state.name}: {fr.state.message}\n{_tail(st.root / 'worker-cpu.log', 60)}\n"
            f"{_tail(st.root / 'worker-docker.log', 60)}"
        )
    wall = time.monotonic() - t0

    # ---- where the execute stage ran (Prefect API)
    local_kids = st.children(local)
    assert {(k.flow_name, k.work_pool_name) for k in local_kids} == {("codem-execute", None), ("codem-report", None)}
    kids = st.children(docker)
    on_docker = [k for k in kids if k.flow_name == "codem-execute"]
    assert on_docker and all(k.work_pool_name == "docker" and k.state.name == "Completed" for k in on_docker), [
        (k.name, k.work_pool_name, k.state.name) for k in kids
    ]
    assert all(re.search(r":[0-9a-f]{64}$", k.infrastructure_pid or "") for k in on_docker), [
        k.infrastructure_pid for k in on_docker
    ]  # a container id: prefect-docker ran each in a container
    assert {k.flow_name for k in kids if k.work_pool_name is None} == {"codem-report"}  # report stayed in the parent
    assert not _containers(deployment_id), "the flow runs' containers were not removed"

    # ---- the same verdicts and pass@1 as in process, and the second run's programs ran in the image
    fs = st.s3fs()
    got, want = _results(fs, "docker"), _results(fs, "local")
    assert got == want
    statuses = {s for rows in got.values() for _, s in rows}
    assert "passed" in statuses and len(statuses) >= 2, statuses
    image_python = subprocess.run(
        [
            "docker",
            "run",
            "--rm",
            "--network",
            "none",
            IMAGE,
            "python",
            "-c",
            "import platform; print(platform.python_version())",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    ).stdout.strip()
    for lang in LANGS:
        d, h = _summary(fs, "docker", lang), _summary(fs, "local", lang)
        assert d["pass@1"] == h["pass@1"], lang
        assert d["engine"]["sandbox"] == h["engine"]["sandbox"] == "bwrap"
        assert d["provenance"]["python"] == image_python, (d["provenance"]["python"], image_python)
    assert fs.exists(f"{BUCKET}/runs/docker/reports/evaluate-model/matrix.csv")
    matrix = [
        fs.cat_file(f"{BUCKET}/runs/{ns}/reports/evaluate-model/matrix.csv").decode() for ns in ("local", "docker")
    ]
    assert matrix[0] == matrix[1], matrix
    pass1 = {lang: _summary(fs, "docker", lang)["pass@1"][lang]["pass@1"] for lang in LANGS}
    print(
        f"\nboth runs completed in {wall:.0f} s; execute flow runs on docker: {[k.name for k in on_docker]}; "
        f"{sum(map(len, got.values()))} verdicts equal, pass@1 equal: {pass1}"
    )
