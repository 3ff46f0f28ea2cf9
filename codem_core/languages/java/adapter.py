"""Java: prompt + completion + test (``class Solution`` and ``public class Main``).

One javac compiles many programs: each program is put in a package of its own
(``package j<N>;`` before its imports, which changes nothing else), so a batch compiles in
one JVM instead of one JVM per program. If a batch fails, the programs javac blames are
compiled alone (their verdict and message are then exactly a single compile's) and the rest
is compiled again.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from ...execution.adapters.base import Adapter, Job, Reference
from ...execution.sandbox import Limits, ProcessResult, Sandbox
from ...execution.status import Status

# javac is a short-lived JVM: C1 alone compiles it ~2x cheaper in CPU; no annotation processors
# exist on the class path, so skipping their discovery changes no output.
JAVAC_FLAGS = ["-J-XX:+UseSerialGC", "-J-XX:TieredStopAtLevel=1", "-proc:none", "-encoding", "UTF-8", "-nowarn"]
JAVA_RUN_FLAGS = [
    "-XX:TieredStopAtLevel=1",
    "-XX:+UseSerialGC",
    "-Xshare:auto",
    "-XX:-UsePerfData",
    "-Xmx256m",
    "-Xss16m",
    "-ea",
]


def _package(job: Job) -> str:
    return f"j{job.index}"


class JavaAdapter(Adapter):
    language = "java"
    source_name = "Main.java"
    tools = {"javac": "openjdk-17-jdk-headless", "java": "openjdk-17-jdk-headless"}
    compile_limits = Limits(wall_s=120, cpu_s=240, memory_mb=3072, fsize_mb=256, nproc=512, output_bytes=256 * 1024)
    run_limits = Limits(wall_s=10, cpu_s=20, memory_mb=1024, nproc=256)
    batch_size = 48

    def version_args(self, binary):
        return ["-version"]

    def assemble(self, problem, completion):
        return problem.prompt + completion + "\n" + problem.test + "\n"

    def _packaged(self, job: Job) -> str:
        return f"package {_package(job)};\n" + job.source

    def write(self, job: Job, workdir: Path) -> None:
        pkg = workdir / _package(job)
        pkg.mkdir(parents=True, exist_ok=True)
        pkg.chmod(0o777)  # javac, as the sandbox user, writes the classes beside the source
        (pkg / self.source_name).write_text(self._packaged(job), encoding="utf-8")

    def compile_argv(self, job: Job) -> list[str]:
        return ["javac", "-J-Xmx512m", *JAVAC_FLAGS, "-d", ".", f"{_package(job)}/{self.source_name}"]

    def run_argv(self, job: Job) -> list[str]:
        return ["java", *JAVA_RUN_FLAGS, "-cp", ".", f"{_package(job)}.Main"]

    def compile_batch(self, jobs: list[Job], sandbox: Sandbox, scratch: Path) -> dict[int, ProcessResult]:
        """Compile jobs in one javac; returns index -> result for jobs that had to compile alone."""
        results: dict[int, ProcessResult] = {}
        pending = list(jobs)
        while pending:
            batch_dir = Path(scratch) / f"javac-{pending[0].index}"
            batch_dir.mkdir(parents=True, exist_ok=True)
            batch_dir.chmod(0o777)
            for job in pending:
                self.write(job, batch_dir)
            argv = ["javac", "-J-Xmx1536m", *JAVAC_FLAGS, "-Xmaxerrs", "10000", "-d", "out"]
            argv += [f"{_package(j)}/{self.source_name}" for j in pending]
            res = sandbox.run(argv, batch_dir, self.compile_limits)
            if res.returncode == 0:
                for job in pending:
                    dest = job.workdir / _package(job)
                    shutil.copytree(batch_dir / "out" / _package(job), dest, dirs_exist_ok=True)
                    job.notes["compiled"] = True
                shutil.rmtree(batch_dir, ignore_errors=True)
                break
            blamed = {int(m) for m in re.findall(r"^j(\d+)/Main\.java:\d+: error", res.stdout + res.stderr, re.M)}
            shutil.rmtree(batch_dir, ignore_errors=True)
            if not blamed or res.timed_out or res.output_exceeded:
                break  # cannot tell who broke it: every job compiles alone
            for job in [j for j in pending if j.index in blamed]:
                self.write(job, job.workdir)
                results[job.index] = sandbox.run(self.compile_argv(job), job.workdir, self.compile_limits)
            pending = [j for j in pending if j.index not in blamed]
        return results

    def reference(self, problem, source, cache_dir):
        return Reference(
            {self.source_name: source}, ["javac", self.source_name], ["java", "-ea", "Main"], dict(self.env)
        )

    def classify_language(self, result: ProcessResult):
        if result.returncode == 0:
            return Status.PASSED, ""
        if "AssertionError" in result.stderr:
            return Status.FAILED, result.tail()
        return Status.RUNTIME_ERROR, result.tail()
