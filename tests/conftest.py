"""Shared test set-up: the reference data directory and an isolated codem home per session."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data"

# Tests read public reference data from ../shared/data unless told otherwise.
os.environ.setdefault("CODEM_DATA_DIR", str(DEFAULT_DATA))
os.environ.setdefault("CODEM_OFFLINE", "1")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    path = Path(os.environ["CODEM_DATA_DIR"])
    if not (path / "humaneval-x").is_dir():
        pytest.fail(f"reference data not found at {path}: set CODEM_DATA_DIR")
    return path


@pytest.fixture()
def fresh_settings(monkeypatch, tmp_path):
    """Settings pointing the verdict cache at a temp dir (settings are memoised: clear them)."""
    from codem_core.config import get_settings

    monkeypatch.setenv("CODEM_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    yield get_settings()
    get_settings.cache_clear()


@pytest.fixture(scope="session")
def prefect_harness():
    """One temporary Prefect API for the whole test session (start-up costs ~10 s)."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield


# The tiny model and corpus are shared by unit, integration and regression tests: defined here,
# so that test modules take them as parameters instead of importing them.
@pytest.fixture(scope="session")
def tiny_model_dir(tmp_path_factory) -> Path:
    """A tiny StarCoder-architecture model (random weights) on disk, built once per session."""
    from codem_core.training.models import build_tiny_model

    return build_tiny_model(tmp_path_factory.mktemp("tiny") / "tiny-gptbigcode", seed=0)


@pytest.fixture(scope="session")
def tiny_corpus(tmp_path_factory) -> Path:
    """A small instruction corpus folder (tests/integration/tiny_models.py's write_corpus)."""
    from tests.integration.tiny_models import write_corpus

    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus")
