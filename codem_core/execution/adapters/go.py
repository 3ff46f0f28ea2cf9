"""Go: test_setup + extra imports + prompt (minus its import block) + completion + test.

Assembly follows CodeGeeX's HumanEval-X evaluator: the prompt's import block is dropped (Go
rejects unused imports) and each helper package the completion uses (``strings.``...) is
imported. Instead of ``go test`` (one go command, a vet pass and a generated test main per
program), codem calls the compiler and linker directly against export data built once:
the program is compiled as package ``codemprog``, a test main like the one ``go test``
generates calls ``testing.Main`` on its ``Test*`` functions, and the result is linked
without debug info. ``go test -vet=off`` gives the same verdicts; vet is not run.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from ...errors import ToolchainMissingError
from ..sandbox import Limits, ProcessResult
from ..status import Status
from .base import Adapter, Job

# CodeGeeX humaneval-x IMPORT_HELPER["go"]
IMPORT_HELPER = ["math", "strings", "fmt", "strconv", "time", "bytes", "regexp", "sort", "math/rand", "crypto/md5"]
TESTIFY_GOPATH = "/usr/share/gocode"  # Debian golang-github-stretchr-testify-dev
EXPORT_PACKAGES = ["testing", "github.com/stretchr/testify/assert", "encoding/hex", *IMPORT_HELPER]
_TEST_FUNC = re.compile(r"^func\s+(Test[A-Z0-9_]\w*)\s*\(\s*\w+\s+\*testing\.T\s*\)", re.M)


def _go_env(var: str) -> str:
    return subprocess.run(["go", "env", var], capture_output=True, text=True, check=True).stdout.strip()


class GoAdapter(Adapter):
    language = "go"
    source_name = "prog.go"
    tools = {"go": "golang-go"}
    run_limits = Limits(wall_s=10, cpu_s=10, nproc=256)
    compile_limits = Limits(wall_s=60, cpu_s=60, memory_mb=2048, fsize_mb=256, nproc=256, output_bytes=32 * 1024)

    def version_args(self, binary):
        return ["version"]

    def assemble(self, problem, completion):
        imports = problem.extra.get("import", "")
        setup = problem.extra.get("test_setup", 'package main\n\nimport (\n    "testing"\n    "github.com/stretchr/testify/assert"\n)\n')
        prompt = problem.prompt.replace(imports, "") if imports else problem.prompt
        other = [f'"{pkg}"' for pkg in IMPORT_HELPER if f'"{pkg}"' not in setup and pkg.split("/")[-1] + "." in completion]
        import_other = ("import (\n" + "    ".join(p + "\n" for p in other) + ")") if other else ""
        return setup + "\n" + import_other + "\n" + prompt + completion + "\n" + problem.test + "\n"

    # -- toolchain: export data for the importable packages, built once -----
    def prepare(self) -> None:
        tc = self.toolchain_dir
        tc.mkdir(parents=True, exist_ok=True)
        cfg = tc / "importcfg"
        if not cfg.exists():
            env = dict(os.environ, GO111MODULE="off", GOPATH=TESTIFY_GOPATH, GOCACHE=str(tc / "gocache"), GOFLAGS="")
            proc = subprocess.run(
                ["go", "list", "-export", "-deps", "-f", "{{if .Export}}packagefile {{.ImportPath}}={{.Export}}{{end}}", *EXPORT_PACKAGES],
                capture_output=True, text=True, env=env,
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

    def write(self, job: Job, workdir: Path) -> None:
        # the program becomes an importable package; test_setup's `package main` is ours, not the model's
        source = re.sub(r"^package\s+main\b", "package codemprog", job.source, count=1, flags=re.M)
        tests = _TEST_FUNC.findall(source)
        (workdir / self.source_name).write_text(source, encoding="utf-8")
        entries = ", ".join(f'{{"{t}", p.{t}}}' for t in tests)
        (workdir / "testmain.go").write_text(
            "package main\n\nimport (\n\tp \"codemprog\"\n\t\"testing\"\n)\n\n"
            "func matchAll(pat, str string) (bool, error) { return true, nil }\n\n"
            f"func main() {{\n\ttesting.Main(matchAll, []testing.InternalTest{{{entries}}}, nil, nil)\n}}\n"
        )
        base = (self.toolchain_dir / "importcfg").read_text()
        (workdir / "importcfg").write_text(base + f"packagefile codemprog={workdir}/prog.a\n".replace(str(workdir), "/tmp/w"))

    def compile_argv(self, job: Job) -> list[str]:
        compile_, link = f"{self._tooldir}/compile", f"{self._tooldir}/link"
        script = (
            f"{compile_} -p codemprog -complete -importcfg importcfg -pack -o prog.a prog.go"
            f" && {compile_} -p main -complete -importcfg importcfg -pack -o main.a testmain.go"
            f" && {link} -s -w -importcfg importcfg -buildmode=exe -o prog main.a"
        )
        return ["/bin/sh", "-c", script]

    def run_argv(self, job: Job) -> list[str]:
        return ["./prog", "-test.v=false"]

    def classify_language(self, result: ProcessResult):
        if result.returncode == 0:
            return Status.PASSED, ""
        out = result.stdout + result.stderr
        if "--- FAIL" in out and "panic:" not in out:
            return Status.FAILED, result.tail()
        return Status.RUNTIME_ERROR, result.tail()
