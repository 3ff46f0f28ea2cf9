"""Prefect task for generation: one samples file per (model, languages).

Resume lives in ``codem_core.inference.generate`` (a partial file keyed by model, settings and
prompt), so a retried task only generates what is missing.  Tagged ``gpu`` for the transformers
backend; with the OpenAI-compatible backend (vLLM) the task itself needs no GPU.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from codem_core.errors import CodemError


def _retry_unless_user_error(task, task_run, state) -> bool:
    try:
        state.result()
    except CodemError:
        return False
    except Exception:
        return True
    return False


@task(name="generate-samples", retries=2, retry_delay_seconds=30, retry_condition_fn=_retry_unless_user_error,
      cache_policy=NO_CACHE, task_run_name="generate-{out}")
def generate_task(model: str | None, out: str, languages: str | list[str] | None = "all", limit: int | None = None,
                  backend: str = "transformers", base_url: str | None = None, batch_size: int = 8, max_new_tokens: int = 512,
                  dtype: str = "auto", api: str = "completions", concurrency: int = 8) -> dict:
    """Generate greedy samples; returns counts (the samples file is the result)."""
    from prefect.logging import get_run_logger

    from codem_core.inference.generate import run_generate

    logger = get_run_logger()
    rows = run_generate(model, languages, out, limit=limit, backend=backend, log=logger.info, base_url=base_url,
                        batch_size=batch_size, max_new_tokens=max_new_tokens, dtype=dtype, api=api, concurrency=concurrency)
    return {"out": out, "samples": len(rows), "code_found": sum(1 for r in rows if r["code_found"])}
