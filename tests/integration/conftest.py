"""Markers and shared fixtures of the integration tests (select markers with ``-m``)."""

import shutil
import tempfile
from pathlib import Path

import pytest


def pytest_configure(config):
    config.addinivalue_line("markers", "deployment: deploys deployments/prefect.yaml to a Prefect server subprocess and runs "
                                       "it with real workers against S3 on moto (tests/integration/test_deployment_e2e.py)")


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
