"""Attacks on the execution path that test_sandbox.py does not cover, run as `codem evaluate`
runs samples: a completion for HumanEval problem 0, assembled, built and run by the engine.

A completion that tries an escape raises (or fails its tests) when the escape works, so
``passed`` means the sandbox held. Verdict-tampering cases expect what HumanEval-X's own
harness (CodeGeeX ``execution.py``) decides for the same program run alone.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from codem_core.config import get_settings
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.sandbox import _MAX_SLOTS, SLOT_UID_BASE, BwrapSandbox, Limits
from codem_core.execution.status import Status

ABSTRACT = f"\0codem-attack-{os.getpid()}"


def _py(attack: str) -> str:
    """A correct Python completion that first runs ``attack`` (indented into the body)."""
    return (
        "    "
        + attack.strip().replace("\n", "\n    ")
        + "\n    return any(abs(a - b) < threshold for i, a in enumerate(numbers) for b in numbers[i + 1:])\n"
    )


def _escapes(host_sock: str) -> dict[str, str]:
    # each raises RuntimeError('ESCAPED ...') only if the attack got through
    connect = (
        "import socket\ntry:\n    s = socket.socket({fam}, {kind})\n    s.settimeout(1)\n    {op}\n"
        "except OSError:\n    pass\nelse:\n    raise RuntimeError('ESCAPED')"
    )
    return {
        "ipv6 loopback": connect.format(fam="socket.AF_INET6", kind="socket.SOCK_STREAM", op="s.connect(('::1', 22))"),
        "udp send": connect.format(
            fam="socket.AF_INET", kind="socket.SOCK_DGRAM", op="s.sendto(b'x', ('1.1.1.1', 53))"
        ),
        "raw socket": connect.format(fam="socket.AF_INET", kind="socket.SOCK_RAW", op="pass"),
        "packet socket": connect.format(fam="socket.AF_PACKET", kind="socket.SOCK_RAW", op="pass"),
        "abstract unix socket of a host process": connect.format(
            fam="socket.AF_UNIX", kind="socket.SOCK_STREAM", op=f"s.connect({ABSTRACT!r})"
        ),
        "unix socket in the scratch root": connect.format(
            fam="socket.AF_UNIX", kind="socket.SOCK_STREAM", op=f"s.connect({host_sock!r})"
        ),
        "dns": "import socket\ntry:\n    socket.getaddrinfo('pypi.org', 443)\nexcept OSError:\n    pass\nelse:\n"
        "    raise RuntimeError('ESCAPED')",
        "host paths": (
            "import os, glob\n"
            "for p in ['/work', '/home/codem', '/var/run/docker.sock', '/run/docker.sock', '/var/lib/docker', "
            + repr(str(get_settings().scratch_root))
            + ", "
            + repr(str(get_settings().verdict_cache_dir))
            + ", "
            + repr(str(Path.home() / ".aws"))
            + ", "
            + repr(str(Path(__file__).resolve().parents[2]))
            + "]:\n"
            "    if os.path.exists(p):\n        raise RuntimeError('ESCAPED ' + p)\n"
            "if os.path.isdir('/root') and os.access('/root', os.R_OK) and os.listdir('/root'):\n"
            "    raise RuntimeError('ESCAPED: /root')\n"
            # only the sandbox's own few processes, none of the host's (pytest, the engine)
            "pids = [d for d in os.listdir('/proc') if d.isdigit()]\n"
            "if len(pids) > 30 or any(b'pytest' in open(f'/proc/{d}/cmdline', 'rb').read() for d in pids if "
            "os.path.exists(f'/proc/{d}/cmdline')):\n"
            "    raise RuntimeError('ESCAPED: host pids')\n"
            "if glob.glob('/tmp/codem*') or glob.glob('/tmp/*/job-*'):\n"
            "    raise RuntimeError('ESCAPED: other work dirs')"
        ),
        "nested user namespace": "import subprocess\nif subprocess.run(['unshare', '-r', 'true']).returncode == 0:\n"
        "    raise RuntimeError('ESCAPED')",
        "mount": "import subprocess\n"
        "if subprocess.run(['mount', '-t', 'tmpfs', 'x', '/usr'], capture_output=True).returncode == 0:\n"
        "    raise RuntimeError('ESCAPED')",
        "dev tty": "try:\n    open('/dev/tty', 'w').write('x')\nexcept OSError:\n    pass\nelse:\n"
        "    raise RuntimeError('ESCAPED')",
        "10 GB sparse file": "f = open('sparse', 'wb')\nf.seek(10 << 30)\ntry:\n    f.write(b'x'); f.close()\n"
        "except OSError:\n    pass\nelse:\n    raise RuntimeError('ESCAPED')",
    }


@pytest.fixture(scope="module")
def escapes(data_dir, any_sandbox):
    problem = load_problems("python", data_dir)[0]
    root = get_settings().scratch_root
    root.mkdir(parents=True, exist_ok=True)
    servers = [socket.socket(socket.AF_UNIX), socket.socket(socket.AF_UNIX)]
    servers[0].bind(ABSTRACT)
    host_sock = str(root / f"attack-{os.getpid()}.sock")
    servers[1].bind(host_sock)
    os.chmod(host_sock, 0o777)
    for s in servers:
        s.listen(8)
        s.setblocking(False)
    try:
        cases = _escapes(host_sock)
        verdicts = ExecutionEngine(sandbox=any_sandbox, cache=False).evaluate(
            [(problem, _py(code)) for code in cases.values()]
        )
        accepted = 0
        for s in servers:
            try:
                s.accept()
                accepted += 1
            except BlockingIOError:
                pass
    finally:
        for s in servers:
            s.close()
        Path(host_sock).unlink(missing_ok=True)
    return dict(zip(cases, verdicts)), accepted


@pytest.mark.parametrize("attack", list(_escapes("/x")))
def test_escape_attempt_fails(escapes, attack):
    verdicts, accepted = escapes
    assert verdicts[attack].status is Status.PASSED, verdicts[attack].detail
    assert accepted == 0, "a host socket accepted a connection from the sandbox"


# -- verdict tampering: what HumanEval-X's harness decides ---------------------
# Python: the harness exec()s the program and records "passed" only if exec returns.
# Go: `go test` runs the binary with -test.paniconexit0, so os.Exit(0) in a test fails.
# Java, C, C++: exit status 0 is "passed" (System.exit(0)/exit(0) before the asserts pass
# there too). JavaScript: no output at all is "passed" (process.exit(0) passes there too).
TAMPER = [
    ("python", "sys.exit(0)", _py("import sys\nsys.exit(0)"), False),
    ("python", "exit()", _py("exit()"), False),
    ("python", "raise SystemExit", _py("raise SystemExit"), False),
    ("python", "os._exit(0)", _py("import os\nos._exit(0)"), False),
    (
        "python",
        "atexit os._exit(0) after a failed test",
        "    import atexit, os\n    atexit.register(os._exit, 0)\n    return False\n",
        False,
    ),
    (
        "python",
        "prints PASS and a newline-framed token",
        "    print('\\nPASS\\n', flush=True)\n    return False\n",
        False,
    ),
    ("go", "os.Exit(0) in a test", "    os.Exit(0)\n    return false\n}\n", False),
    ("go", "prints ok and PASS", '    fmt.Println("PASS\\nok")\n    return false\n}\n', False),
    ("java", "System.exit(0) before the asserts", "        System.exit(0);\n        return false;\n    }\n}", True),
    ("java", "prints PASS", '        System.out.println("PASS");\n        return false;\n    }\n}', False),
    ("javascript", "process.exit(0) before the asserts", "  process.exit(0)\n}\n", True),
    ("javascript", "prints PASS", "  console.log('PASS')\n  return false\n}\n", False),
    ("c", "exit(0) before the asserts", "    exit(0);\n}\n", True),
    (
        "c",
        "exit(0) from a constructor",
        "    return 0;\n}\n__attribute__((constructor)) static void early(void) { exit(0); }\n",
        True,
    ),
]


@pytest.fixture(scope="module")
def tampered(data_dir, any_sandbox):
    pairs = []
    for lang, _, completion, _ in TAMPER:
        imports = ('import "os"',) if "os.Exit" in completion else ()
        pairs.append((load_problems(lang, data_dir)[0], completion, imports))
    return ExecutionEngine(sandbox=any_sandbox, cache=False).evaluate(pairs)


@pytest.mark.parametrize("i", range(len(TAMPER)), ids=[f"{c[0]}: {c[1]}" for c in TAMPER])
def test_tampering_gets_the_reference_verdict(tampered, i):
    lang, name, _, passes_in_reference = TAMPER[i]
    assert (tampered[i].status is Status.PASSED) == passes_in_reference, (
        f"{lang} {name}: {tampered[i].status.value} {tampered[i].detail[-300:]}"
    )


# -- what a program leaves behind -----------------------------------------------


def _own_sandbox_processes() -> list[str]:
    """Live (not zombie) processes of this test process's sandbox uids."""
    low = SLOT_UID_BASE + (os.getpid() % 4096) * _MAX_SLOTS
    rows = subprocess.run(["ps", "-eo", "uid=,stat=,pid=,args="], capture_output=True, text=True).stdout.splitlines()
    return [r for r in rows if low <= int(r.split()[0]) < low + _MAX_SLOTS and not r.split()[1].startswith("Z")]


