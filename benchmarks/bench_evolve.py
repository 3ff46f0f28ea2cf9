"""``make bench-evolve``: evolution throughput against the embedded local teacher.

Starts llama.cpp + SmolLM2-135M on loopback, runs the stage for one language at teacher
concurrency 1, 4 and 16 (a fresh response cache each time, so every pair is really generated),
reports pairs per minute, then reruns the last one over its cache and reports the rerun's
request count (must be 0). Prints JSON and writes it to --json-out.

    python benchmarks/bench_evolve.py --per-language 8 --json-out bench-evolve.json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from codem_core.evolution.local_teacher import LocalTeacherServer  # noqa: E402
from codem_core.evolution.pipeline import GenerationParams  # noqa: E402
from codem_core.evolution.run import EvolveOptions, run_evolve  # noqa: E402
from codem_core.evolution.teacher import TeacherConfig  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--per-language", type=int, default=8)
    ap.add_argument("--language", default="python")
    ap.add_argument("--concurrency", default="1,4,16")
    ap.add_argument("--evolve-max-tokens", type=int, default=64)
    ap.add_argument("--answer-max-tokens", type=int, default=128)
    ap.add_argument("--json-out", type=Path, default=None)
    args = ap.parse_args()
    levels = [int(c) for c in args.concurrency.split(",")]
    params = GenerationParams(args.evolve_max_tokens, args.answer_max_tokens, 0.7, 0.2)
    results: dict = {"language": args.language, "per_language": args.per_language, "params": vars(params), "runs": []}
    with tempfile.TemporaryDirectory(prefix="codem-bench-evolve-") as tmp, LocalTeacherServer() as server:
        root = Path(tmp)
        server.warm_up()  # the first completion pays a one-off start-up cost; keep it out of the rates
        last_cache = None
        for conc in levels:
            cache = root / f"cache-{conc}"
            opts = EvolveOptions(
                languages=args.language,
                per_language=args.per_language,
                out=root / f"out-{conc}",
                teacher=TeacherConfig(base_url=server.base_url, model=server.model, concurrency=conc, timeout=600),
                params=params,
                cache_dir=cache,
                progress=False,
                decontaminate=True,
            )
            t0 = time.monotonic()
            report = run_evolve(opts)
            wall = time.monotonic() - t0
            led = report["ledger"]
            pairs = led["models"][server.model]["stages"].get("answer", {}).get("responses", 0)
            row = {
                "concurrency": conc,
                "pairs": pairs,
                "requests": led["requests"],
                "wall_s": round(wall, 2),
                "pairs_per_min": round(pairs / wall * 60, 2),
                "completion_tok_per_s": round(led["completion_tokens"] / wall, 1),
                "prompt_tokens": led["prompt_tokens"],
                "completion_tokens": led["completion_tokens"],
            }
            results["runs"].append(row)
            print(json.dumps(row), file=sys.stderr, flush=True)
            last_cache, last_opts = cache, opts
        assert last_cache is not None
        last_opts.out = root / "out-rerun"
        t0 = time.monotonic()
        rerun = run_evolve(last_opts)
        results["rerun"] = {
            "requests": rerun["ledger"]["requests"],
            "cache_hits": rerun["ledger"]["cache_hits"],
            "wall_s": round(time.monotonic() - t0, 2),
        }
    text = json.dumps(results, indent=2)
    print(text)
    if args.json_out:
        args.json_out.write_text(text + "\n")
    return 0 if results["rerun"]["requests"] == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
