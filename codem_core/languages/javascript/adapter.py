"""JavaScript: prompt + completion + test, run by node; ``js-md5`` resolvable (task 162).

HumanEval-X's JS tests use ``console.assert``, which prints "Assertion failed" and carries on
instead of throwing, so the exit status alone would pass every wrong answer. CodeGeeX's
evaluator fails any run that writes anything at all to stdout or stderr; codem fails a run that
reports a failed assertion, throws, or exits non-zero, but not a correct program that merely
logs (a completion that keeps a ``console.log`` of its example call). That is the one place
codem is deliberately more lenient than the reference; docs/sandbox.md lists it.
"""

from __future__ import annotations

import re

from ...execution.adapters.base import Adapter, Job, Reference
from ...execution.sandbox import Limits, ProcessResult
from ...execution.status import Status

NODE_MODULES = "/opt/codem-node/node_modules"


class JavaScriptAdapter(Adapter):
    language = "javascript"
    source_name = "prog.js"
    tools = {"node": "nodejs"}
    run_limits = Limits(wall_s=10, cpu_s=10)
    env = {"NODE_PATH": NODE_MODULES}

    def assemble(self, problem, completion):
        return problem.prompt + completion + "\n" + problem.test + "\n"

    def run_argv(self, job: Job) -> list[str]:
        return ["node", "--stack-size=4096", self.source_name]

    def reference(self, problem, source, cache_dir):
        return Reference({"prog.js": source}, None, ["node", "prog.js"], dict(self.env))

    def classify_language(self, result: ProcessResult):
        err = result.stderr
        if "Assertion failed" in err or re.search(r"\bAssertionError\b", err):
            return Status.FAILED, result.tail()
        if result.returncode == 0:
            return Status.PASSED, ""
        # a parse error is reported before any of the program runs, from the module wrapper
        if re.search(r"^SyntaxError", err, re.M) and ("wrapSafe" in err or "internalCompileFunction" in err):
            return Status.COMPILE_ERROR, result.tail()
        return Status.RUNTIME_ERROR, result.tail()