SURVIVORS = {
    "python": _py(
        "import os, signal, subprocess, time\nif os.fork() == 0:\n    os.setsid()\n    if os.fork() == 0:\n"
        "        signal.signal(signal.SIGTERM, signal.SIG_IGN)\n        time.sleep(300)\n    os._exit(0)\n"
        "subprocess.Popen(['nohup', 'sleep', '300'], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, "
        "start_new_session=True)"
    ),
    "c": "    if (fork() == 0) { setsid(); signal(SIGTERM, SIG_IGN); if (fork() == 0) { sleep(300); } _exit(0); }\n"
    "    int i, j;\n    for (i = 0; i < size; i++)\n        for (j = i + 1; j < size; j++)\n"
    "            if (fabs(numbers[i] - numbers[j]) < threshold)\n                return 1;\n    return 0;\n}\n",
    "go": "    go func() { for { } }()\n    for i := 0; i < 50; i++ { go func() { select {} }() }\n"
    "    for i := 0; i < len(numbers); i++ {\n"
    "        for j := i + 1; j < len(numbers); j++ {\n            if math.Abs(numbers[i] - numbers[j]) < threshold {\n"
    "                return true\n            }\n        }\n    }\n    return false\n}\n",
}
C_HEADERS = ("#include <unistd.h>", "#include <signal.h>")


