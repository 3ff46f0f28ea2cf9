"""Go: test_setup + extra imports + prompt (minus its import block) + completion + test.

Assembly follows CodeGeeX's HumanEval-X evaluator: the prompt's import block is dropped (Go
rejects unused imports) and each helper package the completion uses (``strings.``...) is
imported. Instead of ``go test`` (one go command, a vet pass and a generated test main per
program), codem calls the compiler and linker directly against export data built once:
the program is compiled as package ``codemprog``, a test main like the one ``go test``
generates calls ``testing.Main`` on its ``Test*`` functions, and the result is linked
without debug info. ``go test -vet=off`` gives the same verdicts; vet is not run.

Linking (~0.35 CPU-s, most of a program's cost) is shared by many programs (``compile_batch``):
each program is compiled alone, as it would be by itself, into a package of its own
(``codem/p<N>``), and one binary links them all behind a dispatcher that runs only program
N's ``Test*`` functions. Linking more packages in changes what runs only through package
initialisation, so a program whose package has init code (``func init`` or a computed
package-level variable), fails to compile, or breaks the shared link is built alone instead:
its verdict and message are then exactly a single build's.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

from ...errors import ToolchainMissingError
from ...execution.adapters.base import REFERENCE_BUILD_LIMITS, Adapter, Job, link_or_copy
from ...execution.sandbox import SANDBOX_WORKDIR, Limits, Mount, ProcessResult, Sandbox
from ...execution.status import Status

# CodeGeeX humaneval-x IMPORT_HELPER["go"]
IMPORT_HELPER = ["math", "strings", "fmt", "strconv", "time", "bytes", "regexp", "sort", "math/rand", "crypto/md5"]
TESTIFY_GOPATH = "/usr/share/gocode"  # Debian golang-github-stretchr-testify-dev
# testing/internal/testdeps: the test main uses it as `go test`'s generated one does (below)
EXPORT_PACKAGES = [
    "testing",
    "testing/internal/testdeps",
    "github.com/stretchr/testify/assert",
    "encoding/hex",
    *IMPORT_HELPER,
]
# `go test` (HumanEval-X's harness) runs test binaries with -test.paniconexit0: a test that
# calls os.Exit(0) fails instead of ending the binary with status 0 before the other tests ran.
# The flag acts only through testdeps.TestDeps (testing.Main's own deps ignore it).
RUN_FLAGS = ["-test.v=false", "-test.paniconexit0"]
_TEST_MAIN = "\tos.Exit(testing.MainStart(testdeps.TestDeps{{}}, {tests}, nil, nil, nil).Run())\n"
_IMPORT_SPEC = re.compile(r'(?:^|[\s(;])(?:([A-Za-z_]\w*|\.)\s+)?"([^"\s]+)"')
_TEST_FUNC = re.compile(r"^func\s+(Test[A-Z0-9_]\w*)\s*\(\s*\w+\s+\*testing\.T\s*\)", re.M)


def _go_env(var: str) -> str:
    return subprocess.run(["go", "env", var], capture_output=True, text=True, check=True).stdout.strip()


class GoAdapter(Adapter):
    language = "go"
    source_name = "prog.go"
    tools = {"go": "golang-go"}
    run_limits = Limits(wall_s=10, cpu_s=10, nproc=256)
    compile_limits = Limits(wall_s=60, cpu_s=60, memory_mb=2048, fsize_mb=256, nproc=256, output_bytes=32 * 1024)
    batch_compile_limits = Limits(
        wall_s=180, cpu_s=360, memory_mb=2048, fsize_mb=1024, nproc=256, output_bytes=256 * 1024, tmpfs_mb=1024
    )
    batch_size = 48

    def version_args(self, binary):
        return ["version"]

    def place_imports(self, source: str, lines: list[str]) -> str:
        """Go: the packages join an import block after test_setup's (a file's imports come first)."""
        specs = []
        for line in lines:
            for alias, path in _IMPORT_SPEC.findall(line.removeprefix("import")):
                spec = f'{alias} "{path}"' if alias else f'"{path}"'
                if f'"{path}"' not in source and spec not in specs:
                    specs.append(spec)
        if not specs:
            return source
        block = "import (\n" + "".join(f"    {s}\n" for s in specs) + ")\n"
        m = re.search(r"^import\s*\([^)]*\)\s*\n|^import\s+[^\n(]*\n", source, re.M)
        at = m.end() if m else source.find("\n", source.find("package")) + 1
        return source[:at] + block + source[at:]

    def assemble(self, problem, completion):
        imports = problem.extra.get("import", "")
        setup = problem.extra.get(
            "test_setup", 'package main\n\nimport (\n    "testing"\n    "github.com/stretchr/testify/assert"\n)\n'
        )
        prompt = problem.prompt.replace(imports, "") if imports else problem.prompt
        other = [
            f'"{pkg}"' for pkg in IMPORT_HELPER if f'"{pkg}"' not in setup and pkg.split("/")[-1] + "." in completion
        ]
        import_other = ("import (\n" + "    ".join(p + "\n" for p in other) + ")") if other else ""
        return setup + "\n" + import_other + "\n" + prompt + completion + "\n" + problem.test + "\n"

    # -- toolchain: export data for the importable packages, built once -----
    def prepare(self) -> None:
        tc = self.toolchain_dir
        tc.mkdir(parents=True, exist_ok=True)
        cfg = tc / "importcfg"
        # an importcfg from before the test main needed testdeps is rebuilt
        if not cfg.exists() or "packagefile testing/internal/testdeps=" not in cfg.read_text():
            env = dict(os.environ, GO111MODULE="off", GOPATH=TESTIFY_GOPATH, GOCACHE=str(tc / "gocache"), GOFLAGS="")
            proc = subprocess.run(
                [
                    "go",
                    "list",
                    "-export",
                    "-deps",
                    "-f",
                    "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}",
                    *EXPORT_PACKAGES,
                ],
                capture_output=True,
                text=True,
                env=env,
            )
            if proc.returncode != 0:
                raise ToolchainMissingError(
                    "go: cannot build export data for testify; install `golang-github-stretchr-testify-dev` "
                    f"({proc.stderr.strip().splitlines()[-1] if proc.stderr.strip() else 'go list failed'})"
                )
            tmp = cfg.with_suffix(".tmp")
            tmp.write_text(proc.stdout)
            tmp.replace(cfg)
            for root, dirs, files in os.walk(tc):
                for d in dirs:
                    os.chmod(os.path.join(root, d), 0o755)
                for f in files:
                    os.chmod(os.path.join(root, f), 0o644)
        self._tooldir = _go_env("GOTOOLDIR")
        self._goroot = _go_env("GOROOT")
        self.env = {"GOROOT": self._goroot, "GO111MODULE": "off", "GOCACHE": "off"}

    def missing_toolchain(self):
        missing = super().missing_toolchain()
        if missing is None and getattr(self, "_tooldir", None):
            # programs are built by the compiler and linker themselves, not through `go`
            for tool in ("compile", "link"):
                if not os.path.exists(f"{self._tooldir}/{tool}"):
                    return self._missing(f"{self._tooldir}/{tool}", self.tools["go"])
        return missing

    def write(self, job: Job, workdir: Path) -> None:
        # the program becomes an importable package; test_setup's `package main` is ours, not the model's
        source = re.sub(r"^package\s+main\b", "package codemprog", job.source, count=1, flags=re.M)
        tests = _TEST_FUNC.findall(source)
        (workdir / self.source_name).write_text(source, encoding="utf-8")
        entries = ", ".join(f'{{"{t}", p.{t}}}' for t in tests)
        (workdir / "testmain.go").write_text(
            'package main\n\nimport (\n\tp "codemprog"\n\t"os"\n\t"testing"\n\t"testing/internal/testdeps"\n)\n\n'
            "func main() {\n" + _TEST_MAIN.format(tests=f"[]testing.InternalTest{{{entries}}}") + "}\n"
        )
        base = (self.toolchain_dir / "importcfg").read_text()
        (workdir / "importcfg").write_text(
            base + f"packagefile codemprog={workdir}/prog.a\n".replace(str(workdir), "/tmp/w")
        )

    def compile_argv(self, job: Job) -> list[str]:
        compile_, link = f"{self._tooldir}/compile", f"{self._tooldir}/link"
        script = (
            f"{compile_} -p codemprog -complete -importcfg importcfg -pack -o prog.a prog.go"
            f" && {compile_} -p main -complete -importcfg importcfg -pack -o main.a testmain.go"
            f" && {link} -s -w -importcfg importcfg -buildmode=exe -o prog main.a"
        )
        return ["/bin/sh", "-c", script]

    def run_argv(self, job: Job) -> list[str]:
        if "go_program" in job.notes:  # a shared binary: the dispatcher takes the program first
            return ["./prog", job.notes["go_program"], *RUN_FLAGS]
        return ["./prog", *RUN_FLAGS]

    # -- many programs, one link ----------------------------------------------
    def compile_batch(self, jobs: list[Job], sandbox: Sandbox, scratch: Path) -> dict[int, ProcessResult]:
        """Compile each job into its own package and link the eligible ones into one binary.

        Jobs left without ``notes["compiled"]`` are built alone by the engine's single path.
        """
        batch_dir = Path(scratch) / f"go-{jobs[0].index}"
        batch_dir.mkdir(parents=True, exist_ok=True)
        batch_dir.chmod(0o777)
        try:
            self._link_shared(jobs, sandbox, batch_dir)
        finally:
            shutil.rmtree(batch_dir, ignore_errors=True)
        return {}

    def _link_shared(self, jobs: list[Job], sandbox: Sandbox, batch_dir: Path) -> None:
        base = (self.toolchain_dir / "importcfg").read_text()
        tests: dict[int, list[str]] = {}
        for job in jobs:
            d = batch_dir / f"p{job.index}"
            d.mkdir()
            d.chmod(0o777)
            source = re.sub(r"^package\s+main\b", "package codemprog", job.source, count=1, flags=re.M)
            (d / self.source_name).write_text(source, encoding="utf-8")
            tests[job.index] = _TEST_FUNC.findall(source)
        (batch_dir / "importcfg").write_text(base)
        compile_, nm = f"{self._tooldir}/compile", f"{self._tooldir}/nm"
        # per package: exit status, and whether it has init code of its own
        script = (
            f"for n in {' '.join(str(j.index) for j in jobs)}; do "
            f"(cd p$n && {compile_} -p codem/p$n -complete -importcfg ../importcfg -pack -o prog.a {self.source_name} "
            ">/dev/null 2>&1; echo $? >rc); "
            f'if [ "$(cat p$n/rc)" = 0 ] && {nm} p$n/prog.a | grep -Eq " T codem/p$n\\.init(\\.[0-9]+)?$"; '
            "then echo >p$n/has_init; fi; "
            "done"
        )
        res = sandbox.run(["/bin/sh", "-c", script], batch_dir, self.batch_compile_limits, self.env, self.mounts())
        if res.timed_out or res.output_exceeded:
            return  # one program made the batch blow up: every program builds alone
        ok = []
        for job in jobs:
            d = batch_dir / f"p{job.index}"
            rc = (d / "rc").read_text().strip() if (d / "rc").is_file() else ""
            if rc == "0" and not (d / "has_init").exists():
                ok.append(job)
        if len(ok) < 2:
            return
        imports = "".join(f'\tp{j.index} "codem/p{j.index}"\n' for j in ok)
        table = "".join(
            f'\t"{j.index}": {{' + ", ".join(f'{{"{t}", p{j.index}.{t}}}' for t in tests[j.index]) + "},\n" for j in ok
        )
        (batch_dir / "testmain.go").write_text(
            f'package main\n\nimport (\n\t"os"\n\t"testing"\n\t"testing/internal/testdeps"\n{imports})\n\n'
            f"var programs = map[string][]testing.InternalTest{{\n{table}}}\n\n"
            "func main() {\n\ttests, found := programs[os.Args[1]]\n\tif !found {\n\t\tos.Exit(3)\n\t}\n"
            "\tos.Args = append(os.Args[:1], os.Args[2:]...)\n" + _TEST_MAIN.format(tests="tests") + "}\n"
        )
        (batch_dir / "importcfg").write_text(
            base + "".join(f"packagefile codem/p{j.index}={SANDBOX_WORKDIR}/p{j.index}/prog.a\n" for j in ok)
        )
        link, compile_ = f"{self._tooldir}/link", f"{self._tooldir}/compile"
        res = sandbox.run(
            [
                "/bin/sh",
                "-c",
                f"{compile_} -p main -complete -importcfg importcfg -pack -o main.a testmain.go"
                f" && {link} -s -w -importcfg importcfg -buildmode=exe -o prog main.a",
            ],
            batch_dir,
            self.batch_compile_limits,
            self.env,
            self.mounts(),
        )
        binary = batch_dir / "prog"
        if res.returncode != 0 or not binary.is_file():
            return  # a shared link that fails says nothing about any one program: build each alone
        # ours now (in the run dir, beside the batch dir): the sandbox user that linked it cannot change it
        final = batch_dir.with_name(batch_dir.name + ".bin")
        shutil.copyfile(binary, final)
        final.chmod(0o755)
        for job in ok:
            link_or_copy(final, job.workdir / "prog")
            job.notes["go_program"] = str(job.index)
            job.notes["compiled"] = True

    def reference_verdict(self, problem, source, workdir, sandbox, cache_dir):
        """``go test`` on the program alone, with Go's own build cache kept warm in ``cache_dir``."""
        (workdir / "main_test.go").write_text(source, encoding="utf-8")
        gocache = cache_dir / "go-build"
        gocache.mkdir(parents=True, exist_ok=True)
        gocache.chmod(0o777)
        env = {"GO111MODULE": "off", "GOPATH": TESTIFY_GOPATH, "GOCACHE": str(gocache), "GOFLAGS": ""}
        mounts = (Mount(str(gocache), str(gocache), writable=True),)
        res = sandbox.run(["go", "test", "."], workdir, REFERENCE_BUILD_LIMITS, env, mounts)
        if res.returncode == 0:
            return Status.PASSED
        if "[build failed]" in res.stdout + res.stderr or "[setup failed]" in res.stdout + res.stderr:
            return Status.COMPILE_ERROR
        return Status.TIMEOUT if res.timed_out else Status.FAILED

    def classify_language(self, result: ProcessResult):
        if result.returncode == 0:
            return Status.PASSED, ""
        out = result.stdout + result.stderr
        if "--- FAIL" in out and "panic:" not in out:
            return Status.FAILED, result.tail()
        return Status.RUNTIME_ERROR, result.tail()
