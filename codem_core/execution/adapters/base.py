"""What a language adapter does: assemble, (batch-)compile, run, classify.

The engine owns scheduling, caching and work dirs; an adapter only knows its language:
how HumanEval-X builds the test program, which commands compile and run it, and how to read
the outcome. Commands are argv lists run inside the sandbox with the work dir as cwd.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from ...benchmarks.problem import Problem
from ...errors import ToolchainMissingError
from ...io import sha256_text
from ..sandbox import Limits, Mount, ProcessResult, Sandbox
from ..status import Status


@dataclass
class Job:
    """One program to execute: a problem, a completion, and the assembled source."""

    index: int
    problem: Problem
    completion: str
    source: str
    workdir: Path | None = None
    notes: dict = field(default_factory=dict)

    @property
    def task_id(self) -> str:
        return self.problem.task_id


@dataclass
class Reference:
    """The benchmark's own evaluator's plain commands for one program (see ``Adapter.reference_verdict``)."""

    files: dict[str, str]  # file name -> text, written into the work dir
    compile_argv: list[str] | None
    run_argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    mounts: tuple[Mount, ...] = ()


# what the reference harness gives any compile (plain compilers are slower than codem's)
REFERENCE_BUILD_LIMITS = Limits(wall_s=120, cpu_s=120, memory_mb=3072, fsize_mb=256, nproc=512)


class Adapter(ABC):
    language: str
    source_name: str
    # binary -> Debian package that provides it (named in ToolchainMissingError)
    tools: dict[str, str] = {}
    compile_limits = Limits(wall_s=60, cpu_s=60, memory_mb=2048, fsize_mb=256, nproc=256, output_bytes=32 * 1024)
    run_limits = Limits()
    env: dict[str, str] = {}
    # Adapters that compile many programs in one toolchain process set this.
    batch_size: int = 0

    def __init__(self, toolchain_dir: Path | None = None) -> None:
        self.toolchain_dir = toolchain_dir

    # -- program ------------------------------------------------------------
    @abstractmethod
    def assemble(self, problem: Problem, completion: str) -> str:
        """The test program, exactly as HumanEval-X builds it."""

    def assemble_with_imports(self, problem: Problem, completion: str, imports: tuple[str, ...] = ()) -> str:
        """The test program plus import/include lines a chat completion needs at the top of the file.

        Extraction (``codem generate``) moves such lines out of the completion, because in
        HumanEval-X's convention the completion continues a function body where they cannot
        stand. Lines the program already has are not repeated.
        """
        source = self.assemble(problem, completion)
        have = {ln.strip() for ln in source.splitlines()}
        wanted = [ln.strip() for ln in imports if ln.strip() and ln.strip() not in have]
        return self.place_imports(source, list(dict.fromkeys(wanted))) if wanted else source

    def place_imports(self, source: str, lines: list[str]) -> str:
        # every language but Go accepts imports/includes before anything else in the file
        return "\n".join(lines) + "\n" + source

    def write(self, job: Job, workdir: Path) -> None:
        (workdir / self.source_name).write_text(job.source, encoding="utf-8")

    # -- toolchain ----------------------------------------------------------
    def check_toolchain(self) -> None:
        missing = self.missing_toolchain()
        if missing is not None:
            raise missing

    def missing_toolchain(self) -> ToolchainMissingError | None:
        """The error naming the Debian package of a tool that is not (or no longer) installed."""
        for binary, package in self.tools.items():
            if shutil.which(binary) is None and not Path(binary).exists():
                return self._missing(binary, package)
        return None

    def _missing(self, binary: str, package: str) -> ToolchainMissingError:
        return ToolchainMissingError(
            f"{self.language}: `{binary}` not found; install the Debian package `{package}` "
            "(make install runs scripts/install-toolchains.sh)"
        )

    @cached_property
    def fingerprint(self) -> str:
        """Toolchain identity for the verdict cache: the first line of each tool's version output."""
        lines = []
        for binary in self.tools:
            try:
                out = subprocess.run([binary, *self.version_args(binary)], capture_output=True, text=True, timeout=30)
                lines.append(
                    (out.stdout or out.stderr).strip().splitlines()[0] if (out.stdout or out.stderr).strip() else binary
                )
            except (OSError, subprocess.TimeoutExpired):
                lines.append(f"{binary}:missing")
        return sha256_text(self.language + "\n" + "\n".join(lines))[:16]

    def version_args(self, binary: str) -> list[str]:
        return ["--version"]

    def prepare(self) -> None:  # noqa: B027 (optional hook: callers test `type(a).prepare is Adapter.prepare`)
        """One-time, trusted set-up in ``toolchain_dir`` (precompiled headers, export data)."""

    def mounts(self) -> tuple[Mount, ...]:
        if self.toolchain_dir is None or not self.toolchain_dir.is_dir():
            return ()
        return (Mount(str(self.toolchain_dir), str(self.toolchain_dir)),)

    # -- execution ----------------------------------------------------------
    def compile_argv(self, job: Job) -> list[str] | None:
        return None

    @abstractmethod
    def run_argv(self, job: Job) -> list[str]: ...

    def run_input(self, job: Job) -> bytes | None:
        """What the run reads on its standard input (None: /dev/null, as HumanEval-X gives none)."""
        return None

    def compile_batch(self, jobs: list[Job], sandbox: Sandbox, scratch: Path) -> dict[int, ProcessResult]:
        raise NotImplementedError

    # -- outcome ------------------------------------------------------------
    def classify_compile(self, result: ProcessResult) -> tuple[Status, str] | None:
        """None when compilation succeeded."""
        if result.timed_out:
            return Status.TIMEOUT, "compilation timed out"
        if result.returncode != 0:
            return Status.COMPILE_ERROR, result.tail()
        return None

    def classify_run(self, result: ProcessResult, job: Job | None = None) -> tuple[Status, str]:
        common = classify_common(result, self.run_limits)
        if common is not None:
            return common
        return self.classify_language(result)

    @abstractmethod
    def classify_language(self, result: ProcessResult) -> tuple[Status, str]: ...

    # -- the reference harness ----------------------------------------------
    def reference(self, problem: Problem, source: str, cache_dir: Path) -> Reference:
        """The plain commands of the benchmark's own evaluator (HumanEval-X's): one compile, one
        run, no batching and no caches but the toolchain's own (kept in ``cache_dir``). The
        default is the engine's own single-program commands."""
        job = Job(index=0, problem=problem, completion="", source=source)
        return Reference(
            {self.source_name: source}, self.compile_argv(job), self.run_argv(job), dict(self.env), self.mounts()
        )

    def reference_verdict(
        self, problem: Problem, source: str, workdir: Path, sandbox: Sandbox, cache_dir: Path
    ) -> Status:
        """The status the reference harness gives ``source``: what codem's batched, cached engine
        must agree with (``make bench-exec``'s baseline; tests of batching)."""
        ref = self.reference(problem, source, cache_dir)
        for name, text in ref.files.items():
            (workdir / name).parent.mkdir(parents=True, exist_ok=True)
            (workdir / name).write_text(text, encoding="utf-8")
        if ref.compile_argv:
            res = sandbox.run(ref.compile_argv, workdir, REFERENCE_BUILD_LIMITS, ref.env, ref.mounts)
            if res.returncode != 0:
                return Status.TIMEOUT if res.timed_out else Status.COMPILE_ERROR
        limits = self.run_limits.scaled(memory_mb=max(self.run_limits.memory_mb, 1024))
        return self.classify_run(sandbox.run(ref.run_argv, workdir, limits, ref.env, ref.mounts))[0]


