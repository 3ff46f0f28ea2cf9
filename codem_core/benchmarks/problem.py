"""The one ``Problem`` type every benchmark language shares (HumanEval-X fields)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One benchmark problem in one language.

    ``prompt`` is what a model continues (docstring + signature); a completion is appended to
    it, then ``test`` is appended to make the test program (HumanEval-X convention).
    ``extra`` keeps language-specific fields that the adapters need (Go's ``import`` and
    ``test_setup``).
    """

    task_id: str
    language: str
    prompt: str
    declaration: str
    canonical_solution: str
    test: str
    entry_point: str
    example_test: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def number(self) -> int:
        return int(self.task_id.split("/", 1)[1])

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, row: dict[str, Any]) -> Problem:
        known = {f for f in cls.__dataclass_fields__}
        base = {k: v for k, v in row.items() if k in known}
        extra = dict(base.pop("extra", {}) or {})
        extra.update({k: v for k, v in row.items() if k not in known})
        return cls(**base, extra=extra)
