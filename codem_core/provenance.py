"""Provenance of a run: package versions, toolchains, settings, seeds and data hashes."""

from __future__ import annotations

import platform
import sys
import time
from importlib import metadata
from typing import Any

from . import __version__

_PACKAGES = ("prefect", "transformers", "datasets", "torch", "deepspeed", "peft", "openai", "pandas", "s3fs")


def package_versions(names: tuple[str, ...] = _PACKAGES) -> dict[str, str]:
    versions = {}
    for name in names:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return versions


def provenance(**extra: Any) -> dict[str, Any]:
    return {
        "codem": __version__,
        "python": sys.version.split()[0],
        "platform": platform.platform(),
        "created_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "packages": package_versions(),
        **extra,
    }
