"""C (HumanEval-C): prompt + completion + test, built by gcc as C11 with ``-lm``.

Flags are shared with the benchmark builder's self-check (``benchmarks/builders/toolrun.py``):
``-std=c11 -D_GNU_SOURCE -Werror=implicit-function-declaration -O0 -w``, linked with ``-lm`` and,
when the program includes an OpenSSL header (task 162, MD5), ``-lcrypto``.
"""

from __future__ import annotations

from ...benchmarks.builders.toolrun import GCC_FLAGS, c_link_flags
from ...execution.adapters.base import Job, NativeAssertAdapter, Reference
from ...execution.sandbox import Limits


class CAdapter(NativeAssertAdapter):
    language = "c"
    source_name = "prog.c"
    tools = {"gcc": "gcc"}
    run_limits = Limits(wall_s=10, cpu_s=10)

    def assemble(self, problem, completion):
        return problem.prompt + completion + "\n" + problem.test + "\n"

    def compile_argv(self, job: Job) -> list[str]:
        # gold links ~2x faster than bfd and changes nothing a test can observe
        return ["gcc", "-fuse-ld=gold", *GCC_FLAGS, self.source_name, "-o", "prog", *c_link_flags(job.source)]

    def reference(self, problem, source, cache_dir):
        argv = ["gcc", *GCC_FLAGS, self.source_name, "-o", "prog", *c_link_flags(source)]
        return Reference({self.source_name: source}, argv, ["./prog"], dict(self.env))
