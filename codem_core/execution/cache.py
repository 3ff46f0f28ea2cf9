"""Verdict cache: identical programs on the same toolchain are never run twice.

Key: engine version + language + the assembled program text + toolchain fingerprint + limits
(``io.stable_hash``: any text hashes, a lone surrogate included, and valid text as it always did).
One small JSON file per verdict (atomic writes), so concurrent runs and crashes are safe.

The cache is an optimisation, never a source of truth: an entry that cannot be read, does not
parse, has the wrong shape, belongs to another key or fails its checksum (a disk error, a
truncated copy, a hand edit) is treated as absent, so the program runs again and the fresh
verdict replaces it. A cache that cannot be written only costs a rerun later.
"""

from __future__ import annotations

import json
import logging
import math
from pathlib import Path

from ..io import atomic_write_text, remove_stale_temps, stable_hash
from .status import Status, Verdict

ENGINE_VERSION = "2"  # 2: Python and Go programs that exit 0 before their tests finish no longer pass
_log = logging.getLogger(__name__)
# Statuses a cache entry may hold: a sandbox_error is never stored (it says nothing about the program).
_CACHEABLE = {s.value for s in Status if s is not Status.SANDBOX_ERROR}


def verdict_key(language: str, source: str, fingerprint: str, limits: object) -> str:
    return stable_hash(
        {
            "engine": ENGINE_VERSION,
            "language": language,
            "source": source,
            "toolchain": fingerprint,
            "limits": repr(limits),
        }
    )


def _checksum(key: str, status: str, duration_s: float, detail: str) -> str:
    return stable_hash({"key": key, "status": status, "duration_s": duration_s, "detail": detail})


class VerdictCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self._warned = False

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        """The stored verdict fields for ``key``, or None when absent or not trustworthy."""
        try:
            entry = json.loads(self._path(key).read_bytes().decode("utf-8"))
        except (OSError, ValueError, RecursionError):  # missing, unreadable, not UTF-8, not JSON, absurdly nested
            return None
        if not isinstance(entry, dict):
            return None
        status, duration, detail = entry.get("status"), entry.get("duration_s"), entry.get("detail")
        if (
            entry.get("key") != key
            or status not in _CACHEABLE
            or not isinstance(duration, (int, float))
            or isinstance(duration, bool)
            or not math.isfinite(duration)
            or duration < 0
            or not isinstance(detail, str)
            or entry.get("checksum") != _checksum(key, status, duration, detail)
        ):
            return None
        return {"status": status, "duration_s": duration, "detail": detail}

    def put(self, key: str, verdict: Verdict) -> None:
        if verdict.status is Status.SANDBOX_ERROR:
            return  # a harness failure says nothing about the program: retry next time
        d = verdict.to_dict()
        entry = {"key": key, "status": d["status"], "duration_s": d["duration_s"], "detail": d["detail"]}
        entry["checksum"] = _checksum(key, entry["status"], entry["duration_s"], entry["detail"])
        try:
            # an entry is (re)written only when it was missing or bad: a temp that a killed run
            # left for this key is still there then, and goes now
            remove_stale_temps(self._path(key))
            atomic_write_text(self._path(key), json.dumps(entry))
        except OSError as exc:  # full disk, read-only home: the verdict itself is still good
            if not self._warned:
                self._warned = True
                _log.warning("verdict cache %s not writable (%s): verdicts will not be reused", self.root, exc)
