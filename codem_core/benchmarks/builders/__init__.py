"""Builders for the benchmarks codem authors itself (HumanEval-C, HumanEval-TypeScript)."""
