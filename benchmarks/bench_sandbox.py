"""Benchmark the docker sandbox against bubblewrap (and a container per program), in the same run.

    make bench-docker                                   # needs `make images`
    python benchmarks/bench_sandbox.py --calls 40 --per-language 20

1. Per-call overhead: ``python3 -c pass`` run ``--calls`` times, one after another, through
   - bwrap (codem's default sandbox),
   - the docker sandbox (one ``docker exec`` per program in a warm per-slot container),
   - a container per program (``docker run --rm`` with the same isolation flags: the naive way).
2. The engine: ``--per-language`` canonical solutions per language through an ExecutionEngine
   on bwrap and on docker (verdict cache off, all cores): wall seconds and equal verdicts.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

from codem_core.benchmarks import SOURCES, load_problems
from codem_core.config import get_settings
from codem_core.execution.adapters import ADAPTERS
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.sandbox import BwrapSandbox, DockerSandbox, Limits
from codem_core.languages import EVAL_LANGUAGES

PASS = ["/usr/bin/python3", "-c", "pass"]


def per_call(run, calls: int) -> list[float]:
    times = []
    for _ in range(calls):
        t0 = time.perf_counter()
        res = run()
        times.append(time.perf_counter() - t0)
        assert res == 0, f"the trivial program failed ({res})"
    return times


def container_per_program(image: str, workdir: Path) -> int:
    cmd = [
        "docker",
        "run",
        "--rm",
        "--init",
        "--network",
        "none",
        "--read-only",
        "--user",
        "65534:65534",
        "--cap-drop",
        "ALL",
        "--security-opt",
        "no-new-privileges",
        "--pids-limit",
        "144",
        "--memory",
        "1600m",
        "--tmpfs",
        "/tmp:rw,exec,size=512m",
        "-v",
        f"{workdir}:/tmp/.codem-in:ro",
        image,
        *PASS,
    ]
    return subprocess.run(cmd, capture_output=True).returncode


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--calls", type=int, default=40)
    ap.add_argument("--per-language", type=int, default=20)
    ap.add_argument("--json-out", type=Path, default=Path("benchmarks/results/bench_sandbox.json"))
    args = ap.parse_args()
    console = Console()
    docker = DockerSandbox()
    docker.check()
    root = get_settings().scratch_root
    root.mkdir(parents=True, exist_ok=True)
    wd = Path(tempfile.mkdtemp(dir=root))
    wd.chmod(0o777)
    limits = Limits()
    bwrap = BwrapSandbox()
    results: dict = {"calls": args.calls, "per_language": args.per_language, "per_call_ms": {}, "engine": {}}
    runs = {
        "bwrap": lambda: bwrap.run(PASS, wd, limits, keep_writes=False).returncode,
        "docker exec (warm container)": lambda: docker.run(PASS, wd, limits, keep_writes=False).returncode,
        "docker run per program": lambda: container_per_program(docker.image, wd),
    }
    docker.run(PASS, wd, limits, keep_writes=False)  # start the container outside the timing
    table = Table(title=f"per call: python3 -c pass, {args.calls} calls each")
    for col in ("sandbox", "median ms", "p90 ms", "vs bwrap"):
        table.add_column(col)
    for name, run in runs.items():
        times = sorted(per_call(run, args.calls))
        results["per_call_ms"][name] = {
            "median": 1000 * statistics.median(times),
            "p90": 1000 * times[int(0.9 * (len(times) - 1))],
        }
    docker.close()
    base = results["per_call_ms"]["bwrap"]["median"]
    for name, r in results["per_call_ms"].items():
        table.add_row(name, f"{r['median']:.1f}", f"{r['p90']:.1f}", f"{r['median'] / base:.1f}x")
    console.print(table)

    langs = [lang for lang in EVAL_LANGUAGES if lang in SOURCES and lang in ADAPTERS]
    pairs = []
    for lang in langs:
        problems = load_problems(lang)
        pairs += [(p, p.canonical_solution) for p in problems[: args.per_language]]
    table = Table(title=f"engine: {args.per_language} canonical solutions per language ({len(pairs)} programs)")
    for col in ("sandbox", "wall s", "programs/s", "verdicts"):
        table.add_column(col)
    verdicts = {}
    for name, sandbox in (("bwrap", "bwrap"), ("docker", DockerSandbox())):
        engine = ExecutionEngine(sandbox=sandbox, cache=False)
        engine.check(langs)  # toolchain preparation and sandbox checks outside the timing
        t0 = time.perf_counter()
        verdicts[name] = [v.status.value for v in engine.evaluate(pairs)]
        wall = time.perf_counter() - t0
        results["engine"][name] = {"wall_s": wall, "passed": verdicts[name].count("passed")}
        table.add_row(
            name, f"{wall:.1f}", f"{len(pairs) / wall:.1f}", f"{verdicts[name].count('passed')}/{len(pairs)} passed"
        )
    results["engine"]["verdicts_equal"] = verdicts["bwrap"] == verdicts["docker"]
    results["engine"]["docker_vs_bwrap"] = results["engine"]["docker"]["wall_s"] / results["engine"]["bwrap"]["wall_s"]
    console.print(table)
    console.print(
        f"docker / bwrap wall: {results['engine']['docker_vs_bwrap']:.2f}x; "
        f"verdicts equal: {results['engine']['verdicts_equal']}"
    )
    args.json_out.parent.mkdir(parents=True, exist_ok=True)
    args.json_out.write_text(json.dumps(results, indent=2) + "\n")
    subprocess.run(["rm", "-rf", str(wd)])
    return 0 if results["engine"]["verdicts_equal"] else 1


if __name__ == "__main__":
    sys.exit(main())
