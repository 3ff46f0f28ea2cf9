"""Python: prompt + completion + test, where the test ends with ``check(<entry point>)``."""

from __future__ import annotations

import re
import secrets

from ...execution.adapters.base import Adapter, Job, Reference
from ...execution.sandbox import Limits, ProcessResult
from ...execution.status import Status

PYTHON = "/usr/bin/python3"  # the system interpreter: the sandbox user cannot reach a home-dir Python

# HumanEval-X's Python harness exec()s the program in a fresh namespace and passes it only if
# exec returns: a SystemExit (sys.exit, exit(), quit()) fails it, and so does any exit that
# skips the rest of the program (os._exit, a signal), because "passed" is never recorded. An
# exit status cannot say that (os._exit(0) looks like success), so the runner proves it: it
# takes a one-time token from standard input (stdin is then /dev/null; the token is in no file,
# argument, environment or global: only a program searching the runner's own stack frame could
# find it), runs the program, and only if exec returned writes the token to stdout. It then exits
# at once, as the harness's worker does (no atexit handlers, no waiting for leftover threads).
RUNNER = """\
import os, sys
def _main():
    token = sys.stdin.buffer.readline().strip()
    null = os.open('/dev/null', os.O_RDONLY); os.dup2(null, 0); os.close(null)
    path = os.path.abspath(sys.argv[1]); sys.argv[:] = [path]
    with open(path, 'rb') as f:
        code = compile(f.read(), path, 'exec')
    try:
        exec(code, {})
    except SystemExit as e:
        sys.stderr.write('SystemExit: %r (the program exited before its tests finished)\\n' % (e.code,))
        sys.stderr.flush()
        os._exit(1)
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:
            pass
    os.write(1, b'\\n' + token + b'\\n')
    os._exit(0)
_main()
"""


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
        # -I: no user site-packages, no PYTHONPATH, no cwd on sys.path
        return [PYTHON, "-I", "-B", "-c", RUNNER, self.source_name]

    def run_input(self, job: Job) -> bytes:
        job.notes["token"] = secrets.token_hex(16)
        return job.notes["token"].encode() + b"\n"

    def classify_run(self, result: ProcessResult, job: Job | None = None):
        token = job.notes.get("token") if job is not None else None
        finished = token is not None and f"\n{token}\n" in result.stdout
        if token is not None:
            result.stdout = result.stdout.replace(f"\n{token}\n", "")
        status, detail = super().classify_run(result)
        if status is Status.PASSED and token is not None and not finished:
            return Status.RUNTIME_ERROR, (
                "exit status 0, but the program stopped before its tests finished "
                "(os._exit or similar); HumanEval-X does not pass it either"
            )
        return status, detail

    def reference(self, problem, source, cache_dir):
        return Reference({"prog.py": source}, None, [PYTHON, "prog.py"], dict(self.env))

    def classify_language(self, result: ProcessResult):
        if result.returncode == 0:
            return Status.PASSED, ""
        last = next((ln for ln in reversed(result.stderr.strip().splitlines()) if ln.strip()), "")
        if re.match(r"(SyntaxError|IndentationError|TabError)\b", last):
            return Status.COMPILE_ERROR, result.tail()
        if last.startswith("AssertionError"):
            return Status.FAILED, result.tail()
        return Status.RUNTIME_ERROR, result.tail()
