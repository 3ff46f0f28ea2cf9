"""Decontamination against the evaluation benchmarks' prompts, by word n-gram overlap.

Rule (documented threshold): a pair is contaminated when its instruction + response share at
least one word 13-gram (``n`` = 13, GPT-3's decontamination length) with the prompt of any
benchmark problem of any evaluation language. Words are identifier-like tokens and numbers,
lower-cased, so code and docstrings both count. What is not indexed, because it would match
innocent code:
- import / include / package / ``using namespace`` lines of the prompts;
- n-grams with fewer than 6 words of 3+ letters (runs of numbers or one-letter names such as
  ``1 2 3 4 5`` or ``a b c d``);
- n-grams found in more than ``max_problem_share`` (3) distinct problem numbers (scaffolding
  such as Java's ``class Solution { public``); the same problem translated into several
  languages counts once.

Every evaluation language whose benchmark loads is used; those that do not load (not registered
yet, file missing) are skipped and named in the report.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..benchmarks import load_problems
from ..errors import CodemError, DataError
from ..languages import EVAL_LANGUAGES

_TOKEN_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+")


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN_RE.findall(text or "")]


_SCAFFOLD_LINE_RE = re.compile(
    r"^\s*(#\s*include\b|import\b|from\s+[\w.]+\s+import\b|package\b|using\s+namespace\b|const\s+\w+\s*=\s*require\().*$",
    re.M,
)


def strip_scaffolding(prompt: str) -> str:
    return _SCAFFOLD_LINE_RE.sub("", prompt)


def informative(gram: tuple[str, ...], min_words: int = 6) -> bool:
    return sum(1 for t in gram if len(t) >= 3 and not t.isdigit()) >= min_words


def ngrams(toks: list[str], n: int) -> set[tuple[str, ...]]:
    return {tuple(toks[i : i + n]) for i in range(len(toks) - n + 1)}


@dataclass
class BenchmarkIndex:
    n: int
    used: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # language -> why
    problems: int = 0
    boilerplate_ngrams: int = 0
    index: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # n-gram -> task ids

    def matches(self, text: str) -> set[str]:
        """Task ids whose prompts share an indexed n-gram with ``text``."""
        hits: set[str] = set()
        for gram in ngrams(tokens(text), self.n):
            ids = self.index.get(gram)
            if ids:
                hits.update(ids)
        return hits

    def summary(self) -> dict:
        return {
            "n": self.n,
            "languages_used": self.used,
            "languages_skipped": self.skipped,
            "problems": self.problems,
            "indexed_ngrams": len(self.index),
            "boilerplate_ngrams_ignored": self.boilerplate_ngrams,
        }


def build_index(prompts: dict[str, str], n: int = 13, max_problem_share: int = 3) -> BenchmarkIndex:
    """Index task_id -> prompt text. Problem number = the part after '/' in the task id."""
    by_gram: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for task_id, prompt in prompts.items():
        for gram in ngrams(tokens(strip_scaffolding(prompt)), n):
            if informative(gram):
                by_gram[gram].add(task_id)
    index: dict[tuple[str, ...], set[str]] = {}
    dropped = 0
    for gram, ids in by_gram.items():
        numbers = {tid.rsplit("/", 1)[-1] for tid in ids}
        if len(numbers) > max_problem_share:
            dropped += 1
            continue
        index[gram] = ids
    return BenchmarkIndex(n=n, problems=len(prompts), boilerplate_ngrams=dropped, index=index)


def load_benchmark_index(
    languages: tuple[str, ...] = EVAL_LANGUAGES, n: int = 13, max_problem_share: int = 3
) -> BenchmarkIndex:
    prompts: dict[str, str] = {}
    used: list[str] = []
    skipped: dict[str, str] = {}
    for lang in languages:
        try:
            problems = load_problems(lang)
        except CodemError as exc:  # DataError: not registered / not found; skip and say so
            skipped[lang] = str(exc)
            continue
        used.append(lang)
        for p in problems:
            prompts[p.task_id] = p.prompt
    if not used:
        raise DataError(
            "no evaluation benchmark could be loaded for decontamination; set CODEM_DATA_DIR or pass --no-decontaminate"
        )
    idx = build_index(prompts, n=n, max_problem_share=max_problem_share)
    idx.used, idx.skipped = used, skipped
    return idx