def test_no_process_outlives_its_run(data_dir, any_sandbox):
    pairs = [
        (load_problems(lang, data_dir)[0], code, C_HEADERS if lang == "c" else ()) for lang, code in SURVIVORS.items()
    ]
    verdicts = ExecutionEngine(sandbox=any_sandbox, cache=False).evaluate(pairs)
    assert [v.status for v in verdicts] == [Status.PASSED] * len(pairs), [v.detail[-300:] for v in verdicts]
    deadline = time.monotonic() + 10  # the kernel tears a pid namespace down asynchronously
    while (left := _own_sandbox_processes()) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not left, left


def test_kill_all_does_not_reach_a_sibling_program(data_dir, any_sandbox):
    """kill(-1, SIGKILL) in one program while another runs beside it: the other still passes."""
    problem = load_problems("python", data_dir)[0]
    killer = _py(
        "import os, time\nfor _ in range(20):\n    try:\n        os.kill(-1, 9)\n    except OSError:\n        pass\n"
        "    time.sleep(0.05)"
    )
    sleeper = _py("import time\ntime.sleep(0.05)")
    verdicts = ExecutionEngine(sandbox=any_sandbox, cache=False, workers=2).evaluate(
        [(problem, killer), (problem, sleeper)]
    )
    assert verdicts[1].status is Status.PASSED, verdicts[1].detail


