"""Content-addressed teacher response cache.

The key is the SHA-256 of (teacher model, sampling parameters, template hash, chat messages);
each response is one JSON file ``<dir>/<key[:2]>/<key>.json`` written atomically the moment it
arrives (an answer that cannot be kept too, as the teacher sent it: ``io.write_json`` escapes a
lone surrogate losslessly). So a rerun sends zero requests, a killed run resumes where it stopped (only requests
with no file are sent again), and a changed template or parameter never reuses an old answer.
The teacher's base URL is deliberately not in the key: the same model behind another server
(vLLM instead of llama.cpp, a proxy) is the same teacher.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..io import stable_hash, write_json


def cache_key(model: str, params: dict[str, Any], messages: list[dict[str, str]], template_hash: str) -> str:
    return stable_hash({"model": model, "params": params, "template": template_hash, "messages": messages})


class ResponseCache:
    def __init__(self, directory: str | os.PathLike):
        self.dir = Path(directory)

    def _path(self, key: str) -> Path:
        return self.dir / key[:2] / f"{key}.json"

    def get(self, key: str) -> dict | None:
        path = self._path(key)
        try:
            with open(path, encoding="utf-8") as fh:
                entry = json.load(fh)
        except FileNotFoundError:
            return None
        except (OSError, ValueError, RecursionError):
            return None  # unreadable entry (not UTF-8, not JSON, absurdly nested): a miss; the next put replaces it
        if not isinstance(entry, dict) or entry.get("key") != key or not isinstance(entry.get("content"), str):
            return None
        return entry

    def __contains__(self, key: str) -> bool:
        return self.get(key) is not None

    def put(self, key: str, entry: dict) -> None:
        write_json(self._path(key), {**entry, "key": key})

    def __len__(self) -> int:
        if not self.dir.is_dir():
            return 0
        return sum(1 for _ in self.dir.glob("??/*.json"))
