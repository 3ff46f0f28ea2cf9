"""Sandboxes that run untrusted generated code.

``BwrapSandbox`` (default) runs each command in bubblewrap with:
- a private user (a per-slot uid, dropped to with ``setpriv`` before bwrap when codem runs as
  root, so neither root's files nor another sandbox's processes are reachable);
- new user, pid, net, ipc, uts and cgroup namespaces: no network at all, loopback included;
- only the system's toolchain folders (/usr, /etc, /lib*, /bin, /sbin, /opt/codem-node)
  mounted read-only: home folders, the checkout and /var are simply absent;
- a size-capped tmpfs /tmp with the job's work dir bound at /tmp/w (the only writable place);
  for untrusted runs (``keep_writes=False``, what the engine asks for) /tmp/w is instead a copy
  of the work dir inside that tmpfs, so no count of files can fill the host's disk (the file
  size rlimit bounds one file, not many) and nothing the program leaves reaches the host;
- rlimits (``prlimit``): data segment (memory), CPU seconds, file size, process count, no core;
- an empty environment plus what the adapter sets: the parent's secrets never enter;
- a wall-clock deadline after which the whole process tree is killed (``--die-with-parent``
  tears the pid namespace down), and a cap on captured output.

``DockerSandbox`` runs the same argv in the executor image (docker/executor) under the same
limits, one ``docker exec`` per program in long-lived per-slot containers (see its docstring);
``UnsafeLocal`` runs on the host with rlimits only and warns loudly.
"""

from __future__ import annotations

import os
import queue
import selectors
import shlex
import shutil
import signal
import subprocess
import tempfile
import threading
import time
import uuid
import warnings
from abc import ABC, abstractmethod
from dataclasses import dataclass, replace
from pathlib import Path

from ..errors import SandboxUnavailableError
from ..io import pid_alive, sha256_text