class NativeAssertAdapter(Adapter):
    """Compiled to ./prog; a failing C ``assert`` aborts with "Assertion ... failed"."""

    def run_argv(self, job: Job) -> list[str]:
        return ["./prog"]

    def classify_language(self, result: ProcessResult) -> tuple[Status, str]:
        if result.returncode == 0:
            return Status.PASSED, ""
        if "Assertion" in result.stderr and "failed" in result.stderr:
            return Status.FAILED, result.tail()
        return Status.RUNTIME_ERROR, result.tail() or f"terminated by signal {result.signal}"


def link_or_copy(src: Path, dest: Path) -> None:
    """A binary shared by a batch's programs, for one program's run, unchangeable by another's.

    As root the sandbox runs as another uid, so a hard link to codem's read-only file will do;
    otherwise the sandbox shares codem's uid and each program gets a copy of its own.
    """
    if os.geteuid() == 0:
        try:
            os.link(src, dest)
            return
        except OSError:
            pass
    shutil.copyfile(src, dest)
    dest.chmod(0o755)


# Signals: SIGXCPU (24) is the CPU rlimit's soft signal; SIGKILL (9) follows the hard limit.
_SIGXCPU, _SIGKILL = 24, 9
_OOM_PATTERNS = re.compile(
    r"MemoryError|OutOfMemoryError|std::bad_alloc|heap out of memory|Allocation failed|"
    r"out of memory|Cannot allocate memory|cannot allocate|runtime: cannot allocate",
)


def classify_common(result: ProcessResult, limits: Limits) -> tuple[Status, str] | None:
    """Outcomes that read the same in every language: deadlines, floods, memory, passing."""
    if result.timed_out:
        return Status.TIMEOUT, f"killed after {limits.wall_s:g} s wall-clock"
    if result.signal == _SIGXCPU or (result.signal == _SIGKILL and result.wall_s >= limits.cpu_s * 0.9):
        return Status.TIMEOUT, f"CPU limit of {limits.cpu_s} s"
    if result.output_exceeded:
        return Status.RUNTIME_ERROR, f"output exceeded {limits.output_bytes} bytes (program killed)\n" + result.tail(
            500
        )
    # runtimes print the reason first and then stacks (Go dumps every goroutine): look at both ends
    text = result.stderr[:4000] + "\n" + result.stderr[-4000:] + "\n" + result.stdout[-1000:]
    oom = _OOM_PATTERNS.search(text) if result.returncode != 0 else None
    if oom:
        line_start = text.rfind("\n", 0, oom.start()) + 1
        line = text[line_start : text.find("\n", oom.end()) if "\n" in text[oom.end() :] else None]
        return Status.OOM, f"memory limit ({limits.memory_mb} MiB): {line.strip()[:300]}"
    return None
