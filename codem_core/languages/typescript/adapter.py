"""TypeScript (HumanEval-TypeScript): prompt + completion + test, type-checked by tsc, run by node.

A type error fails the sample (MultiPL-E's convention). tsc options are shared with the
benchmark builder (``benchmarks/builders/toolrun.py``: tsc defaults, not ``--strict``; target
and lib es2022, CommonJS modules, no ambient ``@types``). Every program is a module (its test
ends in ``export {};``), so checking many programs in one tsc run (``compile_batch``) reports
each type error against its own file; a program with any error is then compiled alone, so
its verdict and message are exactly those of checking it by itself.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

from ...benchmarks.builders.toolrun import DEFAULT_TSC, TSC_OPTIONS
from ...execution.adapters.base import Adapter, Job, Reference
from ...execution.sandbox import Limits, ProcessResult, Sandbox
from ...execution.status import Status


def _tsconfig(files: list[str], out_dir: str = ".") -> str:
    return json.dumps({"compilerOptions": {**TSC_OPTIONS, "outDir": out_dir, "rootDir": "."}, "files": files})


class TypeScriptAdapter(Adapter):
    language = "typescript"
    source_name = "prog.ts"
    tools = {DEFAULT_TSC: "npm typescript@5.9.3 (scripts/install-toolchains.sh)", "node": "nodejs"}
    compile_limits = Limits(wall_s=180, cpu_s=360, memory_mb=3072, fsize_mb=256, nproc=512, output_bytes=512 * 1024)
    run_limits = Limits(wall_s=10, cpu_s=10)
    batch_size = 64

    def version_args(self, binary):
        return ["--version"]

    def assemble(self, problem, completion):
        return problem.prompt + completion + "\n" + problem.test + "\n"

    def write(self, job: Job, workdir: Path) -> None:
        (workdir / self.source_name).write_text(job.source, encoding="utf-8")
        (workdir / "tsconfig.json").write_text(_tsconfig([self.source_name]), encoding="utf-8")

    def compile_argv(self, job: Job) -> list[str]:
        return [DEFAULT_TSC, "-p", "."]

    def run_argv(self, job: Job) -> list[str]:
        return ["node", "--stack-size=4096", "prog.js"]

    def compile_batch(self, jobs: list[Job], sandbox: Sandbox, scratch: Path) -> dict[int, ProcessResult]:
        """One tsc over the batch; jobs blamed for an error (or all, if unclear) compile alone."""
        batch_dir = Path(scratch) / f"tsc-{jobs[0].index}"
        batch_dir.mkdir(parents=True, exist_ok=True)
        batch_dir.chmod(0o777)
        names = {job.index: f"t{job.index}.ts" for job in jobs}
        for job in jobs:
            (batch_dir / names[job.index]).write_text(job.source, encoding="utf-8")
        (batch_dir / "tsconfig.json").write_text(_tsconfig(list(names.values()), "out"), encoding="utf-8")
        res = sandbox.run([DEFAULT_TSC, "-p", "."], batch_dir, self.compile_limits)
        text = res.stdout + res.stderr
        blamed = {int(m) for m in re.findall(r"^t(\d+)\.ts\(\d+,\d+\): error", text, re.M)}
        unclear = res.timed_out or res.output_exceeded or (res.returncode != 0 and not blamed)
        results: dict[int, ProcessResult] = {}
        for job in jobs:
            emitted = batch_dir / "out" / f"t{job.index}.js"
            if not unclear and job.index not in blamed and emitted.is_file():
                shutil.copyfile(emitted, job.workdir / "prog.js")
                job.notes["compiled"] = True
            else:
                self.write(job, job.workdir)
                results[job.index] = sandbox.run(self.compile_argv(job), job.workdir, self.compile_limits)
        shutil.rmtree(batch_dir, ignore_errors=True)
        return results

    def reference(self, problem, source, cache_dir):
        # one tsc per program (the engine type-checks batches of up to 64 files in one tsc)
        job = Job(index=0, problem=problem, completion="", source=source)
        files = {self.source_name: source, "tsconfig.json": _tsconfig([self.source_name])}
        return Reference(files, self.compile_argv(job), self.run_argv(job), dict(self.env))

    def classify_language(self, result: ProcessResult):
        err = result.stderr
        if re.search(r"\bAssertionError\b", err):
            return Status.FAILED, result.tail()
        if result.returncode == 0:
            return Status.PASSED, ""
        return Status.RUNTIME_ERROR, result.tail()
