"""HumanEval-C and HumanEval-TypeScript: codem's own benchmarks, read by the shared loader.

The committed build (``built/humaneval_{c,typescript}.jsonl``, made by
``codem benchmarks build c|typescript`` from upstream docstrings + ``authored/``) is the
source: the C and TypeScript language specs name it as a shipped file and ``normalize`` as
their row normaliser, so ``load_problems("c")`` reads it through the same loader and
``Problem`` type as the HumanEval-X languages, whatever the data directory is.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import DataError
from .builders.humaneval_c_ts import BUILT_DIR
from .problem import Problem

BUILT_FILES = {lang: BUILT_DIR / f"humaneval_{lang}.jsonl" for lang in ("c", "typescript")}
_FIELDS = ("task_id", "prompt", "declaration", "canonical_solution", "test", "entry_point")


def normalize(row: dict, data_dir: Path | None, language: str) -> Problem:
    missing = [f for f in _FIELDS if f not in row]
    if missing:
        raise DataError(f"{language} benchmark row {row.get('task_id', '?')} lacks field {missing[0]!r}")
    return Problem(
        task_id=row["task_id"],
        language=language,
        prompt=row["prompt"],
        declaration=row["declaration"],
        canonical_solution=row["canonical_solution"],
        test=row["test"],
        entry_point=row["entry_point"],
        example_test=row.get("example_test") or "",
    )
