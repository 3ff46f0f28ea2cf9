"""Regression: every canonical solution of every available benchmark passes in the sandbox."""

from __future__ import annotations

from collections import Counter

from codem_core.benchmarks import SOURCES, load_problems
from codem_core.execution.adapters import ADAPTERS
from codem_core.execution.engine import ExecutionEngine
from codem_core.languages import EVAL_LANGUAGES


def test_all_canonical_solutions_pass(data_dir):
    langs = [lang for lang in EVAL_LANGUAGES if lang in SOURCES and lang in ADAPTERS]
    assert {"python", "javascript", "cpp", "java", "go"} <= set(langs)
    problems = [p for lang in langs for p in load_problems(lang, data_dir)]
    verdicts = ExecutionEngine(cache=False).evaluate([(p, p.canonical_solution) for p in problems])
    failures = [f"{v.task_id}: {v.status.value}: {v.detail[-300:]}" for v in verdicts if not v.passed]
    assert not failures, "\n".join(failures)
    counts = Counter(p.language for p in problems)
    assert all(n == 164 for n in counts.values()), counts
