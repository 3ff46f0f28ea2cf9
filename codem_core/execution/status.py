"""Verdicts: what happened when one program ran."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from enum import StrEnum


class Status(StrEnum):
    """Outcome classes, from best to worst. Only ``passed`` counts towards pass@1."""

    PASSED = "passed"
    FAILED = "failed"  # ran to the end of a test that reported a wrong answer
    COMPILE_ERROR = "compile_error"  # the program never started (syntax/type/link error)
    RUNTIME_ERROR = "runtime_error"  # crashed: exception, signal, output flood
    TIMEOUT = "timeout"  # wall-clock or CPU limit
    OOM = "oom"  # memory limit
    SANDBOX_ERROR = "sandbox_error"  # the harness, not the program, failed


@dataclass
class Verdict:
    task_id: str
    status: Status
    duration_s: float
    detail: str = ""  # stderr/stdout tail or the reason
    cached: bool = False

    @property
    def passed(self) -> bool:
        return self.status is Status.PASSED

    def to_dict(self) -> dict:
        d = asdict(self)
        d["status"] = self.status.value
        d["passed"] = self.passed
        return d

    @classmethod
    def from_dict(cls, d: dict) -> Verdict:
        return cls(
            task_id=d["task_id"],
            status=Status(d["status"]),
            duration_s=float(d["duration_s"]),
            detail=d.get("detail", ""),
            cached=bool(d.get("cached", False)),
        )
