"""Shared knobs for the teacher integration tests (small N, small max_tokens: CI minutes)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from codem_core.evolution.local_teacher import LOCAL_MODEL_ALIAS
from codem_core.evolution.pipeline import GenerationParams
from codem_core.evolution.run import EvolveOptions
from codem_core.evolution.teacher import TeacherConfig

EVOLVE_MAX_TOKENS = 40
ANSWER_MAX_TOKENS = 48
PARAMS = GenerationParams(EVOLVE_MAX_TOKENS, ANSWER_MAX_TOKENS, 0.7, 0.2)
REPO = Path(__file__).resolve().parents[2]


def options(
    url: str,
    out: Path | None,
    cache: Path,
    languages: str = "python",
    n: int = 2,
    seed: int = 42,
    concurrency: int = 2,
    timeout: float = 60.0,
    api_key: str | None = None,
    **kw,
) -> EvolveOptions:
    return EvolveOptions(
        languages=languages,
        per_language=n,
        out=out,
        teacher=TeacherConfig(
            base_url=url,
            model=LOCAL_MODEL_ALIAS,
            api_key=api_key or "sk-no-key-required",
            concurrency=concurrency,
            timeout=timeout,
            backoff_initial=0.2,
            backoff_max=2.0,
        ),
        seed=seed,
        params=PARAMS,
        cache_dir=cache,
        progress=False,
        **kw,
    )


def cli_args(
    url: str, out: Path, cache: Path, languages: str = "python", n: int = 2, extra: list[str] | None = None
) -> list[str]:
    return [
        sys.executable,
        "-m",
        "codem_core.cli",
        "evolve",
        "--languages",
        languages,
        "--per-language",
        str(n),
        "--out",
        str(out),
        "--teacher-url",
        url,
        "--teacher-model",
        LOCAL_MODEL_ALIAS,
        "--cache-dir",
        str(cache),
        "--evolve-max-tokens",
        str(EVOLVE_MAX_TOKENS),
        "--answer-max-tokens",
        str(ANSWER_MAX_TOKENS),
        *(extra or []),
    ]


def run_cli(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(args, cwd=REPO, env=env, capture_output=True, text=True, timeout=timeout)


def read_rows(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def cache_entries(cache: Path) -> int:
    return sum(1 for _ in cache.glob("??/*.json")) if cache.is_dir() else 0
