"""The bubblewrap sandbox holds against what untrusted generated code may try."""

from __future__ import annotations

import os
import socket
import subprocess
import threading
import uuid
from pathlib import Path

import pytest

from codem_core.execution.sandbox import _MAX_SLOTS, SLOT_UID_BASE, Limits

PY = "/usr/bin/python3"


@pytest.fixture(scope="module")
def sandbox(any_sandbox):
    """bubblewrap, then Docker (tests/integration/conftest.py): the same attacks hold in both."""
    return any_sandbox


def run_py(sandbox, workdir, code, limits=Limits(wall_s=10), env=None):
    (workdir / "p.py").write_text(code)
    return sandbox.run([PY, "p.py"], workdir, limits, env=env)


def test_no_network_even_loopback(sandbox, workdir):
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    port = server.getsockname()[1]
    accepted = []
    t = threading.Thread(target=lambda: accepted.append(server.accept()), daemon=True)
    t.start()
    res = run_py(
        sandbox,
        workdir,
        f"import socket\ns = socket.socket()\ns.settimeout(2)\ns.connect(('127.0.0.1', {port}))\nprint('CONNECTED')\n",
    )
    server.close()
    assert "CONNECTED" not in res.stdout and res.returncode != 0
    assert "ConnectionRefused" in res.stderr or "Network is unreachable" in res.stderr
    assert not accepted
    res = run_py(sandbox, workdir, "import socket\nsocket.getaddrinfo('pypi.org', 443)\n")
    assert res.returncode != 0


def test_cannot_write_outside_the_work_dir(sandbox, workdir):
    marker = f"codem-escape-{uuid.uuid4().hex}"
    code = (
        "import os\nresults = []\n"
        f"for path in ['/usr/{marker}', '/etc/{marker}', '{workdir.parent}/{marker}', '/tmp/{marker}', "
        f"'/var/tmp/{marker}']:\n"
        "    try:\n        open(path, 'w').write('x'); results.append('wrote ' + path)\n"
        "    except OSError as e:\n        results.append('denied ' + path)\n"
        "open('inside.txt', 'w').write('ok')\nprint('\\n'.join(results))\n"
    )
    res = run_py(sandbox, workdir, code)
    assert res.returncode == 0, res.stderr
    assert "wrote /usr/" not in res.stdout and "wrote /etc/" not in res.stdout
    # whatever the sandbox could write (its private tmpfs) is gone and never touched the host
    for host_path in (
        Path("/usr") / marker,
        Path("/etc") / marker,
        workdir.parent / marker,
        Path("/tmp") / marker,
        Path("/var/tmp") / marker,
    ):
        assert not host_path.exists()
    assert (workdir / "inside.txt").read_text() == "ok"


def test_host_files_and_home_are_invisible(sandbox, workdir):
    # a file in the host's home (a container image may have a /root of its own: probe the content)
    marker = Path.home() / f".codem-sandbox-probe-{uuid.uuid4().hex}"
    marker.write_text("host")
    try:
        res = run_py(
            sandbox,
            workdir,
            f"import os\nprint(os.path.exists({str(marker)!r}), os.path.exists({str(Path(__file__).resolve())!r}))\n"
            "open('/etc/shadow').read()\n",
        )
    finally:
        marker.unlink()
    assert res.stdout.split() == ["False", "False"]
    assert "PermissionError" in res.stderr or "No such file" in res.stderr


def test_parent_secrets_do_not_reach_the_program(sandbox, workdir, monkeypatch):
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test-secret-123")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "aws-secret-456")
    monkeypatch.setenv("HF_TOKEN", "hf-secret-789")
    code = (
        "import os, glob\nprint(sorted(os.environ))\nfor p in glob.glob('/proc/*/environ'):\n    try:\n"
        "        print(open(p, 'rb').read())\n    except OSError:\n        pass\n"
    )
    res = run_py(sandbox, workdir, code)
    assert res.returncode == 0
    for secret in ("sk-test-secret-123", "aws-secret-456", "hf-secret-789", "OPENAI_API_KEY", "AWS_", "HF_TOKEN"):
        assert secret not in res.stdout


def test_fork_bomb_is_contained(sandbox, workdir):
    code = "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    res = run_py(sandbox, workdir, code, Limits(wall_s=5, cpu_s=5, nproc=64))
    assert res.returncode != 0 or res.timed_out
    assert res.wall_s < 15
    # nothing of the sandbox's uids survives it (the kernel tears the pid namespace down
    # asynchronously, so give it a moment)
    import time

    deadline = time.monotonic() + 15
    low = SLOT_UID_BASE + (os.getpid() % 4096) * _MAX_SLOTS
    while True:
        # zombies (state Z) run nothing: an init that does not reap them keeps them listed
        ps = subprocess.run(["ps", "-eo", "uid=,stat="], capture_output=True, text=True).stdout.splitlines()
        # this process's slot uids only: other codem processes on the machine have sandboxes of their own
        left = [
            line
            for line in ps
            if low <= int(line.split()[0]) < low + _MAX_SLOTS and not line.split()[1].startswith("Z")
        ]
        if not left or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert not left, f"{len(left)} sandboxed processes outlived the run"


