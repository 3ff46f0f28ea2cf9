"""Token ledger: requests, retries by reason, cache hits, tokens and cost per teacher model.

One ``Ledger`` per run. ``requests`` counts HTTP attempts actually sent to the teacher (retries
included), so "a rerun sends zero requests" is ``requests == 0``. Cost uses ``prices.yaml``
(USD per 1M tokens, first matching model pattern). ``Calibration`` keeps per-model, per-stage
averages across runs in the cache folder; ``--dry-run`` uses them to estimate tokens.
"""

from __future__ import annotations

import fnmatch
import json
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from ..io import write_json

PRICES_FILE = Path(__file__).with_name("prices.yaml")


@dataclass(frozen=True)
class Price:
    input: float  # USD per 1M prompt tokens
    output: float  # USD per 1M completion tokens
    known: bool = True


@lru_cache(maxsize=4)
def _price_table(path: str) -> tuple[tuple[str, float, float], ...]:
    rows = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or []
    return tuple((str(r["model"]), float(r["input"]), float(r["output"])) for r in rows)


def price_for(model: str, override: tuple[float, float] | None = None) -> Price:
    if override is not None:
        return Price(*override)
    for pattern, pin, pout in _price_table(str(PRICES_FILE)):
        if fnmatch.fnmatch(model.lower(), pattern.lower()):
            return Price(pin, pout)
    return Price(0.0, 0.0, known=False)


def cost_usd(price: Price, prompt_tokens: int, completion_tokens: int) -> float:
    return (prompt_tokens * price.input + completion_tokens * price.output) / 1_000_000


@dataclass
class StageStats:
    requests: int = 0  # HTTP attempts sent (retries included)
    responses: int = 0  # successful responses (each cached)
    cache_hits: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    prompt_chars: int = 0
    messages: int = 0
    failures: int = 0  # gave up after the last attempt, or a non-retryable error
    retries: Counter = field(default_factory=Counter)

    def to_dict(self) -> dict:
        return {
            "requests": self.requests,
            "responses": self.responses,
            "cache_hits": self.cache_hits,
            "prompt_tokens": self.prompt_tokens,
            "completion_tokens": self.completion_tokens,
            "failures": self.failures,
            "retries": dict(sorted(self.retries.items())),
        }


class Ledger:
    def __init__(self, price_override: tuple[float, float] | None = None):
        self.stats: dict[tuple[str, str], StageStats] = {}
        self.price_override = price_override

    def _s(self, model: str, stage: str) -> StageStats:
        return self.stats.setdefault((model, stage), StageStats())

    def attempt(self, model: str, stage: str) -> None:
        self._s(model, stage).requests += 1

    def retry(self, model: str, stage: str, reason: str) -> None:
        self._s(model, stage).retries[reason] += 1

    def failure(self, model: str, stage: str) -> None:
        self._s(model, stage).failures += 1

    def cache_hit(self, model: str, stage: str) -> None:
        self._s(model, stage).cache_hits += 1

    def response(
        self, model: str, stage: str, prompt_tokens: int, completion_tokens: int, prompt_chars: int, messages: int
    ) -> None:
        s = self._s(model, stage)
        s.responses += 1
        s.prompt_tokens += prompt_tokens
        s.completion_tokens += completion_tokens
        s.prompt_chars += prompt_chars
        s.messages += messages

    def merge(self, other: Ledger) -> Ledger:
        """Add another ledger's counts (per-language ledgers of a fanned-out flow)."""
        for key, s in other.stats.items():
            mine = self._s(*key)
            for name in (
                "requests",
                "responses",
                "cache_hits",
                "prompt_tokens",
                "completion_tokens",
                "prompt_chars",
                "messages",
                "failures",
            ):
                setattr(mine, name, getattr(mine, name) + getattr(s, name))
            mine.retries.update(s.retries)
        return self

    # -- totals -------------------------------------------------------------------------
    @property
    def requests(self) -> int:
        return sum(s.requests for s in self.stats.values())

    @property
    def retries(self) -> Counter:
        total: Counter = Counter()
        for s in self.stats.values():
            total.update(s.retries)
        return total

    @property
    def responses(self) -> int:
        return sum(s.responses for s in self.stats.values())

    @property
    def cache_hits(self) -> int:
        return sum(s.cache_hits for s in self.stats.values())

    def tokens(self) -> tuple[int, int]:
        return (
            sum(s.prompt_tokens for s in self.stats.values()),
            sum(s.completion_tokens for s in self.stats.values()),
        )

    def to_dict(self) -> dict:
        models: dict[str, dict] = {}
        for (model, stage), s in sorted(self.stats.items()):
            m = models.setdefault(
                model,
                {
                    "stages": {},
                    "requests": 0,
                    "responses": 0,
                    "cache_hits": 0,
                    "prompt_tokens": 0,
                    "completion_tokens": 0,
                    "retries": Counter(),
                    "failures": 0,
                },
            )
            m["stages"][stage] = s.to_dict()
            for k in ("requests", "responses", "cache_hits", "prompt_tokens", "completion_tokens", "failures"):
                m[k] += getattr(s, k)
            m["retries"].update(s.retries)
        for model, m in models.items():
            price = price_for(model, self.price_override)
            m["retries"] = dict(sorted(m["retries"].items()))
            m["retries_total"] = sum(m["retries"].values())
            m["price_usd_per_1m"] = {"input": price.input, "output": price.output, "known": price.known}
            m["cost_usd"] = round(cost_usd(price, m["prompt_tokens"], m["completion_tokens"]), 6)
        pt, ct = self.tokens()
        return {
            "requests": self.requests,
            "responses": self.responses,
            "cache_hits": self.cache_hits,
            "retries": dict(sorted(self.retries.items())),
            "retries_total": sum(self.retries.values()),
            "prompt_tokens": pt,
            "completion_tokens": ct,
            "cost_usd": round(sum(m["cost_usd"] for m in models.values()), 6),
            "models": models,
        }


class Calibration:
    """Per (model, stage) running totals of real responses, kept in ``<cache>/calibration.json``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        try:
            self.data: dict = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, json.JSONDecodeError):
            self.data = {}

    def get(self, model: str, stage: str) -> dict | None:
        entry = self.data.get(model, {}).get(stage)
        return entry if entry and entry.get("responses", 0) > 0 else None

    def update(self, ledger: Ledger) -> None:
        changed = False
        for (model, stage), s in ledger.stats.items():
            if s.responses == 0:
                continue
            e = self.data.setdefault(model, {}).setdefault(
                stage, {"responses": 0, "prompt_tokens": 0, "completion_tokens": 0, "prompt_chars": 0, "messages": 0}
            )
            e["responses"] += s.responses
            e["prompt_tokens"] += s.prompt_tokens
            e["completion_tokens"] += s.completion_tokens
            e["prompt_chars"] += s.prompt_chars
            e["messages"] += s.messages
            changed = True
        if changed:
            write_json(self.path, self.data)
