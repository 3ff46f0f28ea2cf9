"""Direct compile-and-run of C and TypeScript programs (no sandbox).

Used by the benchmark builder's self-check, the audit and the tests. The execution engine's
adapters (``codem_core/languages/{c,typescript}/adapter.py``) use the same commands, defined
once here:

* C: ``gcc -std=c11 -D_GNU_SOURCE -Werror=implicit-function-declaration -O0 prog.c -o prog -lm``
  plus ``-lcrypto`` when the program includes an OpenSSL header (task 162, MD5). ``_GNU_SOURCE``
  declares POSIX helpers (``strdup``) that C11 alone hides; an implicit declaration is an error
  (as in gcc >= 14) because it silently truncates returned pointers.
* TypeScript: ``tsc`` with :data:`TSC_OPTIONS` (MultiPL-E's convention: tsc's defaults, not
  ``--strict``; a type error fails the sample), then ``node`` on the emitted JavaScript. Many
  programs are type-checked in one ``tsc`` run; every program is a module (its test ends in
  ``export {};``), so a type error is reported against its own file only and the verdict equals
  checking the program alone.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from ...errors import ToolchainMissingError

GCC_FLAGS = ["-std=c11", "-D_GNU_SOURCE", "-Werror=implicit-function-declaration", "-O0", "-w"]
TSC_OPTIONS = {
    "target": "es2022",
    "lib": ["es2022"],
    "module": "commonjs",
    "types": [],
    "skipLibCheck": True,
    "noEmitOnError": False,
}
DEFAULT_TSC = "/opt/codem-node/node_modules/.bin/tsc"


@dataclass(frozen=True)
class RunResult:
    passed: bool
    stage: str  # "compile" | "run" | "timeout" | "ok"
    detail: str = ""


def c_link_flags(source: str) -> list[str]:
    flags = ["-lm"]
    if "<openssl/" in source:
        flags.append("-lcrypto")
    return flags


def find_tsc() -> str:
    cand = os.environ.get("CODEM_TSC") or (DEFAULT_TSC if Path(DEFAULT_TSC).exists() else shutil.which("tsc"))
    if not cand:
        raise ToolchainMissingError(
            "tsc not found: run scripts/install-toolchains.sh (typescript into /opt/codem-node) or set CODEM_TSC"
        )
    return cand


def _workers(n: int | None) -> int:
    return n or max(2, os.cpu_count() or 2)


# AddressSanitizer + UndefinedBehaviorSanitizer (+ LeakSanitizer at exit): used by the audit on
# canonical programs, never for samples.
SANITIZE_FLAGS = ["-g", "-fsanitize=address,undefined", "-fno-sanitize-recover=all", "-fno-omit-frame-pointer"]
SANITIZE_ENV = {"ASAN_OPTIONS": "detect_leaks=1:abort_on_error=0", "UBSAN_OPTIONS": "print_stacktrace=1"}
# LeakSanitizer stops the process with ptrace-like machinery; where that is not permitted it
# reports a fatal error of its own rather than a leak.
_LSAN_UNAVAILABLE = ("LeakSanitizer has encountered a fatal error", "LeakSanitizer does not work under ptrace")


def run_c(source: str, timeout: float = 10.0, workdir: Path | None = None, sanitize: bool = False) -> RunResult:
    """Compile and run one C program. With ``sanitize``, under ASan/UBSan/LSan: any report
    fails it with stage ``sanitizer`` (or ``sanitizer-unavailable`` when LSan cannot run)."""
    if shutil.which("gcc") is None:
        raise ToolchainMissingError("gcc not found")
    with tempfile.TemporaryDirectory(prefix="codem-c-", dir=workdir) as d:
        src, exe = Path(d) / "prog.c", Path(d) / "prog"
        src.write_text(source, encoding="utf-8")
        extra = SANITIZE_FLAGS if sanitize else []
        cp = subprocess.run(
            ["gcc", *GCC_FLAGS, *extra, str(src), "-o", str(exe), *c_link_flags(source)],
            capture_output=True,
            text=True,
            timeout=120 if sanitize else 60,
        )
        if cp.returncode != 0:
            return RunResult(False, "compile", cp.stderr[-2000:])
        env = {**os.environ, **SANITIZE_ENV} if sanitize else None
        try:
            rp = subprocess.run(
                [str(exe)], capture_output=True, text=True, timeout=timeout * (3 if sanitize else 1), cwd=d, env=env
            )
        except subprocess.TimeoutExpired:
            return RunResult(False, "timeout", f"ran past {timeout}s")
        if rp.returncode != 0:
            err = rp.stderr or rp.stdout
            if sanitize and any(m in err for m in _LSAN_UNAVAILABLE):
                return RunResult(False, "sanitizer-unavailable", err[-2000:])
            if sanitize and ("Sanitizer" in err or "runtime error:" in err):
                return RunResult(False, "sanitizer", err[-4000:])
            return RunResult(False, "run", f"exit {rp.returncode}: {err[-2000:]}")
        return RunResult(True, "ok")


def run_c_many(
    sources: Sequence[str], timeout: float = 10.0, workers: int | None = None, sanitize: bool = False
) -> list[RunResult]:
    with ThreadPoolExecutor(_workers(workers)) as pool:
        return list(pool.map(lambda s: run_c(s, timeout, sanitize=sanitize), sources))


_TSC_ERR = re.compile(
    r"^(?P<file>[^\s(][^(]*?)\((?P<line>\d+),(?P<col>\d+)\): error (?P<code>TS\d+): (?P<msg>.*)$", re.M
)


def typecheck_and_emit(sources: Sequence[str], outdir: Path) -> list[str]:
    """Write each source as its own module, run one ``tsc``; return the type errors per source."""
    outdir.mkdir(parents=True, exist_ok=True)
    names = [f"p{i}.ts" for i in range(len(sources))]
    for name, src in zip(names, sources):
        (outdir / name).write_text(src, encoding="utf-8")
    cfg = {"compilerOptions": {**TSC_OPTIONS, "outDir": "js", "rootDir": "."}, "files": names}
    (outdir / "tsconfig.json").write_text(json.dumps(cfg), encoding="utf-8")
    cp = subprocess.run([find_tsc(), "-p", str(outdir)], capture_output=True, text=True, cwd=outdir, timeout=900)
    errors = {name: [] for name in names}
    for m in _TSC_ERR.finditer(cp.stdout + cp.stderr):
        fname = Path(m["file"]).name
        if fname in errors:
            errors[fname].append(f"{m['line']}:{m['col']} {m['code']} {m['msg']}")
        else:  # an error outside the programs (config, lib): every verdict would be wrong
            raise RuntimeError(f"tsc error outside the programs: {m.group(0)}")
    if cp.returncode not in (0, 1, 2):
        raise RuntimeError(f"tsc failed: {cp.stdout[-1000:]} {cp.stderr[-1000:]}")
    return ["\n".join(errors[n]) for n in names]


def run_node(js_file: Path, timeout: float = 10.0) -> RunResult:
    try:
        rp = subprocess.run(["node", str(js_file)], capture_output=True, text=True, timeout=timeout, cwd=js_file.parent)
    except subprocess.TimeoutExpired:
        return RunResult(False, "timeout", f"ran past {timeout}s")
    if rp.returncode != 0:
        return RunResult(False, "run", f"exit {rp.returncode}: {rp.stderr[-2000:]}")
    return RunResult(True, "ok")


def run_ts_many(sources: Sequence[str], timeout: float = 10.0, workers: int | None = None) -> list[RunResult]:
    if shutil.which("node") is None:
        raise ToolchainMissingError("node not found")
    with tempfile.TemporaryDirectory(prefix="codem-ts-") as d:
        root = Path(d)
        errs = typecheck_and_emit(sources, root)

        def one(i: int) -> RunResult:
            if errs[i]:
                return RunResult(False, "compile", errs[i])
            return run_node(root / "js" / f"p{i}.js", timeout)

        with ThreadPoolExecutor(_workers(workers)) as pool:
            return list(pool.map(one, range(len(sources))))


def run_ts(source: str, timeout: float = 10.0) -> RunResult:
    return run_ts_many([source], timeout)[0]
