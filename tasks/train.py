"""Prefect task for instruction tuning: a thin wrapper over ``codem_core.training.train``.

Tagged ``gpu`` so a deployment can route it to a GPU work pool (and a tag concurrency limit
can keep one fine-tune per GPU machine).  Idempotence and resume live in the training code:
a rerun of a finished run returns at once (``codem_provenance.json``), an interrupted run
resumes from its last checkpoint, so a Prefect retry after preemption continues, not restarts.
Prefect's result cache is off: the model folder is the result.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from codem_core.errors import CodemError


def _retry_unless_user_error(task, task_run, state) -> bool:
    try:
        state.result()
    except CodemError as exc:  # bad corpus, model, preset or memory: retrying cannot help; a crashed rank may
        return bool(getattr(exc, "retryable", False))
    except Exception:
        return True
    return False


@task(name="finetune-model", tags=["gpu"], retries=2, retry_delay_seconds=60, retry_condition_fn=_retry_unless_user_error,
      cache_policy=NO_CACHE, task_run_name="finetune-{out}")
def finetune_task(corpus: str, out: str, base_model: str | None = None, preset: str = "paper", overrides: dict | None = None,
                  languages: list[str] | None = None, skip_memory_check: bool = False) -> dict:
    """Fine-tune one model on one corpus; returns the run's metrics and output folder."""
    from prefect.logging import get_run_logger

    from codem_core.training.trainer import train

    logger = get_run_logger()
    res = train(corpus, base_model, out, preset, overrides, languages=languages, skip_memory_check=skip_memory_check, log=logger.info)
    return {"out": res.out, "skipped": res.skipped, "resumed_from": res.resumed_from, "metrics": res.metrics, "throughput": res.tokens}
