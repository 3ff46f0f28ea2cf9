"""Python: prompt + completion + test, where the test ends with ``check(<entry point>)``."""

from __future__ import annotations

import re

from ..sandbox import Limits, ProcessResult
from ..status import Status
from .base import Adapter, Job

PYTHON = "/usr/bin/python3"  # the system interpreter: the sandbox user cannot reach a home-dir Python


class PythonAdapter(Adapter):
    language = "python"
    source_name = "prog.py"
    tools = {PYTHON: "python3"}
    run_limits = Limits(wall_s=10, cpu_s=10)

    def assemble(self, problem, completion):
        test = problem.test
        if not re.search(r"^check\(", test, re.M):
            test += f"\n\ncheck({problem.entry_point})\n"
        return problem.prompt + completion + "\n\n" + test + "\n"

    def run_argv(self, job: Job) -> list[str]:
        # -I: no user site-packages, no PYTHONPATH, no cwd on sys.path beyond the script's own
        return [PYTHON, "-I", "-B", self.source_name]

    def classify_language(self, result: ProcessResult):
        if result.returncode == 0:
            return Status.PASSED, ""
        last = next((ln for ln in reversed(result.stderr.strip().splitlines()) if ln.strip()), "")
        if re.match(r"(SyntaxError|IndentationError|TabError)\b", last):
            return Status.COMPILE_ERROR, result.tail()
        if last.startswith("AssertionError"):
            return Status.FAILED, result.tail()
        return Status.RUNTIME_ERROR, result.tail()
