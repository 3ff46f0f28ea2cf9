"""Provenance of a run: package versions, toolchains, settings, seeds and data hashes."""

from __future__ import annotations

import platform
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__

_PACKAGES = (
    "codem",
    "prefect",
    "torch",
    "transformers",
    "trl",
    "accelerate",
    "peft",
    "deepspeed",
    "tokenizers",
    "datasets",
    "gguf",
    "openai",
    "pandas",
    "s3fs",
    "huggingface_hub",
)


def package_versions(names: tuple[str, ...] = _PACKAGES) -> dict[str, str | None]:
    """Python and package versions; None for a package that is not installed."""
    versions: dict[str, str | None] = {"python": platform.python_version()}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = None
    return versions


def git_commit() -> str | None:
    """The checkout's commit, when codem runs from a git checkout."""
    root = Path(__file__).resolve().parents[1]
    try:
        res = subprocess.run(["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return (res.stdout.strip() or None) if res.returncode == 0 else None


def provenance(**extra: Any) -> dict[str, Any]:
    return {
        "codem": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "commit": git_commit(),
        "packages": package_versions(),
        **extra,
    }
