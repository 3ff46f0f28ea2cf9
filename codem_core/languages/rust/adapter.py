"""Rust (HumanEvalPack): prompt + completion + test, built as a test harness by rustc, run as one.

HumanEvalPack's evaluator runs ``cargo test`` on each program in a crate that depends on
``rand``, ``regex`` and ``md5`` (its reference harness here: ``reference_verdict``). codem
builds those crates once per toolchain (``prepare``: cargo, offline, from Debian's crate
registry, the dev profile that ``cargo test`` builds dependencies with) and then calls rustc
itself, as cargo would for the program: ``rustc --edition 2021 --test prog.rs --extern
rand=... -L dependency=...``, without cargo's start-up, resolution and fingerprinting. Debian's
toolchain (``/usr/bin/rustc``, ``/usr/bin/cargo``) is used by absolute path: a rustup toolchain
earlier on PATH is not the one the verdicts and the crates were built with.

Batches (``compile_batch``): one rustc builds many programs as modules of one test crate, each
program's file unchanged (``codem_p<N>.rs``: same line numbers in its messages), and each
program's run gets the filter ``codem_p<N>::``, so only its own tests run. Rust has no code
that runs before ``main``, so linking programs together changes nothing a test can observe;
a completion that could see the other programs (``crate::``, ``super::`` at top level, exported
macros, ``#[no_mangle]``, ``env::args``...) is built alone, and so is every program rustc blames
for an error, so its verdict and message are exactly a single build's.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from functools import cached_property
from pathlib import Path

from ...errors import ToolchainMissingError
from ...execution.adapters.base import REFERENCE_BUILD_LIMITS, Adapter, Job, link_or_copy
from ...execution.sandbox import Limits, Mount, ProcessResult, Sandbox
from ...execution.status import Status
from ...io import sha256_text

RUSTC = "/usr/bin/rustc"  # Debian's rustc and cargo (packages rustc, cargo)
CARGO = "/usr/bin/cargo"
REGISTRY = "/usr/share/cargo/registry"  # Debian's crates (librust-*-dev), an offline cargo source
EDITION = "2021"
# HumanEvalPack's crate depends on these. regex without its default "perf" features: they need
# crates Debian packages only as recommendations and change speed, never a match.
DEPENDENCIES = {
    "rand": '"0.8"',
    "regex": '{ version = "1", default-features = false, features = ["std", "unicode"] }',
    "md5": '"0.7"',
}
CARGO_CONFIG = (
    f'[source.crates-io]\nreplace-with = "debian"\n\n[source.debian]\ndirectory = "{REGISTRY}"\n\n'
    "[net]\noffline = true\n"
)
# -A warnings: no lint that only warns can change a verdict (a deny in the source still applies);
# no debug info (the crates were built with it, as cargo test builds them): a 1 MB binary, not 22
RUSTC_FLAGS = [
    "--edition",
    EDITION,
    "-A",
    "warnings",
    "-C",
    "debuginfo=0",
    "-C",
    "strip=debuginfo",
    "-C",
    "link-arg=-fuse-ld=gold",
]
# what a completion may not do in a shared crate: see another program, or change the binary for all
_ALONE = re.compile(
    r"\b(?:crate|super)\s*::|\$crate|#!\s*\[|#\s*\[\s*(?:macro_export|no_mangle|export_name|link_section|link|"
    r"global_allocator|panic_handler|path)\b|\bextern\s+crate\b|\bmod\s+\w+\s*;|"
    r"\b(?:include|include_str|include_bytes|module_path|file|line|column)!|\benv\s*::\s*args|\bcurrent_exe\b"
)
_FIRST_BUILD_LIMITS = Limits(wall_s=1800, cpu_s=1800, memory_mb=4096, fsize_mb=1024, nproc=512)
_SUMMARY_OK = re.compile(r"^test result: ok\. \d+ passed; 0 failed", re.M)
_OOM = re.compile(r"memory allocation of \d+ bytes failed")
_FAILED = re.compile(r"panicked at '(?:assertion failed|assertion `)|panicked at [^\n]*:\n\s*assertion (?:failed|`)")


def cargo_manifest(name: str, lib: bool = False) -> str:
    deps = "".join(f"{crate} = {spec}\n" for crate, spec in DEPENDENCIES.items())
    target = '[lib]\npath = "src/lib.rs"\n\n' if lib else ""
    return f'[package]\nname = "{name}"\nversion = "0.1.0"\nedition = "{EDITION}"\n\n{target}[dependencies]\n{deps}'


class RustAdapter(Adapter):
    language = "rust"
    source_name = "prog.rs"
    tools = {RUSTC: "rustc", CARGO: "cargo"}
    run_limits = Limits(wall_s=10, cpu_s=10)
    compile_limits = Limits(wall_s=60, cpu_s=60, memory_mb=2048, fsize_mb=256, nproc=256, output_bytes=64 * 1024)
    batch_compile_limits = Limits(
        wall_s=240, cpu_s=480, memory_mb=4096, fsize_mb=1024, nproc=256, output_bytes=512 * 1024, tmpfs_mb=1024
    )
    batch_size = 48

    @cached_property
    def fingerprint(self) -> str:
        """The tools' versions and the crates in Debian's registry (what the prebuilt crates are)."""
        crates = sorted(os.listdir(REGISTRY)) if os.path.isdir(REGISTRY) else ["no-registry"]
        return sha256_text(Adapter.fingerprint.func(self) + "\n" + "\n".join(crates))[:16]

    def assemble(self, problem, completion):
        return problem.prompt + completion + "\n" + problem.test + "\n"

    # -- toolchain: the crates, built once ------------------------------------------------
    def prepare(self) -> None:
        tc = self.toolchain_dir
        tc.mkdir(parents=True, exist_ok=True)
        manifest = tc / "crates.json"
        if not manifest.exists():
            externs = self._build_crates(tc)
            tmp = manifest.with_suffix(".tmp")
            tmp.write_text(json.dumps({"externs": externs, "deps": str(tc / "target" / "debug" / "deps")}))
            tmp.replace(manifest)
            for root, dirs, files in os.walk(tc):
                for d in dirs:
                    os.chmod(os.path.join(root, d), 0o755)
                for f in files:
                    os.chmod(os.path.join(root, f), 0o644)
            tc.chmod(0o755)
        data = json.loads(manifest.read_text())
        self._deps, self._externs = data["deps"], data["externs"]

    def _build_crates(self, tc: Path) -> dict[str, str]:
        crate = tc / "crates"
        (crate / "src").mkdir(parents=True, exist_ok=True)
        (crate / "Cargo.toml").write_text(cargo_manifest("codem-crates", lib=True))
        (crate / "src" / "lib.rs").write_text("")
        home = tc / "cargo-home"
        home.mkdir(exist_ok=True)
        (home / "config.toml").write_text(CARGO_CONFIG)
        env = {
            "PATH": "/usr/bin:/bin",
            "HOME": str(tc),
            "LANG": "C.UTF-8",
            "CARGO_HOME": str(home),
            "CARGO_TARGET_DIR": str(tc / "target"),
            "RUSTC": RUSTC,
        }
        try:
            proc = subprocess.run(
                [CARGO, "build", "--offline", "--message-format=json"],
                cwd=crate,
                env=env,
                capture_output=True,
                text=True,
                timeout=1800,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise ToolchainMissingError(f"rust: cannot build the crates HumanEvalPack's tests use: {exc}") from None
        externs = {}
        for line in proc.stdout.splitlines():
            msg = json.loads(line) if line.startswith("{") else {}
            name = msg.get("target", {}).get("name") if msg.get("reason") == "compiler-artifact" else None
            if name in DEPENDENCIES:
                externs[name] = next(f for f in msg["filenames"] if f.endswith(".rlib"))
        if proc.returncode != 0 or set(externs) != set(DEPENDENCIES):
            tail = (proc.stderr.strip().splitlines() or ["cargo build failed"])[-1]
            raise ToolchainMissingError(
                "rust: cannot build the crates HumanEvalPack's tests use; install the Debian packages "
                f"`librust-rand-dev librust-regex-dev librust-md5-dev` (scripts/install-toolchains.sh): {tail}"
            )
        return externs

    def _rustc(self, source: str, out: str = "prog") -> list[str]:
        externs = [arg for name, path in self._externs.items() for arg in ("--extern", f"{name}={path}")]
        return [RUSTC, *RUSTC_FLAGS, "--test", source, "-o", out, "-L", f"dependency={self._deps}", *externs]

    # -- one program ----------------------------------------------------------------------
    def compile_argv(self, job: Job) -> list[str]:
        return self._rustc(self.source_name)

    def run_argv(self, job: Job) -> list[str]:
        if "rust_filter" in job.notes:  # a shared test binary: only this program's tests
            return ["./prog", job.notes["rust_filter"]]
        return ["./prog"]

    # -- many programs, one crate -----------------------------------------------------------
    def compile_batch(self, jobs: list[Job], sandbox: Sandbox, scratch: Path) -> dict[int, ProcessResult]:
        """Build the batchable jobs as modules of one test crate; jobs left without
        ``notes["compiled"]`` are built alone by the engine's single path."""
        pending = [j for j in jobs if not _ALONE.search(j.completion)]
        while len(pending) >= 2:
            batch_dir = Path(scratch) / f"rustc-{pending[0].index}"
            batch_dir.mkdir(parents=True, exist_ok=True)
            batch_dir.chmod(0o777)
            try:
                blamed = self._build_shared(pending, sandbox, batch_dir)
            finally:
                shutil.rmtree(batch_dir, ignore_errors=True)
            if not blamed:
                break
            pending = [j for j in pending if j.index not in blamed]
        return {}

    def _build_shared(self, jobs: list[Job], sandbox: Sandbox, batch_dir: Path) -> set[int]:
        """One rustc over the jobs; the programs it blames (empty: built, or nobody to blame)."""
        for job in jobs:
            (batch_dir / f"codem_p{job.index}.rs").write_text(job.source, encoding="utf-8")
        (batch_dir / "batch.rs").write_text("".join(f"mod codem_p{job.index};\n" for job in jobs))
        res = sandbox.run(self._rustc("batch.rs"), batch_dir, self.batch_compile_limits, self.env, self.mounts())
        if res.returncode == 0 and (batch_dir / "prog").is_file():
            final = batch_dir / "prog"
            final.chmod(0o755)
            for job in jobs:
                link_or_copy(final, job.workdir / "prog")
                job.notes["rust_filter"] = f"codem_p{job.index}::"
                job.notes["compiled"] = True
            return set()
        if res.timed_out or res.output_exceeded:
            return set()  # one program made the batch blow up: every program builds alone
        return {int(n) for n in re.findall(r"--> codem_p(\d+)\.rs:\d+", res.stdout + res.stderr)}

    # -- outcome ----------------------------------------------------------------------------
    def classify_language(self, result: ProcessResult) -> tuple[Status, str]:
        out = result.stdout + result.stderr
        if result.returncode == 0:
            if _SUMMARY_OK.search(result.stdout):
                return Status.PASSED, ""
            # libtest prints its summary after the tests: without it the program ended the process
            # itself (std::process::exit(0) in the function), before its tests could fail
            return Status.RUNTIME_ERROR, (
                "exit status 0, but the test harness never reported its result "
                "(the program ended the process: std::process::exit or similar)"
            )
        oom = _OOM.search(out)
        if oom:
            return Status.OOM, f"memory limit ({self.run_limits.memory_mb} MiB): {oom.group(0)}"
        if _FAILED.search(out):
            return Status.FAILED, result.tail()
        return Status.RUNTIME_ERROR, result.tail() or f"terminated by signal {result.signal}"

    # -- the reference harness: cargo test, one program at a time ----------------------------
    def reference_verdict(self, problem, source, workdir, sandbox, cache_dir):
        """``cargo check``-like build then ``cargo test``, as HumanEvalPack's evaluator runs them, in
        a crate of its own; cargo's home and target dir (the crates, built the first time) are
        kept in ``cache_dir``."""
        home, target = cache_dir / "cargo-home", cache_dir / "cargo-target"
        home.mkdir(parents=True, exist_ok=True)
        (home / "config.toml").write_text(CARGO_CONFIG)
        for path in (cache_dir, home, home / "config.toml"):
            path.chmod(0o777 if path.is_dir() else 0o666)
        (workdir / "Cargo.toml").write_text(cargo_manifest("humaneval"))
        (workdir / "src").mkdir(exist_ok=True)
        (workdir / "src" / "main.rs").write_text(source, encoding="utf-8")
        for path in (workdir / "src", workdir / "src" / "main.rs", workdir / "Cargo.toml"):
            path.chmod(0o777 if path.is_dir() else 0o666)
        env = {"CARGO_HOME": str(home), "CARGO_TARGET_DIR": str(target), "RUSTC": RUSTC}
        mounts = (Mount(str(cache_dir), str(cache_dir), writable=True),)
        # umask 000: the next program's sandbox runs as another uid and must be able to reuse the cache

        def cargo(*args: str) -> list[str]:
            return ["/bin/sh", "-c", f'umask 000 && exec {CARGO} "$@"', "cargo", *args, "--offline", "-q"]

        # the first build also compiles the crates: minutes on a loaded machine
        build = REFERENCE_BUILD_LIMITS if target.exists() else _FIRST_BUILD_LIMITS
        built = sandbox.run(cargo("test", "--no-run"), workdir, build, env, mounts)
        if built.returncode != 0:
            return Status.TIMEOUT if built.timed_out else Status.COMPILE_ERROR
        # cargo's own start-up comes on top of the program's limits
        rl = self.run_limits
        limits = rl.scaled(wall_s=rl.wall_s + 5, cpu_s=rl.cpu_s + 5, memory_mb=max(rl.memory_mb, 1024))
        return self.classify_run(sandbox.run(cargo("test"), workdir, limits, env, mounts))[0]
