"""The execution engine: many (problem, completion) pairs in, one verdict per pair out.

Throughput comes from four things, none of which changes a verdict:
- every core busy (a thread per core drives sandboxed subprocesses);
- compile-time attacks per language (precompiled C++ prelude + gold, direct Go compile/link
  against prebuilt export data, Java compiled in batches by one javac);
- identical programs in a run executed once;
- a persistent verdict cache keyed by program text + toolchain + limits.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from pathlib import Path

from ..benchmarks.problem import Problem
from ..config import get_settings
from ..errors import SandboxUnavailableError, ToolchainMissingError
from ..io import pid_alive
from ..languages import LANGUAGES
from .adapters import ADAPTERS, Adapter, Job
from .cache import VerdictCache, verdict_key
from .sandbox import Sandbox, make_sandbox
from .status import Status, Verdict

ProgressFn = Callable[[Verdict], None]


def _schedule_key(language: str) -> int:
    """Heavier languages first (their spec's ``schedule_weight``) so the light ones fill the gaps at the end."""
    spec = LANGUAGES.get(language)
    return -spec.schedule_weight if spec is not None else 0


@dataclass
class EngineStats:
    programs: int = 0
    executed: int = 0
    cache_hits: int = 0
    deduplicated: int = 0
    wall_s: float = 0.0


class ExecutionEngine:
    """Runs test programs in a sandbox; see the module docstring."""

    def __init__(
        self,
        sandbox: str | Sandbox | None = None,
        workers: int | None = None,
        cache: bool | Path = True,
        scratch: Path | None = None,
        timeout_scale: float = 1.0,
    ) -> None:
        settings = get_settings()
        self.sandbox = sandbox if isinstance(sandbox, Sandbox) else make_sandbox(sandbox or settings.sandbox)
        self.workers = workers or settings.workers or os.cpu_count() or 1
        if cache is True:
            self.cache: VerdictCache | None = VerdictCache(settings.verdict_cache_dir)
        elif cache:
            self.cache = VerdictCache(Path(cache))
        else:
            self.cache = None
        self.scratch_root = Path(scratch or settings.scratch_root)
        self.timeout_scale = timeout_scale
        self._adapters: dict[str, Adapter] = {}
        self._lock = threading.Lock()
        self._sandbox_checked = False
        self._toolchains_checked: set[str] = set()
        self.stats = EngineStats()

    # -- set-up -------------------------------------------------------------
    def _ensure_scratch(self) -> None:
        self.scratch_root.mkdir(parents=True, exist_ok=True)
        st = self.scratch_root.stat()
        if st.st_uid != os.getuid():
            raise SandboxUnavailableError(
                f"scratch dir {self.scratch_root} belongs to another user; set CODEM_SCRATCH_DIR"
            )
        # traversable (not listable) by the sandbox user; job dirs inside are made writable for it
        self.scratch_root.chmod(0o711)

    def adapter(self, language: str) -> Adapter:
        with self._lock:
            if language not in self._adapters:
                cls = ADAPTERS.get(language)
                if cls is None:
                    raise SandboxUnavailableError(f"no execution adapter for language {language!r}")
                probe = cls()
                probe.check_toolchain()
                self._ensure_scratch()
                adapter = cls(self.scratch_root / "toolchains" / f"{language}-{probe.fingerprint}")
                adapter.__dict__["fingerprint"] = probe.fingerprint
                if self.timeout_scale != 1.0:
                    rl = adapter.run_limits
                    adapter.run_limits = rl.scaled(
                        wall_s=rl.wall_s * self.timeout_scale, cpu_s=max(1, int(rl.cpu_s * self.timeout_scale))
                    )
                adapter.prepare()
                self._adapters[language] = adapter
            return self._adapters[language]

    def check(self, languages: Iterable[str]) -> None:
        """Fail fast, before any work: toolchains present and the sandbox usable."""
        for lang in languages:
            self.adapter(lang)
        if not self._sandbox_checked:
            self._ensure_scratch()
            self.sandbox.check()
            self._sandbox_checked = True
        new = sorted(set(languages) - self._toolchains_checked)
        if new:
            # a sandbox with toolchains of its own (a container image): verdicts are cached under those
            for lang, fingerprint in self.sandbox.check_toolchains([self.adapter(lang) for lang in new]).items():
                self.adapter(lang).__dict__["fingerprint"] = fingerprint
            self._toolchains_checked.update(new)

    # -- evaluation ---------------------------------------------------------
    def evaluate(
        self,
        pairs: list[tuple[Problem, str] | tuple[Problem, str, tuple[str, ...]]],
        progress: ProgressFn | None = None,
    ) -> list[Verdict]:
        """Verdicts for (problem, completion[, imports]) items, in input order.

        ``imports`` are import/include lines a completion needs at the top of its file (what
        ``codem generate`` extracts from chat replies); the adapter places them.
        """
        start = time.monotonic()
        self.check(sorted({item[0].language for item in pairs}))
        verdicts: list[Verdict | None] = [None] * len(pairs)
        groups: dict[str, list[int]] = defaultdict(list)  # cache key -> indices with that program
        jobs: dict[str, Job] = {}
        for i, (problem, completion, *rest) in enumerate(pairs):
            adapter = self.adapter(problem.language)
            source = adapter.assemble_with_imports(problem, completion, tuple(rest[0]) if rest else ())
            key = verdict_key(
                problem.language, source, adapter.fingerprint, (adapter.compile_limits, adapter.run_limits)
            )
            groups[key].append(i)
            if key not in jobs:
                jobs[key] = Job(index=i, problem=problem, completion=completion, source=source)
        self.stats.programs += len(pairs)
        self.stats.deduplicated += len(pairs) - len(jobs)

        def finish(key: str, status: Status, duration: float, detail: str, cached: bool = False) -> None:
            for i in groups[key]:
                v = Verdict(
                    task_id=pairs[i][0].task_id,
                    status=status,
                    duration_s=round(duration, 4),
                    detail=detail,
                    cached=cached,
                )
                verdicts[i] = v
                if progress:
                    progress(v)

        todo: list[tuple[str, Job]] = []
        for key, job in jobs.items():
            hit = self.cache.get(key) if self.cache else None
            if hit is not None:
                self.stats.cache_hits += 1
                finish(key, Status(hit["status"]), hit["duration_s"], hit["detail"], cached=True)
            else:
                todo.append((key, job))
        todo.sort(key=lambda kj: _schedule_key(kj[1].problem.language))

        self._remove_dead_run_dirs()
        # the pid in the name: a run dir whose process was killed is removed by a later run
        run_dir = Path(tempfile.mkdtemp(prefix=f"run-{os.getpid()}-", dir=self.scratch_root))
        run_dir.chmod(0o711)
        lost: list[ToolchainMissingError] = []
        try:
            self._execute(todo, run_dir, finish, lost)
        finally:
            self.sandbox.close()  # containers of a docker sandbox: none outlives the run
            shutil.rmtree(run_dir, ignore_errors=True)
        self.stats.wall_s += time.monotonic() - start
        if lost:
            # verdicts already recorded are cached; the next run re-checks the toolchain first
            with self._lock:
                self._adapters.pop(lost[0].language, None)
                self._toolchains_checked.discard(lost[0].language)
            raise lost[0]
        return [v for v in verdicts if v is not None]

    def _remove_dead_run_dirs(self) -> None:
        """Run dirs left by codem processes that were killed (SIGKILL skips every ``finally``)."""
        for d in self.scratch_root.glob("run-*-*"):
            pid = d.name.split("-")[1]
            if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
                shutil.rmtree(d, ignore_errors=True)

    def _execute(self, todo: list[tuple[str, Job]], run_dir: Path, finish, lost: list[ToolchainMissingError]) -> None:
        key_of = {id(job): key for key, job in todo}

        def record(job: Job, status: Status, duration: float, detail: str) -> None:
            key = key_of[id(job)]
            detail = detail[-2000:]
            if status in (Status.COMPILE_ERROR, Status.RUNTIME_ERROR):
                # A toolchain removed after the pre-flight check makes every program look broken:
                # such a verdict is the harness's, so it is not cached and the run stops.
                missing = self.adapter(job.problem.language).missing_toolchain()
                if missing is not None:
                    missing.language = job.problem.language
                    lost.append(missing)
                    status, detail = Status.SANDBOX_ERROR, str(missing)
            if self.cache is not None:
                self.cache.put(key, Verdict(job.task_id, status, duration, detail))
            self.stats.executed += 1
            finish(key, status, duration, detail)

        def make_workdir(job: Job) -> Path:
            wd = run_dir / f"job-{job.index}"
            wd.mkdir()
            wd.chmod(0o777)  # the sandbox user writes its build products here
            job.workdir = wd
            return wd

        def run_one(job: Job, compiled: bool = False, compile_result=None) -> None:
            adapter = self.adapter(job.problem.language)
            t0 = time.monotonic()
            if lost:  # the run is being abandoned: nothing more to execute
                record(job, Status.SANDBOX_ERROR, 0.0, str(lost[0]))
                return
            try:
                wd = job.workdir or make_workdir(job)
                result = None
                if not compiled:
                    adapter.write(job, wd)
                    argv = adapter.compile_argv(job)
                    if argv is not None and compile_result is None:
                        # compile and run in one sandbox: each keeps its own limits
                        compile_result, result = self.sandbox.run_phased(
                            argv,
                            adapter.run_argv(job),
                            wd,
                            adapter.compile_limits,
                            adapter.run_limits,
                            adapter.env,
                            adapter.mounts(),
                            stdin=adapter.run_input(job),
                            keep_writes=False,
                        )
                if compile_result is not None:
                    failed = adapter.classify_compile(compile_result)
                    if failed is not None:
                        record(job, failed[0], time.monotonic() - t0, failed[1])
                        return
                if result is None:
                    # the program's writes stay in the sandbox: a bounded tmpfs, never the host's disk
                    result = self.sandbox.run(
                        adapter.run_argv(job),
                        wd,
                        adapter.run_limits,
                        adapter.env,
                        adapter.mounts(),
                        stdin=adapter.run_input(job),
                        keep_writes=False,
                    )
                status, detail = adapter.classify_run(result, job)
                record(job, status, time.monotonic() - t0, detail)
            except Exception as exc:  # the harness broke, not the program
                record(job, Status.SANDBOX_ERROR, time.monotonic() - t0, f"{type(exc).__name__}: {exc}")
            finally:
                if job.workdir is not None:
                    shutil.rmtree(job.workdir, ignore_errors=True)

        with ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="codem-exec") as pool:
            futures: list[Future] = []
            pending_lock = threading.Lock()
            by_lang: dict[str, list[Job]] = defaultdict(list)
            for _, job in todo:
                by_lang[job.problem.language].append(job)

            def batch_compile(adapter: Adapter, chunk: list[Job]) -> None:
                try:
                    for job in chunk:
                        make_workdir(job)
                    alone = adapter.compile_batch(chunk, self.sandbox, run_dir)
                except Exception as exc:
                    for job in chunk:
                        record(job, Status.SANDBOX_ERROR, 0.0, f"batch compile failed: {type(exc).__name__}: {exc}")
                    return
                for job in chunk:
                    if job.notes.get("compiled"):
                        fut = pool.submit(run_one, job, True)
                    elif job.index in alone:
                        fut = pool.submit(run_one, job, True, alone[job.index])
                    else:
                        fut = pool.submit(run_one, job)
                    with pending_lock:
                        futures.append(fut)

            for lang, lang_jobs in by_lang.items():
                adapter = self.adapter(lang)
                if adapter.batch_size and len(lang_jobs) > 1:
                    # split so every worker gets a javac of its own
                    n_chunks = max(self.workers, -(-len(lang_jobs) // adapter.batch_size))
                    size = -(-len(lang_jobs) // n_chunks)
                    for k in range(0, len(lang_jobs), size):
                        futures.append(pool.submit(batch_compile, adapter, lang_jobs[k : k + size]))
                else:
                    futures.extend(pool.submit(run_one, job) for job in lang_jobs)
            # wait until no new futures appear (batch compiles submit their runs)
            done_count = 0
            try:
                while True:
                    with pending_lock:
                        snapshot = list(futures)
                    if done_count == len(snapshot):
                        break
                    wait(snapshot)
                    for f in snapshot:
                        f.result()
                    done_count = len(snapshot)
            except KeyboardInterrupt:
                # Ctrl-C: drop the queued programs instead of running them all before exiting; the
                # running ones end within their limits, and every finished verdict stays cached
                pool.shutdown(wait=False, cancel_futures=True)
                raise
