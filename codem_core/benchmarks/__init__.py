"""Evaluation benchmarks: HumanEval-X (5 languages) plus codem's HumanEval-C and -TypeScript."""

from .loader import SOURCES, BenchmarkSource, entry_point_from_declaration, load_problems, problem_index, register_source
from .problem import Problem
from . import c_typescript  # noqa: F401,E402  (registers HumanEval-C and -TypeScript)

__all__ = ["Problem", "load_problems", "problem_index", "register_source", "BenchmarkSource", "SOURCES", "entry_point_from_declaration"]
