"""Evaluation benchmarks: HumanEval-X (5 languages), codem's HumanEval-C and -TypeScript, and
the extra languages' own (HumanEvalPack Rust); each language's spec says where its lives."""

from .loader import (
    SOURCES,
    BenchmarkSource,
    entry_point_from_declaration,
    load_problems,
    problem_index,
    register_source,
)
from .problem import Problem

__all__ = [
    "Problem",
    "load_problems",
    "problem_index",
    "register_source",
    "BenchmarkSource",
    "SOURCES",
    "entry_point_from_declaration",
]
