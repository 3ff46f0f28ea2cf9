"""codem's images against a real engine (built by scripts/build-images.sh, as `make images` does):
the CPU trainer fine-tunes the tiny preset inside a container, and docker/compose.yaml with its
local override validates. Skipped, with one line, where no Docker engine runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from tests.integration.conftest import _docker_unavailable
from tests.integration.tiny_models import write_corpus

REPO = Path(__file__).resolve().parents[2]
VERSION = next(
    line.split('"')[1] for line in (REPO / "pyproject.toml").read_text().splitlines() if line.startswith("version = ")
)


def _build(images: str) -> None:
    reason = _docker_unavailable()
    if reason:
        pytest.skip(reason)
    res = subprocess.run(
        ["bash", "scripts/build-images.sh"],
        cwd=REPO,
        env={**os.environ, "IMAGES": images},
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert res.returncode == 0, (
        f"building {images} failed: " + (res.stderr.strip().splitlines() or [res.stdout[-500:]])[-1]
    )


@pytest.fixture(scope="module")
def trainer_cpu():
    _build("trainer-cpu")
    return f"codem/trainer-cpu:{VERSION}"


def test_cpu_trainer_fine_tunes_the_tiny_preset_in_a_container(trainer_cpu, tmp_path):
    write_corpus(tmp_path / "corpus", n=16)
    tmp_path.chmod(0o777)
    # offline (no network at all), as this user: the model lands in the mounted folder
    cmd = [
        "docker",
        "run",
        "--rm",
        "--network",
        "none",
        "--user",
        f"{os.getuid()}:{os.getgid()}",
        "-e",
        "CODEM_HOME=/work/home",
        "-e",
        "HF_HOME=/work/hf",
        "-e",
        "CODEM_OFFLINE=1",
        "-v",
        f"{tmp_path}:/work",
        trainer_cpu,
        "codem",
        "train",
        "--corpus",
        "/work/corpus",
        "--out",
        "/work/model",
        "--preset",
        "tiny",
        "--max-steps",
        "2",
    ]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=1200)
    assert res.returncode == 0, res.stderr[-2000:]
    model = tmp_path / "model"
    assert (model / "config.json").is_file() and any(model.glob("*.safetensors")), sorted(
        p.name for p in model.iterdir()
    )
    provenance = json.loads((model / "codem_provenance.json").read_text())
    text = json.dumps(provenance)
    assert "2.13.0+cpu" in text, text[:500]  # the CPU wheel, not the CUDA build
    shutil.rmtree(tmp_path, ignore_errors=True)


def test_trainer_image_states_its_cuda_check():
    """The Dockerfile pins a CUDA base whose major.minor is the pinned torch wheel's, checked at build time."""
    dockerfile = (REPO / "docker/trainer/Dockerfile").read_text()
    base = next(line.split("=", 1)[1] for line in dockerfile.splitlines() if line.startswith("ARG BASE_IMAGE="))
    assert base.startswith("nvidia/cuda:13.0."), base
    assert "check_torch.py" in dockerfile
    pins = (REPO / "constraints.txt").read_text()
    assert "torch==2.13.0" in pins  # on PyPI, Linux x86_64 torch 2.13.0 depends on cuda-toolkit 13.0.x


def _compose() -> list[str]:
    if shutil.which("docker-compose"):
        return ["docker-compose"]
    if subprocess.run(["docker", "compose", "version"], capture_output=True).returncode == 0:
        return ["docker", "compose"]
    pytest.skip("no docker compose (make images installs Debian's docker-compose)")


@pytest.mark.parametrize(
    "files", [["docker/compose.yaml"], ["docker/compose.yaml", "docker/compose.local.yaml"]], ids=["registry", "local"]
)
def test_compose_config_passes(files):
    cmd = _compose() + ["-p", "codem"] + [arg for f in files for arg in ("-f", f)] + ["config"]
    res = subprocess.run(cmd, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr[-1000:]
    assert ":latest" not in res.stdout and "image: minio/minio\n" not in res.stdout


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_local_compose_stack_comes_up():
    """docker/compose.yaml + compose.local.yaml from the images built here: the Prefect server
    (SQLite) answers, the S3 stand-in has the bucket, the deploy step created the pools and the
    deployments, and a worker is online on each pool. All traffic on 127.0.0.1."""
    import httpx

    _build("worker trainer-cpu")
    prefect_port, s3_port = _free_port(), _free_port()
    env = {**os.environ, "CODEM_PREFECT_PORT": str(prefect_port), "CODEM_S3_PORT": str(s3_port)}
    base = _compose() + [
        "-p",
        f"codem-test-{os.getpid()}",
        "-f",
        "docker/compose.yaml",
        "-f",
        "docker/compose.local.yaml",
    ]
    api = f"http://127.0.0.1:{prefect_port}/api"
    try:
        up = subprocess.run(base + ["up", "-d"], cwd=REPO, env=env, capture_output=True, text=True, timeout=1200)

        def logs() -> str:
            return subprocess.run(
                base + ["logs", "--tail", "40"], cwd=REPO, env=env, capture_output=True, text=True
            ).stdout[-4000:]

        assert up.returncode == 0, up.stderr[-2000:] + "\n" + logs()
        assert httpx.get(f"{api}/health", timeout=10).status_code == 200
        deployments = {d["name"] for d in httpx.post(f"{api}/deployments/filter", json={}, timeout=30).json()}
        assert "full-matrix" in deployments, deployments
        deadline, online = time.monotonic() + 180, {}
        while time.monotonic() < deadline:
            online = {
                pool: [
                    w["name"]
                    for w in httpx.post(f"{api}/work_pools/{pool}/workers/filter", json={}, timeout=30).json()
                    if w.get("status") == "ONLINE"
                ]
                for pool in ("cpu", "gpu")
            }
            if all(online.values()):
                break
            time.sleep(2)
        assert all(online.values()), f"{online}\n{logs()}"
        import boto3

        s3 = boto3.client(
            "s3",
            endpoint_url=f"http://127.0.0.1:{s3_port}",
            aws_access_key_id="codem",
            aws_secret_access_key="codem-secret",
            region_name="us-east-1",
        )
        assert "codem" in [b["Name"] for b in s3.list_buckets()["Buckets"]]
    finally:
        subprocess.run(
            base + ["down", "-v", "--remove-orphans", "-t", "5"], cwd=REPO, env=env, capture_output=True, timeout=600
        )
