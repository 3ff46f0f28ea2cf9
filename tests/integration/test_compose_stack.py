"""docker/compose.yaml + docker/compose.local.yaml, from the images built here (scripts/build-images.sh):
the stack comes up (Prefect server on SQLite, the moto S3 stand-in with its bucket, the deploy step's
pools and deployments, a worker online per pool) and a ``codem/full-matrix`` deployment run with the
tiny preset completes in it: the codem flow, evolution, execution and the report in the cpu worker
(codem/executor-worker), every fine-tune and generation a flow run on the gpu pool, served by
codem/trainer-cpu standing in for a GPU machine. All traffic on 127.0.0.1 (host network). Skipped,
with one line, where no Docker engine runs; the stack is taken down (volumes too) whatever happens."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.integration.conftest import docker_images

pytestmark = [pytest.mark.slow, pytest.mark.docker]
REPO = Path(__file__).resolve().parents[2]
# the tiny preset with two corpora and two evaluation languages: with its compact templates and
# 160/320 teacher tokens, seed 42 keeps one pair in each of these corpora (measured here, host and
# container alike), so each trains a model on the gpu pool.
CORPORA = ["python", "javascript"]
PARAMS = {
    "preset": "tiny",
    "corpora": json.dumps(CORPORA),
    "languages": '["python", "go"]',
}
FINAL = {"COMPLETED", "FAILED", "CRASHED", "CANCELLED"}


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _compose() -> list[str]:
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    pytest.skip("no docker compose (make images installs Debian's docker-compose)")


class LocalStack:
    def __init__(self, data_dir: Path):
        self.prefect_port, self.s3_port = _free_port(), _free_port()
        self.api = f"http://127.0.0.1:{self.prefect_port}/api"
        self.env = {
            **os.environ,
            "CODEM_PREFECT_PORT": str(self.prefect_port),
            "CODEM_S3_PORT": str(self.s3_port),
            "CODEM_DATA_DIR": str(data_dir),
        }
        self.base = _compose() + [
            "-p", f"codem-test-{os.getpid()}", "-f", "docker/compose.yaml", "-f", "docker/compose.local.yaml",
        ]  # fmt: skip

    def run(self, *args: str, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run(
            self.base + list(args), cwd=REPO, env=self.env, capture_output=True, text=True, timeout=timeout
        )

    def logs(self, tail: int = 40) -> str:
        return self.run("logs", "--no-color", "--tail", str(tail), timeout=120).stdout[-6000:]

    def client_call(self, fn):
        from prefect.client.orchestration import get_client
        from prefect.settings import PREFECT_API_URL, temporary_settings

        with temporary_settings(updates={PREFECT_API_URL: self.api}):
            with get_client(sync_client=True) as client:
                return fn(client)

    def s3(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{self.s3_port}",
            aws_access_key_id="codem",
            aws_secret_access_key="codem-secret",
            region_name="us-east-1",
        )


@pytest.fixture(scope="module")
def local_stack(data_dir):
    docker_images("worker trainer-cpu")
    st = LocalStack(data_dir)
    try:
        t0 = time.monotonic()
        up = st.run("up", "-d", timeout=1200)
        assert up.returncode == 0, up.stderr[-2000:] + "\n" + st.logs()
        st.up_seconds = time.monotonic() - t0
        yield st
    finally:
        st.run("down", "-v", "--remove-orphans", "-t", "5", timeout=600)


def _online(st: LocalStack, timeout: float = 240) -> dict[str, list[str]]:
    import httpx

    deadline, online = time.monotonic() + timeout, {}
    while time.monotonic() < deadline:
        online = {
            pool: [
                w["name"]
                for w in httpx.post(f"{st.api}/work_pools/{pool}/workers/filter", json={}, timeout=30).json()
                if w.get("status") == "ONLINE"
            ]
            for pool in ("cpu", "gpu")
        }
        if all(online.values()):
            break
        time.sleep(2)
    return online


def test_local_stack_runs_the_full_matrix_tiny(local_stack, data_dir):
    import httpx

    from tests.integration.flow_runs import descendants

    st = local_stack
    # ---- the stack is up: server, bucket, the deploy step's deployments, a worker per pool
    assert httpx.get(f"{st.api}/health", timeout=10).status_code == 200
    deployments = {d["name"] for d in httpx.post(f"{st.api}/deployments/filter", json={}, timeout=30).json()}
    assert {"full-matrix", "gpu"} <= deployments, deployments
    online = _online(st)
    assert all(online.values()), f"{online}\n{st.logs()}"
    assert "codem" in [b["Name"] for b in st.s3().list_buckets()["Buckets"]]
    t_up = time.monotonic()

    # ---- codem/full-matrix with the tiny preset, submitted as the compose file's comment says
    args = ["exec", "-T", "cpu-worker", "prefect", "deployment", "run", "codem/full-matrix"]
    for k, v in PARAMS.items():
        args += ["--param", f"{k}={v}"]
    sub = st.run(*args, timeout=300)
    m = re.search(r"UUID:\s*([0-9a-f-]{36})", sub.stdout)
    assert sub.returncode == 0 and m, sub.stdout[-2000:] + sub.stderr[-2000:]
    run_id = m.group(1)
    deadline = time.monotonic() + 2400
    while True:
        fr = st.client_call(lambda c: c.read_flow_run(run_id))
        if fr.state and fr.state.type.value in FINAL:
            break
        assert time.monotonic() < deadline, f"not finished after 2400 s ({fr.state.name})\n{st.logs(60)}"
        time.sleep(5)
    assert fr.state.name == "Completed", f"{fr.state.name}: {fr.state.message}\n{st.logs(80)}"
    wall = time.monotonic() - t_up

    # ---- where it ran: the parent on cpu, every fine-tune and generation a flow run on gpu
    def tree(client):
        runs = descendants(client, run_id)
        names = {fid: client.read_flow(fid).name for fid in {r.flow_id for r in runs}}
        return [(names[r.flow_id], r.name, r.work_pool_name, r.state.name) for r in runs]

    kids = st.client_call(tree)
    assert fr.work_pool_name == "cpu"
    remote = {(flow, name) for flow, name, pool, state in kids if pool == "gpu" and state == "Completed"}
    models = ["base", *(f"codem-{c}" for c in CORPORA)]
    assert {name for flow, name in remote if flow == "codem-finetune"} == {f"finetune-{c}" for c in CORPORA}, kids
    assert {name for flow, name in remote if flow == "codem-generate"} == {f"generate-{m}" for m in models}, kids
    local = {flow for flow, name, pool, state in kids if pool is None}
    assert {"codem-evolve", "codem-execute", "codem-report"} <= local, kids

    # ---- the report is in the S3 stand-in: the pass@1 matrix has a row for base and for each model
    s3 = st.s3()
    prefix = "artifacts/tiny/reports/tiny/"
    files = {o["Key"].removeprefix(prefix) for o in s3.list_objects_v2(Bucket="codem", Prefix=prefix)["Contents"]}
    assert {"report.md", "matrix.csv", "corr_eval_languages.png"} <= files, files
    matrix = s3.get_object(Bucket="codem", Key=prefix + "matrix.csv")["Body"].read().decode().splitlines()
    assert matrix[0].startswith("train,") and {"python", "go"} <= set(matrix[0].split(",")), matrix
    assert matrix[1].startswith("base,") and len(matrix) == 1 + len(models), matrix
    print(
        f"\nlocal stack up in {st.up_seconds:.0f} s; codem/full-matrix (tiny, {len(CORPORA)} corpora) completed in "
        f"{wall:.0f} s; matrix: {matrix}"
    )
