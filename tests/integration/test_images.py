"""codem's images against a real engine (built by scripts/build-images.sh, as `make images` does):
the CPU trainer fine-tunes the tiny preset inside a container, and docker/compose.yaml with its
local override validates (the local stack running a full-matrix run: test_compose_stack.py).
Skipped, with one line, where no Docker engine runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.integration.conftest import docker_images
from tests.integration.tiny_models import write_corpus

REPO = Path(__file__).resolve().parents[2]
VERSION = next(
    line.split('"')[1] for line in (REPO / "pyproject.toml").read_text().splitlines() if line.startswith("version = ")
)


@pytest.fixture(scope="module")
def trainer_cpu():
    docker_images("trainer-cpu")
    return f"codem/trainer-cpu:{VERSION}"


@pytest.mark.docker
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