# Where the job's work dir appears inside the sandbox.
SANDBOX_WORKDIR = "/tmp/w"
# Where a run that keeps no writes sees the host's work dir (read-only); /tmp/w is its copy.
SANDBOX_INPUT = "/tmp/.codem-in"
# Host folders a toolchain may need; each is mounted read-only when it exists.
SYSTEM_RO_PATHS = ("/usr", "/etc", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/opt/codem-node")
# Base of the per-slot uids used when codem runs as root (far above normal user ranges).
SLOT_UID_BASE = 231_000
SANDBOX_PATH = "/usr/local/bin:/usr/bin:/bin"


@dataclass(frozen=True)
class Limits:
    """Resource limits for one sandboxed command."""

    wall_s: float = 10.0
    cpu_s: int = 10
    memory_mb: int = 512  # RLIMIT_DATA: stops memory bombs, lets JVM/Go/V8 reserve address space
    fsize_mb: int = 16
    nproc: int = 128  # threads count here too (JVM, Go linker)
    output_bytes: int = 64 * 1024  # captured per stream; more than this kills the program
    tmpfs_mb: int = 512

    def scaled(self, **changes) -> Limits:
        return replace(self, **changes)


@dataclass
class ProcessResult:
    returncode: int | None
    stdout: str
    stderr: str
    wall_s: float
    timed_out: bool = False
    output_exceeded: bool = False
    signal: int | None = None  # the signal that ended the program, if any

    def tail(self, n: int = 2000) -> str:
        text = (self.stderr.strip() + "\n" + self.stdout.strip()).strip()
        return text[-n:]


@dataclass(frozen=True)
class Mount:
    source: str
    target: str
    writable: bool = False


def _run_captured(
    argv: list[str],
    limits: Limits,
    cwd: str | None,
    env: dict[str, str] | None,
    stdin: bytes | None = None,
    phase: _Phase | None = None,
) -> ProcessResult | tuple[ProcessResult, ProcessResult | None]:
    """Run argv in a new process group, capturing capped output, killing the group at the deadline.

    ``phase``: a compile-then-run command (see ``_phased_script``). It writes the compiler's exit
    status and a newline to the status pipe, then waits for a byte on the go pipe before it
    starts the program: output and deadline up to then are the compile's, after it they start
    afresh under ``phase.run_limits``. Returns (compile, run or None) in that case.
    """
    start = time.monotonic()
    proc = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,
        pass_fds=(phase.status_w, phase.go_r) if phase else (),
    )
    if phase:
        os.close(phase.status_w)
        os.close(phase.go_r)
    if stdin is not None:
        try:
            proc.stdin.write(stdin)
            proc.stdin.close()
        except BrokenPipeError:
            pass
    out_fd, err_fd = proc.stdout.fileno(), proc.stderr.fileno()
    bufs = {out_fd: bytearray(), err_fd: bytearray()}
    sel = selectors.DefaultSelector()
    for fd in (out_fd, err_fd):
        os.set_blocking(fd, False)
        sel.register(fd, selectors.EVENT_READ)
    if phase:
        sel.register(phase.status_r, selectors.EVENT_READ)
    marker = bytearray()
    first: ProcessResult | None = None
    seg_start, seg_limits = start, limits
    deadline = start + limits.wall_s
    timed_out = exceeded = False
    open_streams = 2

    def read(fd: int) -> bool | None:
        """Append what fd has: True if it had data, None if none yet, False at end of stream."""
        nonlocal exceeded
        try:
            chunk = os.read(fd, 65536)
        except BlockingIOError:
            return None
        if not chunk:
            return False
        buf = bufs[fd]
        buf += chunk
        if len(buf) > seg_limits.output_bytes:
            exceeded = True
            # keep head and tail: the head has the first error, the tail the last
            del buf[seg_limits.output_bytes // 2 : len(buf) - seg_limits.output_bytes // 2]
        return True

    def segment(rc: int | None) -> ProcessResult:
        return ProcessResult(
            returncode=rc,
            stdout=bufs[out_fd].decode("utf-8", "replace"),
            stderr=bufs[err_fd].decode("utf-8", "replace"),
            wall_s=time.monotonic() - seg_start,
            timed_out=timed_out,
            output_exceeded=exceeded,
            signal=-rc if rc is not None and rc < 0 else None,
        )

    while open_streams:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            timed_out = True
            break
        for key, _ in sel.select(timeout=min(remaining, 0.5)):
            fd = key.fd
            if phase and fd == phase.status_r:
                chunk = os.read(fd, 64)
                marker += chunk
                if chunk and b"\n" not in marker:
                    continue
                sel.unregister(fd)  # one switch only: later writes (if any) are never read
                if b"\n" in marker:
                    # the compiler has exited: everything it wrote is in the pipes now
                    for f in (out_fd, err_fd):
                        while read(f) is True and not exceeded:
                            pass
                    # a compile whose output overflowed would have been killed when run alone
                    first = segment(-signal.SIGKILL if exceeded else int(marker.split(b"\n")[0].strip() or b"1"))
                    if exceeded:
                        break
                    for b in bufs.values():
                        b.clear()
                    seg_start, seg_limits = time.monotonic(), phase.run_limits
                    deadline = seg_start + seg_limits.wall_s
                    _go_ahead(phase)
                continue
            if read(fd) is False:
                sel.unregister(fd)
                open_streams -= 1
        if exceeded:
            break
    if timed_out or exceeded:
        _kill_group(proc)
    try:
        rc = proc.wait(timeout=max(0.1, deadline - time.monotonic()) if not (timed_out or exceeded) else 5)
    except subprocess.TimeoutExpired:
        timed_out = True
        _kill_group(proc)
        rc = proc.wait()
    sel.close()
    proc.stdout.close()
    proc.stderr.close()
    if phase:
        os.close(phase.status_r)
        if not phase.go_sent:
            os.close(phase.go_w)
        if first is None:  # never reached the run: the whole command was the compile
            return segment(rc), None
        if first.returncode != 0:
            return first, None
        return first, segment(rc)
    return segment(rc)


@dataclass
class _Phase:
    """The two pipes of a compile-then-run command (``_run_captured``, ``_phased_script``)."""

    status_r: int
    status_w: int
    go_r: int
    go_w: int
    run_limits: Limits
    go_sent: bool = False


def _go_ahead(phase: _Phase) -> None:
    try:
        os.write(phase.go_w, b"g")
    except OSError:  # the command is gone already: nothing to start
        pass
    os.close(phase.go_w)
    phase.go_sent = True


def _kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def _prlimit_prefix(limits: Limits) -> list[str]:
    mb = 1024 * 1024
    return [
        "prlimit",
        f"--data={limits.memory_mb * mb}",
        f"--cpu={limits.cpu_s}",
        f"--fsize={limits.fsize_mb * mb}",
        f"--nproc={limits.nproc}",
        "--core=0",
        "--",
    ]


class Sandbox(ABC):
    name: str = "abstract"
    isolated: bool = True

    @abstractmethod
    def run(
        self,
        argv: list[str],
        workdir: Path,
        limits: Limits,
        env: dict[str, str] | None = None,
        mounts: tuple[Mount, ...] = (),
        stdin: bytes | None = None,
        keep_writes: bool = True,
    ) -> ProcessResult:
        """Run argv with cwd = the work dir (seen as ``SANDBOX_WORKDIR`` inside).

        ``stdin``: bytes the command reads on its standard input (else /dev/null).
        ``keep_writes=False``: the command works on a private copy of the work dir, bounded by
        the tmpfs size, and nothing it writes reaches the host (untrusted programs' runs).
        """

    def run_phased(
        self,
        compile_argv: list[str],
        run_argv: list[str],
        workdir: Path,
        compile_limits: Limits,
        run_limits: Limits,
        env: dict[str, str] | None = None,
        mounts: tuple[Mount, ...] = (),
        stdin: bytes | None = None,
        keep_writes: bool = True,
    ) -> tuple[ProcessResult, ProcessResult | None]:
        """Compile, then (if that succeeded) run: (compile result, run result or None).

        Each step keeps its own limits, deadline and output cap. This default makes two calls;
        backends that can do both in one sandbox (one set-up instead of two) override it.
        """
        # two sandboxes share their files only through the work dir: the compile's must stay
        compiled = self.run(compile_argv, workdir, compile_limits, env, mounts)
        if compiled.timed_out or compiled.returncode != 0:
            return compiled, None
        return compiled, self.run(run_argv, workdir, run_limits, env, mounts, stdin=stdin, keep_writes=keep_writes)

    def check(self) -> None:  # noqa: B027 (optional hook: a backend that can always run keeps the no-op)
        """Raise SandboxUnavailableError if this backend cannot run here."""

    def check_toolchains(self, adapters) -> dict[str, str]:
        """Languages whose programs run on toolchains of the sandbox's own (a container image), mapped
        to those toolchains' fingerprint; raise SandboxUnavailableError if they cannot run codem's
        host-prepared artefacts. Empty: the host's toolchains run the programs."""
        return {}

    def close(self) -> None:  # noqa: B027 (optional hook: a backend that holds nothing keeps the no-op)
        """Release what the backend holds between programs (containers); it starts again on the next run."""


def _phased_script(
    compile_argv: list[str], run_argv: list[str], run_limits: Limits, status_fd: int, go_fd: int
) -> list[str]:
    """One shell command: compile, report its status on status_fd, wait for the go-ahead on
    go_fd (so no byte of the run's output can be taken for the compile's), close both, then
    run under run_limits. The compile reads /dev/null: standard input is the run's."""
    run = shlex.join(_prlimit_prefix(run_limits) + run_argv)
    # bash, not dash: dash cannot name file descriptors above 9
    return [
        "/bin/bash",
        "-c",
        f'{shlex.join(compile_argv)} </dev/null; rc=$?; printf "%d\\n" "$rc" >&{status_fd}; exec {status_fd}>&-; '
        f'[ "$rc" -eq 0 ] || exit 0; read -r -N 1 _ <&{go_fd}; exec {go_fd}<&-; exec {run}',
    ]


def _outer_limits(compile_limits: Limits, run_limits: Limits) -> Limits:
    """Limits for the sandbox holding both steps: each step's own are set inside it."""
    return compile_limits.scaled(
        memory_mb=max(compile_limits.memory_mb, run_limits.memory_mb),
        cpu_s=max(compile_limits.cpu_s, run_limits.cpu_s),
        fsize_mb=max(compile_limits.fsize_mb, run_limits.fsize_mb),
        nproc=max(compile_limits.nproc, run_limits.nproc),
        tmpfs_mb=max(compile_limits.tmpfs_mb, run_limits.tmpfs_mb),
    )


_MAX_SLOTS = 64
# One pool of slots per process, shared by every sandbox object: each concurrently running
# program gets a uid of its own, so its process-count limit and its files are its own. The
# pid picks the process's uid range, so two codem processes do not share uids either.
_SLOTS: queue.SimpleQueue[int] = queue.SimpleQueue()
for _i in range(_MAX_SLOTS):
    _SLOTS.put(_i)


def _slot_uid(slot: int) -> int:
    return SLOT_UID_BASE + (os.getpid() % 4096) * _MAX_SLOTS + slot


class BwrapSandbox(Sandbox):
    name = "bwrap"

    def __init__(self) -> None:
        self._is_root = os.geteuid() == 0
        self._slots = _SLOTS

    def check(self) -> None:
        for tool in ("bwrap", "prlimit") + (("setpriv",) if self._is_root else ()):
            if shutil.which(tool) is None:
                pkg = {"bwrap": "bubblewrap", "prlimit": "util-linux", "setpriv": "util-linux"}[tool]
                raise SandboxUnavailableError(
                    f"the bwrap sandbox needs `{tool}`: apt-get install {pkg} (or scripts/install-toolchains.sh)"
                )
        probe = self.run(["/bin/true"], Path(os.environ.get("TMPDIR", "/tmp")), Limits(wall_s=10))
        if probe.returncode != 0:
            raise SandboxUnavailableError(
                "bubblewrap cannot create its namespaces here ("
                + (probe.stderr.strip().splitlines() or ["no message"])[-1]
                + "); enable unprivileged user namespaces or use --sandbox docker"
            )

    def command(
        self,
        argv: list[str],
        workdir: Path,
        limits: Limits,
        env: dict[str, str],
        mounts: tuple[Mount, ...],
        uid: int | None,
        keep_writes: bool = True,
    ) -> list[str]:
        cmd = _prlimit_prefix(limits)
        if uid is not None:
            cmd += ["setpriv", f"--reuid={uid}", f"--regid={uid}", "--clear-groups", "--"]
        # --disable-userns: no nested user namespace, so the program never holds capabilities
        # (mount, raw sockets) even over namespaces of its own: less kernel surface to attack
        cmd += ["bwrap", "--unshare-all", "--unshare-user", "--disable-userns", "--die-with-parent", "--new-session"]
        cmd += ["--uid", "65534", "--gid", "65534", "--hostname", "sandbox"]
        for path in SYSTEM_RO_PATHS:
            if os.path.exists(path):
                cmd += ["--ro-bind", path, path]
        cmd += ["--dev", "/dev", "--proc", "/proc"]
        cmd += ["--size", str(limits.tmpfs_mb * 1024 * 1024), "--tmpfs", "/tmp"]
        if keep_writes:
            cmd += ["--bind", str(workdir), SANDBOX_WORKDIR]
        else:
            cmd += ["--ro-bind", str(workdir), SANDBOX_INPUT, "--dir", SANDBOX_WORKDIR]
            argv = _copy_in(argv)
        for m in mounts:
            cmd += ["--bind" if m.writable else "--ro-bind", m.source, m.target]
        cmd += ["--chdir", SANDBOX_WORKDIR, "--clearenv"]
        full_env = {"PATH": SANDBOX_PATH, "HOME": SANDBOX_WORKDIR, "TMPDIR": SANDBOX_WORKDIR, "LANG": "C.UTF-8"}
        full_env.update(env)
        for key, value in full_env.items():
            cmd += ["--setenv", key, value]
        cmd += ["--", *argv]
        return cmd

    def run(self, argv, workdir, limits, env=None, mounts=(), stdin=None, keep_writes=True):
        slot = self._slots.get()
        try:
            uid = _slot_uid(slot) if self._is_root else None
            cmd = self.command(argv, Path(workdir), limits, dict(env or {}), tuple(mounts), uid, keep_writes)
            result = _run_captured(
                cmd, limits, cwd=None, env={"PATH": os.environ.get("PATH", SANDBOX_PATH)}, stdin=stdin
            )
        finally:
            self._slots.put(slot)
        return _signal_from_status(result)

    def run_phased(
        self,
        compile_argv,
        run_argv,
        workdir,
        compile_limits,
        run_limits,
        env=None,
        mounts=(),
        stdin=None,
        keep_writes=True,
    ):
        # one namespace set-up for both steps (it costs as much as a small program's run)
        slot = self._slots.get()
        status_r, status_w = os.pipe()
        go_r, go_w = os.pipe()
        try:
            uid = _slot_uid(slot) if self._is_root else None
            outer = _outer_limits(compile_limits, run_limits)
            script = _phased_script(compile_argv, run_argv, run_limits, status_w, go_r)
            cmd = self.command(script, Path(workdir), outer, dict(env or {}), tuple(mounts), uid, keep_writes)
            compiled, ran = _run_captured(
                cmd,
                outer,
                cwd=None,
                env={"PATH": os.environ.get("PATH", SANDBOX_PATH)},
                stdin=stdin,
                phase=_Phase(status_r, status_w, go_r, go_w, run_limits),
            )
        finally:
            self._slots.put(slot)
        return _signal_from_status(compiled), (_signal_from_status(ran) if ran is not None else None)


def _copy_in(argv: list[str]) -> list[str]:
    """argv run in a private copy of the work dir (``keep_writes=False``): modes are kept (the
    built program stays executable), owners are not (the copy is the sandbox user's own)."""
    return [
        "/bin/sh",
        "-c",
        f'cp -R --preserve=mode {SANDBOX_INPUT}/. {SANDBOX_WORKDIR}/ && cd {SANDBOX_WORKDIR} && exec "$@"',
        "sh",
        *argv,
    ]


def _signal_from_status(result: ProcessResult) -> ProcessResult:
    # bwrap (and sh's exec) report a program killed by signal N as exit status 128+N
    if result.signal is None and result.returncode is not None and result.returncode > 128:
        result.signal = result.returncode - 128
    return result


class UnsafeLocal(Sandbox):
    """No isolation: rlimits and a deadline only. For trusted code (canonical solutions) or debugging."""

    name = "none"
    isolated = False

    def __init__(self, warn: bool = True) -> None:
        if warn:
            warnings.warn(
                "codem is running generated code WITHOUT a sandbox: it can read your files, use the network "
                "and see your environment. Use only for trusted code.",
                RuntimeWarning,
                stacklevel=2,
            )

    def run(self, argv, workdir, limits, env=None, mounts=(), stdin=None, keep_writes=True):
        # keep_writes=False cannot be honoured without a mount namespace: writes stay (no isolation here)
        workdir = Path(workdir)
        full_env = {
            "PATH": os.environ.get("PATH", SANDBOX_PATH),
            "HOME": str(workdir),
            "TMPDIR": str(workdir),
            "LANG": "C.UTF-8",
        }
        for k, v in (env or {}).items():
            full_env[k] = v.replace(SANDBOX_WORKDIR, str(workdir))
        argv = [a.replace(SANDBOX_WORKDIR, str(workdir)) for a in argv]
        # without mount namespaces, paths that would be mounted are used where they are
        for m in mounts:
            argv = [a.replace(m.target, m.source) for a in argv]
            full_env = {k: v.replace(m.target, m.source) for k, v in full_env.items()}
        result = _run_captured(_prlimit_prefix(limits) + argv, limits, cwd=str(workdir), env=full_env, stdin=stdin)
        return result


# Where a docker sandbox container sees its exchange folder (the work dir's copy, see DockerSandbox).
DOCKER_IO = "/tmp/.codem-in"
# The wrapper run by every `docker exec`, as the container's root with only CAP_SETUID/SETGID:
# the program runs as the slot uid (setpriv), so it can neither signal nor ptrace the wrapper
# whose exit status and last stderr line codem trusts. Arguments: slot uid, wall seconds,
# keep_writes (1/0), then the program's environment and argv (DockerSandbox._exec_argv).
#   reset (as the slot uid): kill every process of the uid (kill -1 spares the caller and other
#   uids), then empty /tmp (all but the exchange folder), /dev/shm and the uid's IPC objects.
_DOCKER_RESET = r"""
shopt -s nullglob
for ((i = 0; i < 50; i++)); do kill -9 -1; done
entries=()
for e in /tmp/* /tmp/.[!.]* /tmp/..?* /dev/shm/* /dev/shm/.[!.]* /dev/shm/..?*; do
  [ "$e" = /tmp/.codem-in ] || entries+=("$e")
done
if [ "${#entries[@]}" -gt 0 ]; then
  rm -rf -- "${entries[@]}" || { chmod -R u+rwX -- "${entries[@]}"; rm -rf -- "${entries[@]}"; }
fi
for e in shm sem msg; do
  { read -r line; read -r line; } </proc/sysvipc/$e
  if [ -n "$line" ]; then ipcrm -a; break; fi
done
if [ "$1" = 1 ]; then
  ln -s /tmp/.codem-in /tmp/w
elif [ "$1" = 0 ]; then
  mkdir /tmp/w && cp -R --preserve=mode /tmp/.codem-in/. /tmp/w/
fi
"""
_DOCKER_WRAPPER = r"""
exec 3>&2 2>/dev/null  # the program's stderr is fd 3; the wrapper's own messages go nowhere
uid=$1 wall=$2 keep=$3; shift 3
as_uid() { setpriv --reuid="$uid" --regid="$uid" --clear-groups -- "$@"; }
as_uid /bin/bash -c "$CODEM_RESET" reset "$keep" </dev/null || exit 126
printf 'codem-started\n' >&3
setsid setpriv --reuid="$uid" --regid="$uid" --clear-groups -- "$@" <&0 2>&3 3>&- &
pid=$!
as_uid /bin/bash -c 'sleep "$1" && kill -9 -- -"$2"' watchdog "$wall" "$pid" </dev/null >/dev/null 3>&- &
watchdog=$!
wait "$pid"; rc=$?
as_uid /bin/bash -c "$CODEM_RESET" reset none </dev/null  # also ends the watchdog if it is still waiting
wait "$watchdog"; timed_out=$(( $? == 0 ))
printf '\ncodem-exit %d %d\n' "$rc" "$timed_out" >&3
exit "$rc"
"""
_DOCKER_STARTED = "codem-started\n"


@dataclass
class _Container:
    name: str
    uid: int
    io_dir: Path
    slot: int | None  # the uid's slot in _SLOTS (None: codem's own uid)


class DockerSandbox(Sandbox):
    """The same commands in the executor image (docker/executor, target ``sandbox``).

    A container per program would cost a container start (~0.5 s) each; instead a container is
    started per worker slot and set of container limits and kept for the evaluation, and each
    program is one ``docker exec`` in it. The container: no network, read-only root, no
    capabilities, no new privileges, ``--init``; cgroup limits from the call's ``Limits``
    (memory, pids) and a tmpfs /tmp of ``tmpfs_mb``; only CAP_SETUID/SETGID, for the wrapper
    (root) that starts each program as the slot uid; its exchange folder is mounted read-only for
    runs that keep no writes. Each program:
    - runs as the slot's uid (the same per-slot uids as bwrap when codem is root, else codem's);
    - under the same rlimits as bwrap (``prlimit``: data, CPU, file size, processes, no core),
      the same clean environment, and a wall-clock deadline counted inside the container;
    - sees the work dir at /tmp/w: a private copy in the container's tmpfs (``keep_writes=False``)
      or the exchange folder, whose contents codem copies back to the work dir;
    - leaves nothing: every process of the uid is killed, /tmp, /dev/shm and IPC emptied, before
      it starts and when it ends (and right away when codem stops it at a deadline or flood).
    Only a container's own exchange folder and the adapters' read-only mounts are shared with
    the host, so a program never sees another program's work dir.
    """

    name = "docker"

    def __init__(self, image: str | None = None, docker: str = "docker", extra_args: list[str] | None = None) -> None:
        from .. import __version__

        self.image = image or f"codem/executor:{__version__}"
        self.docker = docker
        self.extra_args = list(extra_args or [])
        self._is_root = os.geteuid() == 0
        self._idle: dict[tuple, list[_Container]] = {}
        self._all: list[_Container] = []
        self._lock = threading.Lock()
        self._io_root: Path | None = None
        self._count = 0

    # -- availability ---------------------------------------------------------
    def check(self) -> None:
        if shutil.which(self.docker) is None:
            raise SandboxUnavailableError(
                f"the docker sandbox needs the docker CLI (`{self.docker}` not found): make images installs it"
            )
        probe = subprocess.run(
            [self.docker, "version", "--format", "{{.Server.Version}}"], capture_output=True, text=True
        )
        if probe.returncode != 0:
            raise SandboxUnavailableError(
                "the docker sandbox needs a running Docker engine (`docker version` failed: "
                + (probe.stderr.strip().splitlines() or ["no message"])[-1]
                + "); make images starts one"
            )
        if subprocess.run([self.docker, "image", "inspect", self.image], capture_output=True).returncode != 0:
            raise SandboxUnavailableError(f"executor image {self.image} not found: build it with `make images`")
        self._remove_orphans()

    def check_toolchains(self, adapters) -> dict[str, str]:
        """The image's toolchains run the programs: their version lines make each language's
        fingerprint (the verdict cache key). Where codem prepares artefacts on the host for a
        language (C++'s precompiled header, Go's export data: an adapter with a ``prepare``),
        the image must have the host's version of that language's tools."""
        from .adapters.base import Adapter

        tools = [(adapter, binary) for adapter in adapters for binary in adapter.tools]
        if not tools:
            return {}
        script = "; ".join(
            f"{{ {shlex.join([b, *a.version_args(b)])} 2>&1 || echo missing; }} | head -n 1" for a, b in tools
        )
        res = subprocess.run(
            [self.docker, "run", "--rm", "--network", "none", self.image, "/bin/sh", "-c", script],
            capture_output=True,
            text=True,
            timeout=300,
        )
        inside = [line.strip() for line in res.stdout.splitlines()]
        if res.returncode != 0 or len(inside) != len(tools):
            raise SandboxUnavailableError(
                f"cannot read the toolchain versions of {self.image}: "
                + (res.stderr.strip().splitlines() or ["no output"])[-1]
            )
        lines: dict[str, list[str]] = {}
        for (adapter, binary), line in zip(tools, inside):
            lines.setdefault(adapter.language, []).append(line)
            if type(adapter).prepare is Adapter.prepare:
                continue
            out = subprocess.run([binary, *adapter.version_args(binary)], capture_output=True, text=True)
            host = ((out.stdout or out.stderr).strip().splitlines() or [""])[0]
            if host != line:
                raise SandboxUnavailableError(
                    f"{adapter.language}: executor image {self.image} has `{binary}` {line!r} "
                    f"where this host has {host!r}, "
                    "and codem builds this language's artefacts with the host's: rebuild the image (make images) "
                    "or install the same version here"
                )
        return {lang: sha256_text(f"{lang}\n{self.image}\n" + "\n".join(ls))[:16] for lang, ls in lines.items()}

    # -- containers -----------------------------------------------------------
    def _remove_orphans(self) -> None:
        """Containers and exchange folders of codem processes that were killed (no ``close``)."""
        out = subprocess.run(
            [
                self.docker,
                "ps",
                "-aq",
                "--filter",
                "label=codem.sandbox.pid",
                "--format",
                '{{.ID}} {{.Label "codem.sandbox.pid"}}',
            ],
            capture_output=True,
            text=True,
        ).stdout
        dead = [
            cid
            for cid, pid in (line.split() for line in out.splitlines() if len(line.split()) == 2)
            if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid))
        ]
        if dead:
            subprocess.run([self.docker, "rm", "-f", *dead], capture_output=True)

    def _io_base(self) -> Path:
        """This process's folder of exchange folders, under the engine's scratch root."""
        with self._lock:
            if self._io_root is None:
                from ..config import get_settings

                root = get_settings().scratch_root
                root.mkdir(parents=True, exist_ok=True)
                for d in root.glob("docker-*-*"):
                    pid = d.name.split("-")[1]
                    if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
                        shutil.rmtree(d, ignore_errors=True)
                self._io_root = Path(tempfile.mkdtemp(prefix=f"docker-{os.getpid()}-", dir=root))
                self._io_root.chmod(0o711)
            return self._io_root

    @staticmethod
    def _key(limits: Limits, mounts: tuple[Mount, ...], keep_writes: bool) -> tuple:
        return (limits.memory_mb, limits.nproc, limits.tmpfs_mb, tuple(mounts), keep_writes)

    def _start(self, key: tuple, limits: Limits, mounts: tuple[Mount, ...]) -> _Container:
        with self._lock:
            self._count += 1
            n = self._count
        slot = _SLOTS.get() if self._is_root else None
        uid = _slot_uid(slot) if slot is not None else os.getuid()
        io_dir = self._io_base() / f"c{n}"
        io_dir.mkdir()
        if self._is_root:
            os.chown(io_dir, uid, uid)
        io_dir.chmod(0o700)
        name = f"codem-sbx-{os.getpid()}-{n}-{uuid.uuid4().hex[:6]}"
        cmd = [
            self.docker,
            "run",
            "-d",
            "--rm",
            "--name",
            name,
            "--label",
            f"codem.sandbox.pid={os.getpid()}",
            # root, for the exec'd wrappers' capabilities (Docker grants none to a non-root container
            # user's execs); the container holds only SETUID/SETGID and programs never run as root
            "--init",
            "--network",
            "none",
            "--read-only",
            "--user",
            "0:0",
            # the exec'd wrapper (root) may only change to the slot uid; programs hold no capability
            "--cap-drop",
            "ALL",
            "--cap-add",
            "SETUID",
            "--cap-add",
            "SETGID",
            "--security-opt",
            "no-new-privileges",
            # memory: the program's data limit, headroom for code and stacks, and the tmpfs it may fill
            "--memory",
            f"{2 * limits.memory_mb + limits.tmpfs_mb + 64}m",
            "--memory-swap",
            f"{2 * limits.memory_mb + limits.tmpfs_mb + 64}m",
            "--pids-limit",
            str(limits.nproc + 16),
            "--shm-size",
            "64m",
            "--ulimit",
            "core=0",
            "--tmpfs",
            f"/tmp:rw,exec,nosuid,size={limits.tmpfs_mb}m,mode=1777",
            # read-only for untrusted runs: they work on a copy in the tmpfs, never on the host's disk
            "-v",
            f"{io_dir}:{DOCKER_IO}:{'rw' if key[-1] else 'ro'}",
        ]
        for m in mounts:
            cmd += ["-v", f"{m.source}:{m.target}:{'rw' if m.writable else 'ro'}"]
        cmd += [*self.extra_args, self.image, "sleep", "infinity"]
        res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
        if res.returncode != 0:
            if slot is not None:
                _SLOTS.put(slot)
            shutil.rmtree(io_dir, ignore_errors=True)
            raise SandboxUnavailableError(
                f"cannot start a sandbox container from {self.image}: "
                + (res.stderr.strip().splitlines() or ["no message"])[-1]
            )
        c = _Container(name, uid, io_dir, slot)
        with self._lock:
            self._all.append(c)
        return c

    def _acquire(self, key: tuple, limits: Limits, mounts: tuple[Mount, ...]) -> _Container:
        with self._lock:
            idle = self._idle.get(key)
            if idle:
                return idle.pop()
        return self._start(key, limits, mounts)

    def _release(self, key: tuple, c: _Container) -> None:
        with self._lock:
            self._idle.setdefault(key, []).append(c)

    def _discard(self, c: _Container) -> None:
        subprocess.run([self.docker, "rm", "-f", c.name], capture_output=True)
        with self._lock:
            if c in self._all:
                self._all.remove(c)
        shutil.rmtree(c.io_dir, ignore_errors=True)
        if c.slot is not None:
            _SLOTS.put(c.slot)

    def close(self) -> None:
        """Remove every container and exchange folder of this sandbox (the engine calls it after a run)."""
        with self._lock:
            containers, self._all, self._idle = list(self._all), [], {}
        if containers:
            subprocess.run([self.docker, "rm", "-f", *[c.name for c in containers]], capture_output=True)
        for c in containers:
            if c.slot is not None:
                _SLOTS.put(c.slot)
        if self._io_root is not None:
            shutil.rmtree(self._io_root, ignore_errors=True)
            self._io_root = None

    # -- one program --------------------------------------------------------
    def _exec_argv(
        self, c: _Container, argv: list[str], limits: Limits, env: dict[str, str], keep_writes: bool, stdin: bool
    ) -> list[str]:
        full_env = {"PATH": SANDBOX_PATH, "HOME": SANDBOX_WORKDIR, "TMPDIR": SANDBOX_WORKDIR, "LANG": "C.UTF-8"}
        full_env.update(env)
        program = [
            "env",
            "-i",
            "-C",
            SANDBOX_WORKDIR,
            *[f"{k}={v}" for k, v in full_env.items()],
            *_prlimit_prefix(limits),
            *argv,
        ]
        return [
            self.docker,
            "exec",
            *(["-i"] if stdin else []),
            "-u",
            "0:0",
            "-e",
            f"CODEM_RESET={_DOCKER_RESET}",
            c.name,
            "/bin/bash",
            "-c",
            _DOCKER_WRAPPER,
            "codem-sandbox",
            str(c.uid),
            f"{limits.wall_s:g}",
            "1" if keep_writes else "0",
            *program,
        ]

    def run(self, argv, workdir, limits, env=None, mounts=(), stdin=None, keep_writes=True):
        workdir, mounts = Path(workdir), tuple(mounts)
        key = self._key(limits, mounts, keep_writes)
        for attempt in (1, 2):
            c = self._acquire(key, limits, mounts)
            try:
                _copy_tree(workdir, c.io_dir)
                cmd = self._exec_argv(c, argv, limits, dict(env or {}), keep_writes, stdin is not None)
                # the deadline is kept inside the container; this one only guards against a stuck engine
                result = _run_captured(cmd, limits.scaled(wall_s=limits.wall_s + 30), cwd=None, env=None, stdin=stdin)
                if result.timed_out or result.output_exceeded:
                    self._stop_programs(c)
                started = result.stderr.startswith(_DOCKER_STARTED)
                if started and keep_writes:
                    _mirror_tree(c.io_dir, workdir)
                _empty_dir(c.io_dir)
            except BaseException:
                self._discard(c)
                raise
            if started:
                self._release(key, c)
                return _signal_from_status(_read_wrapper_status(result))
            # the exec never reached the program (the container is gone): a fresh container, once
            self._discard(c)
            if attempt == 2:
                raise SandboxUnavailableError(
                    "docker exec failed in a fresh sandbox container: "
                    + (result.stderr.strip().splitlines() or ["no message"])[-1]
                )
        raise AssertionError("unreachable")

    def _stop_programs(self, c: _Container) -> None:
        """Kill what a program stopped at codem's deadline left running (a killed `docker exec`
        client does not stop the process it started)."""
        subprocess.run(
            [
                self.docker,
                "exec",
                "-u",
                f"{c.uid}:{c.uid}",
                c.name,
                "/bin/bash",
                "-c",
                "for ((i = 0; i < 50; i++)); do kill -9 -1; done 2>/dev/null",
            ],
            capture_output=True,
            timeout=60,
        )


