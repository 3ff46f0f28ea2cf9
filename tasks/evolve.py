"""Prefect tasks for the data-evolution stage: thin wrappers over ``codem_core.evolution``.

Caching: the teacher's content-addressed response cache already makes every task idempotent
and resumable (a retried or rerun task only sends the requests that have no cached answer), so
Prefect's own result cache is off (``NO_CACHE``) rather than storing corpora twice. Retries:
only a teacher that kept failing transiently (``TeacherGaveUp``) is retried; user errors (bad
key, unknown language, malformed seeds) fail at once.
"""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from codem_core.evolution.ledger import Ledger
from codem_core.evolution.pipeline import CorpusResult
from codem_core.evolution.run import EvolveOptions, Prepared, evolve_language, finish, prepare
from codem_core.evolution.teacher import TeacherGaveUp


def _transient(task, task_run, state) -> bool:
    try:
        state.result()
    except TeacherGaveUp:
        return True
    except Exception:
        return False
    return False


@task(name="prepare-evolution", retries=0, cache_policy=NO_CACHE)
def prepare_evolution(options: EvolveOptions) -> Prepared:
    """Seeds, templates, decontamination index, output checks: everything that fails fast."""
    return prepare(options)


@task(name="evolve-language", retries=2, retry_delay_seconds=15, retry_condition_fn=_transient, cache_policy=NO_CACHE,
      task_run_name="evolve-{language}")
def evolve_language_task(prepared: Prepared, language: str) -> CorpusResult:
    """Evolve, answer and clean one language's corpus."""
    return evolve_language(prepared, language)


@task(name="write-corpora", retries=1, cache_policy=NO_CACHE)
def write_corpora(prepared: Prepared, results: dict[str, CorpusResult], wall_seconds: float) -> dict:
    """Mixed corpus, report and all outputs, moved into place at once."""
    ledger = Ledger(prepared.options.price_override)
    for res in results.values():
        if res.ledger is not None:
            ledger.merge(res.ledger)
    return finish(prepared, results, ledger, wall_seconds)
