"""Verdict cache: identical programs on the same toolchain are never run twice.

Key: engine version + language + the assembled program text + toolchain fingerprint + limits.
One small JSON file per verdict (atomic writes), so concurrent runs and crashes are safe.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..io import atomic_write_text, stable_hash
from .status import Status, Verdict

ENGINE_VERSION = "1"


def verdict_key(language: str, source: str, fingerprint: str, limits: object) -> str:
    return stable_hash({"engine": ENGINE_VERSION, "language": language, "source": source, "toolchain": fingerprint, "limits": repr(limits)})


class VerdictCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        try:
            return json.loads(self._path(key).read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return None

    def put(self, key: str, verdict: Verdict) -> None:
        if verdict.status is Status.SANDBOX_ERROR:
            return  # a harness failure says nothing about the program: retry next time
        d = verdict.to_dict()
        atomic_write_text(self._path(key), json.dumps({k: d[k] for k in ("status", "duration_s", "detail")}))