def test_huge_stdout_is_capped(sandbox, workdir):
    code = "import sys\nchunk = 'x' * (1 << 20)\nfor _ in range(1024):\n    sys.stdout.write(chunk)\n"
    res = run_py(sandbox, workdir, code, Limits(wall_s=30, output_bytes=64 * 1024))
    assert res.output_exceeded
    assert len(res.stdout) <= 64 * 1024
    assert res.wall_s < 20


def test_memory_bomb_is_stopped(sandbox, workdir):
    res = run_py(
        sandbox, workdir, "x = []\nwhile True:\n    x.append(bytearray(1 << 24))\n", Limits(wall_s=20, memory_mb=256)
    )
    assert "MemoryError" in res.stderr
    assert not res.timed_out


def test_disk_filling_is_bounded(sandbox, workdir):
    res = run_py(
        sandbox,
        workdir,
        "f = open('big', 'wb')\nwhile True:\n    f.write(b'x' * (1 << 20))\n",
        Limits(wall_s=20, fsize_mb=8),
    )
    assert res.returncode != 0
    assert (workdir / "big").stat().st_size <= 8 * 1024 * 1024


def test_endless_loop_is_killed_at_the_deadline(sandbox, workdir):
    res = run_py(sandbox, workdir, "import time\nwhile True:\n    time.sleep(0.01)\n", Limits(wall_s=1.5))
    assert res.timed_out and 1.4 < res.wall_s < 8


def test_unsafe_backend_warns():
    from codem_core.execution.sandbox import make_sandbox

    with pytest.warns(RuntimeWarning, match="WITHOUT a sandbox"):
        make_sandbox("none")


# -- compile and run in one sandbox (run_phased) ------------------------------


def _sh(script: str) -> list[str]:
    return ["/bin/sh", "-c", script]


def test_phased_steps_keep_their_own_output(sandbox, workdir):
    compiled, ran = sandbox.run_phased(
        _sh("echo compiling; echo a-warning >&2"),
        _sh("echo run-out; echo run-err >&2; exit 3"),
        workdir,
        Limits(wall_s=20),
        Limits(wall_s=20),
    )
    assert (compiled.returncode, compiled.stdout.strip(), compiled.stderr.strip()) == (0, "compiling", "a-warning")
    assert (ran.returncode, ran.stdout.strip(), ran.stderr.strip()) == (3, "run-out", "run-err")


def test_phased_failed_compile_does_not_run(sandbox, workdir):
    compiled, ran = sandbox.run_phased(
        _sh("echo broken >&2; exit 2"), _sh("touch ran"), workdir, Limits(wall_s=20), Limits(wall_s=20)
    )
    assert compiled.returncode == 2 and "broken" in compiled.stderr and ran is None
    assert not (workdir / "ran").exists()


def test_phased_deadlines_are_per_step(sandbox, workdir):
    # the compile's time is not taken from the run's deadline, and the run's deadline is its own
    compiled, ran = sandbox.run_phased(
        _sh("sleep 1.5"), _sh("sleep 1.5; echo done"), workdir, Limits(wall_s=10), Limits(wall_s=2.5)
    )
    assert not compiled.timed_out and not ran.timed_out and ran.stdout.strip() == "done"
    compiled, ran = sandbox.run_phased(_sh("true"), _sh("sleep 30"), workdir, Limits(wall_s=10), Limits(wall_s=1))
    assert not compiled.timed_out and ran.timed_out and ran.wall_s < 5
    compiled, ran = sandbox.run_phased(_sh("sleep 30"), _sh("true"), workdir, Limits(wall_s=1), Limits(wall_s=10))
    assert compiled.timed_out and ran is None


def test_phased_run_gets_the_run_limits_and_no_extra_descriptor(sandbox, workdir):
    compiled, ran = sandbox.run_phased(
        _sh("true"),
        [
            PY,
            "-c",
            "import os, resource as r\nprint(r.getrlimit(r.RLIMIT_CPU)[0], r.getrlimit(r.RLIMIT_DATA)[0] // 1024)\n"
            "fds = os.listdir('/proc/self/fd')\nfor fd in fds:\n"
            "    try: print(fd + '=' + os.readlink('/proc/self/fd/' + fd))\n"
            "    except OSError: pass",
        ],
        workdir,
        Limits(wall_s=20, cpu_s=60, memory_mb=2048),
        Limits(wall_s=20, cpu_s=7, memory_mb=300),
    )
    cpu, data, *fds = ran.stdout.split()
    assert cpu == "7" and int(data) == 300 * 1024
    # the pipes that ended the compile step are closed: only stdout and stderr are pipes
    pipes = sorted(fd.split("=")[0] for fd in fds if "=pipe:" in fd)
    assert pipes == ["1", "2"], fds


def test_phased_output_cap_applies_per_step(sandbox, workdir):
    compiled, ran = sandbox.run_phased(
        _sh("head -c 20000 /dev/zero | tr '\\0' c"),
        [PY, "-c", "import sys\nwhile True: sys.stdout.write('x' * 65536)"],
        workdir,
        Limits(wall_s=20, output_bytes=32 * 1024),
        Limits(wall_s=20, output_bytes=8 * 1024),
    )
    assert compiled.returncode == 0 and not compiled.output_exceeded and len(compiled.stdout) == 20000
    assert ran.output_exceeded and len(ran.stdout) <= 8 * 1024
