"""Prefect flow ``evolve-data``: the data-evolution stage fanned out per language.

    prepare-evolution -> evolve-language x {python, ..., html} (parallel) -> write-corpora

Each language task has its own teacher client with ``concurrency`` requests in flight, so the
flow as a whole sends up to ``concurrency x languages`` at once; the response cache is shared.
"""

from __future__ import annotations

import time
from pathlib import Path

from prefect import flow, get_run_logger

from codem_core.evolution.cleaning import CleaningConfig
from codem_core.evolution.pipeline import GenerationParams
from codem_core.evolution.run import EvolveOptions
from codem_core.evolution.teacher import TeacherConfig
from tasks.evolve import evolve_language_task, prepare_evolution, write_corpora


@flow(name="evolve-data")
def evolve_data(
    per_language: int,
    out: str,
    languages: str = "all",
    teacher_url: str = "http://127.0.0.1:8080/v1",
    teacher_model: str = "smollm2-135m-instruct",
    api_key: str | None = None,
    concurrency: int = 4,
    timeout: float = 120.0,
    max_attempts: int = 8,
    seed: int = 42,
    seeds: str = "auto",
    evolve_max_tokens: int = 512,
    answer_max_tokens: int = 1024,
    evolve_temperature: float = 0.7,
    answer_temperature: float = 0.2,
    cache_dir: str | None = None,
    decontaminate: bool = True,
    mixed: bool = True,
) -> dict:
    """Build the 8 language corpora and Mixed; returns the stage report."""
    t0 = time.monotonic()
    options = EvolveOptions(
        languages=languages, per_language=per_language, out=Path(out),
        teacher=TeacherConfig(base_url=teacher_url, model=teacher_model, api_key=api_key or "sk-no-key-required",
                              concurrency=concurrency, timeout=timeout, max_attempts=max_attempts),
        seed=seed, seeds_source=seeds,
        params=GenerationParams(evolve_max_tokens, answer_max_tokens, evolve_temperature, answer_temperature),
        cleaning=CleaningConfig(), cache_dir=Path(cache_dir) if cache_dir else None,
        decontaminate=decontaminate, mixed=mixed, progress=False,
    )
    prepared = prepare_evolution(options)
    futures = {lang: evolve_language_task.submit(prepared, lang) for lang in prepared.languages}
    results = {lang: fut.result() for lang, fut in futures.items()}
    report = write_corpora(prepared, results, round(time.monotonic() - t0, 3))
    led = report["ledger"]
    get_run_logger().info("evolve-data: corpora %s; %d requests, %d cache hits, %d retries",
                          report["corpus_sizes"], led["requests"], led["cache_hits"], led["retries_total"])
    return report


if __name__ == "__main__":
    import sys

    evolve_data(per_language=int(sys.argv[1]), out=sys.argv[2])