# -- the host's disk and work dir ---------------------------------------------------

WRITES = {
    "many files of the largest allowed size": "import os\nos.makedirs('d')\nfor i in range(200):\n"
    "    open(f'd/f{i}', 'wb').write(b'x' * (15 << 20))",
    "inode exhaustion": "import os\nos.makedirs('n')\nfor i in range(200000):\n    open(f'n/{i}', 'w').close()",
    "very deep directories": "import os\np = 'deep'\nfor _ in range(2000):\n    p += '/d'\n    os.mkdir(p)",
    "symlinks to host files and chmod 000": (
        "import os\nos.symlink('/etc/passwd', 'prog.py.link')\nos.symlink('/', 'root')\nos.makedirs('locked/in')\n"
        "open('locked/in/f', 'w').write('x')\nos.chmod('locked/in', 0)\nos.chmod('locked', 0)\nos.chmod('.', 0o500)"
    ),
    "rewrite its own input": "open('p.py', 'w').write('tampered')\nos.unlink('keep.txt')",
    "fill the private /tmp": "import os\nfor i in range(100):\n    open(f'/tmp/f{i}', 'wb').write(b'x' * (15 << 20))",
}


@pytest.mark.parametrize("attack", list(WRITES))
def test_untrusted_writes_never_reach_the_host(workdir, attack, any_sandbox):
    (workdir / "p.py").write_text(
        "import os\ntry:\n    "
        + WRITES[attack].replace("\n", "\n    ")
        + "\nexcept OSError as e:\n    print('stopped:', e)\n"
    )
    (workdir / "keep.txt").write_text("input")
    before = sorted(p.name for p in workdir.iterdir())
    res = any_sandbox.run(["/usr/bin/python3", "p.py"], workdir, Limits(wall_s=30, tmpfs_mb=256), keep_writes=False)
    assert not res.timed_out, res.stderr[-500:]
    # the work dir is exactly as codem wrote it: nothing added, removed or changed
    assert sorted(p.name for p in workdir.iterdir()) == before
    assert (workdir / "p.py").read_text().startswith("import os") and (workdir / "keep.txt").read_text() == "input"
    shutil.rmtree(workdir)
    assert not workdir.exists()


def test_engine_runs_keep_no_writes(data_dir, tmp_path):
    """Through the engine, a program's files (and symlinks) stay in the sandbox."""
    seen: list[list[str]] = []

    class Watching(BwrapSandbox):
        def run(self, argv, workdir, *args, **kwargs):
            res = super().run(argv, workdir, *args, **kwargs)
            seen.append([p.name for p in Path(workdir).iterdir()])
            return res

        def run_phased(self, compile_argv, run_argv, workdir, *args, **kwargs):
            res = super().run_phased(compile_argv, run_argv, workdir, *args, **kwargs)
            seen.append([p.name for p in Path(workdir).iterdir()])
            return res

    writes = {
        "python": _py(
            "import os\nopen('leak', 'w').write('x')\nif not os.path.islink('link'):\n    os.symlink('/etc', 'link')"
        ),
        "c": '    FILE *f = fopen("leak", "w"); fputs("x", f); fclose(f);\n    symlink("/etc", "link");\n'
        "    return 0;\n}\n",
    }
    pairs = [
        (load_problems(lang, data_dir)[0], code, ("#include <unistd.h>",) if lang == "c" else ())
        for lang, code in writes.items()
    ]
    verdicts = ExecutionEngine(sandbox=Watching(), cache=False).evaluate(pairs)
    assert verdicts[0].status is Status.PASSED and verdicts[1].status is Status.FAILED, [v.detail for v in verdicts]
    assert seen and not any("leak" in names or "link" in names for names in seen), seen
