"""The wheel: what ``pip install`` puts on a user's machine.

Built from a clean copy of the checkout (a stale build/ folder could leak old files into it):
only ``codem_core`` and ``codem_prefect`` at the top level (no generic ``tasks``/``flows``
packages that would shadow other projects'), the distribution named ``codem-experiment``
(``codem`` on PyPI is an unrelated package), the ``codem`` command, the ``codem.cli`` plugin,
and every module of the repository's tasks/ and flows/ under ``codem_prefect``. Then the wheel
alone on the path, outside any checkout: ``codem pipeline`` is there and the orchestration
imports from the wheel.
"""

from __future__ import annotations

import email
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SKIP = shutil.ignore_patterns(
    ".git",
    ".venv",
    "build",
    "dist",
    "*.egg-info",
    "__pycache__",
    "artifacts",
    ".demo",
    "tests",
    "benchmarks",
    "docker",
    "docs",
    ".gl",
    "node_modules",
)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("wheel")
    src = root / "src"
    shutil.copytree(REPO, src, ignore=SKIP, symlinks=True)
    res = subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(root / "dist"),
            str(src),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    (whl,) = (root / "dist").glob("*.whl")
    return whl


def test_the_wheel_installs_codem_packages_only(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
    assert {n.split("/")[0] for n in names} == {"codem_core", "codem_prefect", dist_info}
    meta = email.message_from_bytes(zipfile.ZipFile(wheel).read(f"{dist_info}/METADATA"))
    assert meta["Name"] == "codem-experiment"
    eps = zipfile.ZipFile(wheel).read(f"{dist_info}/entry_points.txt").decode()
    assert "codem = codem_core.cli:main" in eps
    assert "[codem.cli]" in eps and "pipeline = codem_prefect.flows.cli:register" in eps
    for folder in ("tasks", "flows"):  # every module of the repository's folder, under codem_prefect
        want = {f"codem_prefect/{folder}/{p.name}" for p in (REPO / folder).glob("*.py")}
        assert want and want <= set(names), want - set(names)
    assert "codem_core/pipeline/presets/tiny.yaml" in names  # package data comes along


def test_the_wheel_alone_runs_codem_pipeline(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PYTHONPATH"] = str(site)  # the wheel's files first; its dependencies from this environment
    probe = (
        "import codem_prefect.flows.full_matrix as fm, codem_prefect.tasks.stages as ts; "
        "print(fm.__file__); print(ts.__file__)"
    )
    res = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert res.returncode == 0, res.stderr[-3000:]
    assert all(line.startswith(str(site)) for line in res.stdout.split()), res.stdout
    res = subprocess.run(
        [sys.executable, "-m", "codem_core.cli", "pipeline", "stages"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert res.returncode == 0, res.stderr[-3000:]
    # the paper's pipeline in order, with the registry's import stage (bring-your-own corpora) beside evolve
    assert [line.split()[0] for line in res.stdout.splitlines()[1:]] == [
        "evolve",
        "import",
        "mix",
        "finetune",
        "generate",
        "execute",
        "report",
    ]