def _read_wrapper_status(result: ProcessResult) -> ProcessResult:
    """The program's own result from what the docker wrapper printed around it."""
    err = result.stderr.removeprefix(_DOCKER_STARTED)
    tail = err.rstrip("\n").rsplit("\n", 1)
    m = tail[-1].split() if tail else []
    if len(m) == 3 and m[0] == "codem-exit" and m[1].isdigit():
        err = tail[0] if len(tail) == 2 else ""
        result.returncode = int(m[1])
        result.timed_out = result.timed_out or m[2] == "1"
    result.stderr = err
    return result


def _copy_tree(src: Path, dest: Path) -> None:
    """src's contents into dest (empty), symlinks as symlinks, modes kept."""
    for entry in src.iterdir():
        target = dest / entry.name
        if entry.is_symlink():
            os.symlink(os.readlink(entry), target)
        elif entry.is_dir():
            shutil.copytree(entry, target, symlinks=True)
        else:
            shutil.copy2(entry, target)


def _empty_dir(path: Path) -> None:
    for entry in path.iterdir():
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)


def _mirror_tree(src: Path, dest: Path) -> None:
    """Make dest's contents src's (what a command that keeps its writes left in the exchange folder)."""
    _empty_dir(dest)
    _copy_tree(src, dest)


def make_sandbox(name: str) -> Sandbox:
    name = (name or "bwrap").lower()
    if name == "bwrap":
        return BwrapSandbox()
    if name == "docker":
        return DockerSandbox(image=os.environ.get("CODEM_EXECUTOR_IMAGE") or None)
    if name in ("none", "unsafe", "local"):
        return UnsafeLocal()
    raise SandboxUnavailableError(f"unknown sandbox {name!r}; choose bwrap, docker or none")
