"""Prefect task over the execution engine: evaluate a samples file.

Cached by content (the samples file's hash + the engine's code), not by run id, so a rerun of
a finished evaluation returns its persisted summary at once; retried when the harness itself
broke (a ``sandbox_error`` verdict is never cached by the engine, so a retry re-runs only those).
"""

from __future__ import annotations

from pathlib import Path

from prefect import task
from prefect.cache_policies import INPUTS, TASK_SOURCE

from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.evaluate import evaluate_samples


@task(
    name="evaluate-samples",
    retries=2,
    retry_delay_seconds=[5, 30],
    persist_result=True,
    cache_policy=(INPUTS + TASK_SOURCE),
    task_run_name="evaluate-{samples}",
)
def evaluate_samples_task(samples: str, out: str, sandbox: str | None = None, workers: int | None = None, samples_sha256: str = "") -> dict:
    """Run the samples' test programs in the sandbox; returns the pass@1 summary.

    ``samples_sha256`` is there for the cache key: the same path with new content reruns.
    """
    engine = ExecutionEngine(sandbox=sandbox, workers=workers)
    summary = evaluate_samples(Path(samples), Path(out), engine=engine)
    if "warning" in summary:
        raise RuntimeError(summary["warning"])  # retried: sandbox errors are transient
    return summary
