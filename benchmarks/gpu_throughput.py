"""GPU throughput for a ~1B StarCoder-architecture model (random weights): training and generation.

    python benchmarks/gpu_throughput.py [--steps 10] [--seq 2048] [--batch 4] [--peak-tflops auto]

Training: GPTBigCodeForCausalLM (24 layers, d=2048, 16 heads, multi-query, vocab 49152:
~1.1B params), bf16 autocast, fused AdamW, gradient checkpointing off, the attention the trainer
would choose (--attn auto: flash-attention 2 when installed, else SDPA; recorded); padded
batches of real length variation vs codem's padding-free packing of the same examples.
Reports real tokens/s and MFU = (6 N + 12 L d s) x tokens/s / peak (the 12 L d s term is
causal attention, halved for causality).  Generation: greedy, HF generate, batch 1/8/32,
bf16, 128 new tokens (no early stop: every row generates exactly that many).
Writes JSON to --out.  Needs a CUDA GPU; ``--device cpu`` runs the same code path at a tiny
size (fp32, no MFU) so CI can check it without one:

    python benchmarks/gpu_throughput.py --device cpu --layers 2 --d-model 128 --seq 256 --steps 1 --warmup 1 \
        --gen-batches 1,2 --gen-tokens 4 --out /tmp/gpu_throughput_smoke.json

Packed batches use the attention codem's trainer uses for packing
(``codem_core.training.attention.use_packed_attention``: flash-attention-2 when the model runs
it, else one fused causal SDPA per example), so the figure is the trainer's, not a dense mask's.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

PEAK_BF16_TFLOPS = {"H100": 989.0, "H200": 989.0, "A100": 312.0, "L40S": 362.0, "A10G": 125.0, "L4": 121.0}


def peak_tflops(name: str, given: str) -> float | None:
    if given != "auto":
        return float(given)
    for key, val in PEAK_BF16_TFLOPS.items():
        if key in name:
            return val
    return None


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=10)
    ap.add_argument("--warmup", type=int, default=3)
    ap.add_argument("--seq", type=int, default=2048)
    ap.add_argument("--batch", type=int, default=4, help="padded: examples per micro-batch")
    ap.add_argument("--layers", type=int, default=24)
    ap.add_argument("--d-model", type=int, default=2048)
    ap.add_argument("--peak-tflops", default="auto")
    ap.add_argument("--gen-batches", default="1,8,32")
    ap.add_argument("--gen-tokens", type=int, default=128)
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "gpu_throughput.json"))
    ap.add_argument(
        "--device", default="cuda", choices=["cuda", "cpu"], help="cpu: smoke-test the code path at a tiny size"
    )
    ap.add_argument(
        "--attn",
        default="auto",
        help="attention to load: auto (the trainer's choice: flash_attention_2 when installed, else sdpa), "
        "flash_attention_2, sdpa or eager",
    )
    args = ap.parse_args()

    import torch
    from transformers import GPTBigCodeConfig, GPTBigCodeForCausalLM
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling  # the trainer's collator (TRL)

    from codem_core import devices
    from codem_core.training.attention import add_seq_bounds, choose_attention, restore_attention, use_packed_attention

    if args.device == "cuda" and not torch.cuda.is_available():
        sys.exit("error: gpu_throughput.py needs a CUDA GPU (or --device cpu for a smoke test at a tiny size)")
    dev = torch.device(args.device)
    cuda = args.device == "cuda"
    name = torch.cuda.get_device_name() if cuda else "cpu"
    amp_dtype = torch.bfloat16 if cuda else torch.float32  # bf16 emulation on CPU is 30-50x slower
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    cfg = GPTBigCodeConfig(
        vocab_size=49152,
        n_positions=8192,
        n_embd=args.d_model,
        n_layer=args.layers,
        n_head=args.d_model // 128,
        multi_query=True,
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        use_cache=False,
    )
    torch.manual_seed(0)
    model = GPTBigCodeForCausalLM(cfg).to(dev)
    attn, attn_why = choose_attention(args.attn, GPTBigCodeForCausalLM, half=cuda)  # as the trainer chooses
    model.set_attn_implementation(attn)
    print(f"attention: {attn} ({attn_why})", flush=True)
    n_params = sum(p.numel() for p in model.parameters())
    opt = torch.optim.AdamW(model.parameters(), lr=1e-5, fused=cuda)

    # Example lengths shaped like instruction data (log-normal, median ~300 tokens, capped at seq).
    g = torch.Generator().manual_seed(0)
    lengths = torch.clamp(torch.exp(torch.randn(4096, generator=g) * 0.7 + 5.7).long(), 32, args.seq).tolist()
    examples = [{"input_ids": torch.randint(0, 49152, (n,), generator=g).tolist(), "labels": None} for n in lengths]
    for e in examples:
        e["labels"] = list(e["input_ids"])

    def run(mode: str) -> dict:
        collate = DataCollatorForLanguageModeling(pad_token_id=0, padding_free=mode != "padded")
        previous = use_packed_attention(model, "segments") if mode == "packed" else None
        i = 0
        real = 0
        if cuda:
            torch.cuda.reset_peak_memory_stats()
        for step in range(args.warmup + args.steps):
            if step == args.warmup:
                sync()
                t0 = time.time()
                real = 0
            feats = examples[i : i + args.batch]
            i += args.batch
            batch = collate(feats)
            if previous is not None:  # the trainer's collator: example boundaries as host ints, once per batch
                add_seq_bounds(batch)
            batch = {k: (v.to(dev) if hasattr(v, "to") else v) for k, v in batch.items()}
            with torch.autocast(args.device, dtype=amp_dtype, enabled=cuda):
                loss = model(**batch).loss
            loss.backward()
            opt.step()
            opt.zero_grad(set_to_none=True)
            real += sum(len(f["input_ids"]) for f in feats)
        sync()
        dt = time.time() - t0
        tps = real / dt
        if previous is not None:
            restore_attention(model, previous)
        avg_len = sum(lengths[: args.batch * (args.warmup + args.steps)]) / (args.batch * (args.warmup + args.steps))
        flops_per_token = 6 * n_params + 12 * args.layers * args.d_model * avg_len / 2
        peak = peak_tflops(name, args.peak_tflops) if cuda else None
        return {
            "mode": mode,
            "real_tokens": real,
            "real_tokens_per_s": round(tps, 1),
            "mfu": round(flops_per_token * tps / (peak * 1e12), 4) if peak else None,
            "peak_mem_gib": round(torch.cuda.max_memory_allocated() / 1024**3, 2) if cuda else None,
        }

    train_results = [run("padded"), run("packed")]
    for r in train_results:
        print(r, flush=True)

    model.eval()
    model.config.use_cache = True
    gen = []
    for bs in [int(x) for x in args.gen_batches.split(",")]:
        ids = torch.randint(0, 49152, (bs, 256), device=dev)
        with torch.inference_mode(), torch.autocast(args.device, dtype=amp_dtype, enabled=cuda):
            model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=8,
                min_new_tokens=8,
                do_sample=False,
                pad_token_id=0,
            )
            sync()
            t0 = time.time()
            out = model.generate(
                ids,
                attention_mask=torch.ones_like(ids),
                max_new_tokens=args.gen_tokens,
                min_new_tokens=args.gen_tokens,
                do_sample=False,
                pad_token_id=0,
            )
            sync()
        dt = time.time() - t0
        assert out.shape == (bs, ids.shape[1] + args.gen_tokens), out.shape
        gen.append({"batch": bs, "new_tokens_per_s": round(bs * args.gen_tokens / dt, 1)})
        print(gen[-1], flush=True)
    import transformers

    gpu = devices.gpu_report(torch.cuda.current_device()) if cuda else None
    report = {
        "benchmark": "gpu_throughput",
        "device": name,
        "gpu": gpu.to_dict() if gpu else None,  # count, memory, driver, CUDA runtime
        "attention": {"implementation": attn, "why": attn_why},
        "peak_tflops": peak_tflops(name, args.peak_tflops) if cuda else None,
        "params": n_params,
        "layers": args.layers,
        "d_model": args.d_model,
        "seq": args.seq,
        "batch": args.batch,
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "train": train_results,
        "generate": gen,
    }
    from codem_core.io import atomic_write_text

    atomic_write_text(args.out, json.dumps(report, indent=2) + "\n")  # a killed run leaves no half a report
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
