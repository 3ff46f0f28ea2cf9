"""CPU training throughput on the evolved corpora's length distribution: padded vs packed.

    python benchmarks/bench_train.py [--corpus evolved|codealpaca|FILE.jsonl] [--tokens 24000] [--rounds 2]
                                     [--step-rounds 6] [--threads 1] [--max-length 2048] [--configs padded-2x4,...]
    python benchmarks/bench_train.py --collect EVOLVE_OUT   # refresh benchmarks/data/evolved_smollm2.jsonl

Data (``--corpus evolved``, the default): ``benchmarks/data/evolved_smollm2.jsonl``, the kept
pairs of a real ``codem evolve --local-teacher`` run (depth evolution of CodeAlpaca seeds by the
embedded teacher, SmolLM2-135M-Instruct, with the stage's default generation limits: 512
tokens for the evolved instruction, 1024 for the answer); how it was made is in
``evolved_smollm2.meta.json``.  ``--corpus codealpaca`` uses the CodeAlpaca seeds themselves
(the old stand-in) for comparison.  The script prints both corpora's token-length statistics.

Model: a randomly initialised GPTBigCode (StarCoder's architecture), 4 layers, d=256, with
SmolLM2's 49K BPE (StarCoder's vocabulary has the same size).  Every run goes through
``codem_core.training.train`` in its own process (its own peak RSS) with the paper's batch
layout, per-device batch 2 x gradient accumulation 4, and ``--max-length`` (2048, the paper
preset's):

* ``padded-2x4``     the baseline: each micro-batch of 2 examples right-padded to its longer
                     example (the HF Trainer / Alpaca / WizardCoder default);
* ``packed-2x4``     packing: whole examples concatenated into packs of <= max_length tokens,
                     2 packs per micro-batch flattened into one row, attention inside each
                     example only (per-example SDPA, ``codem_core.training.attention``);
* ``packed-2x4-mask`` the same packs with transformers' own mechanism on CPU: ``sdpa`` with the
                     dense block-diagonal mask it derives from ``position_ids``;
* ``packed-mb-2x4``  the same 2 examples per micro-batch as the baseline, flattened into one row
                     (no packs): the very same optimizer steps, so its loss curve must equal the
                     baseline's; it isolates the gain of dropping pad tokens alone;
* ``fixedpad-2x4``   (opt-in) every example padded to max_length.

Each run trains for about ``--tokens`` real tokens (the steps are computed per configuration
from the corpus: a packed step holds ~8 packs, a padded step 8 examples).  Configurations run
interleaved, ``--rounds`` times, in ABBA order (odd rounds reversed); every ratio is against
the baseline of the same round (absolute figures on a shared machine are noise).  Throughput
counts real (non-pad) tokens.
Then (``--step-rounds``) optimizer steps of every configuration alternate in one process, each
round giving every configuration about one packed step's tokens, timed in wall and in CPU time
(with ``--threads 1``, CPU time does not count the time other jobs hold the core).
Results: ``benchmarks/results/bench_train.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

EVOLVED = REPO / "benchmarks" / "data" / "evolved_smollm2.jsonl"
LAYOUT = {"per_device_train_batch_size": 2, "gradient_accumulation_steps": 4}
CONFIGS = {
    "padded-2x4": {**LAYOUT, "packing": False},
    "packed-2x4": {**LAYOUT, "packing": True, "packing_mode": "max_length", "packing_attention": "segments"},
    "packed-2x4-mask": {**LAYOUT, "packing": True, "packing_mode": "max_length", "packing_attention": "mask"},
    "packed-mb-2x4": {**LAYOUT, "packing": True, "packing_mode": "micro_batch", "packing_attention": "segments"},
    "fixedpad-2x4": {**LAYOUT, "packing": False, "padding": "max_length"},
    # TRL's fused, chunked log-prob LM head (SFTTrainer's default) instead of transformers' logits loss
    "padded-2x4-fusedhead": {**LAYOUT, "packing": False, "fused_lm_head": True},
}
# the configurations the trainer before TRL (16c1dc4) also knows (for --against)
OLD_TRAINER_CONFIGS = ("padded-2x4", "packed-2x4", "packed-2x4-mask", "packed-mb-2x4", "fixedpad-2x4")
BASELINE = "padded-2x4"
DEFAULT_CONFIGS = "padded-2x4,packed-2x4,packed-mb-2x4,packed-2x4-mask"


def data_dir() -> Path:
    return Path(os.environ.get("CODEM_DATA_DIR") or REPO.parent / "shared" / "data")


def codealpaca_rows() -> list[dict]:
    rows = json.loads((data_dir() / "codealpaca" / "code_alpaca_2k.json").read_text())
    new = data_dir() / "codealpaca" / "new_codealpaca.json"
    if new.is_file():
        rows += json.loads(new.read_text())
    return [
        {"instruction": r["instruction"] + (f"\n{r['input']}" if r.get("input") else ""), "response": r["output"]}
        for r in rows
    ]


def load_rows(corpus: str) -> tuple[list[dict], dict]:
    if corpus == "codealpaca":
        return codealpaca_rows(), {
            "source": "CodeAlpaca seeds (code_alpaca_2k + new_codealpaca): the pre-evolution distribution"
        }
    path = EVOLVED if corpus == "evolved" else Path(corpus)
    if not path.is_file():
        sys.exit(f"{path} not found; build it with --collect EVOLVE_OUT (see the docstring)")
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    info: dict = {"source": str(path.relative_to(REPO) if path.is_relative_to(REPO) else path)}
    meta = path.with_suffix(".meta.json")
    if meta.is_file():
        info["made_by"] = json.loads(meta.read_text())
    return rows, info


def collect(evolve_out: Path) -> None:
    """Gather the kept pairs of a ``codem evolve`` output into benchmarks/data/evolved_smollm2.jsonl."""
    report = json.loads((evolve_out / "report.json").read_text())
    rows = []
    # Kept and eliminated pairs alike: cleaning judges content (e.g. an evolved instruction that
    # copies the template's scaffolding), not length, and a 135M teacher gets most pairs eliminated.
    for path in sorted(evolve_out.glob("*.jsonl")):
        if path.stem == "mixed":  # a draw from the language corpora: the same pairs again
            continue
        for line in path.read_text().splitlines():
            r = json.loads(line)
            rows.append(
                {
                    "instruction": r["instruction"],
                    "response": r["response"],
                    "language": r["language"],
                    "kept": path.stem != "eliminated",
                    "eliminated_because": r.get("reason"),
                    "seed_instruction": r.get("seed_instruction"),
                    "evolution": r.get("evolution"),
                    "operation": r.get("operation"),
                    "teacher": r.get("teacher"),
                }
            )
    EVOLVED.parent.mkdir(parents=True, exist_ok=True)
    EVOLVED.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows))
    meta = {
        "rows": len(rows),
        "kept": sum(r["kept"] for r in rows),
        "languages": sorted({r["language"] for r in rows}),
        "teacher": sorted({r["teacher"] for r in rows if r.get("teacher")}),
        "report": {
            k: report.get(k)
            for k in ("languages", "seeds", "params", "teacher", "corpus_sizes", "seed_info")
            if k in report
        },
        "ledger": {k: report.get("ledger", {}).get(k) for k in ("requests", "prompt_tokens", "completion_tokens")},
        "command": "codem evolve --languages python,javascript,typescript,c,cpp,java,go --per-language 6 "
        "--local-teacher --concurrency 2 --timeout 900 --out OUT  "
        "(defaults: --evolve-max-tokens 512 --answer-max-tokens 1024, temperatures 0.7 / 0.2, seed 42)",
    }
    EVOLVED.with_suffix(".meta.json").write_text(json.dumps(meta, indent=2) + "\n")
    print(f"{len(rows)} pairs -> {EVOLVED}")


def tokenizer():
    from transformers import AutoTokenizer

    from codem_core.training.models import smollm2_gguf_path

    gguf = smollm2_gguf_path()
    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    return tok


def build_model(folder: Path, tok) -> dict:
    import torch
    from transformers import GPTBigCodeConfig, GPTBigCodeForCausalLM

    cfg = GPTBigCodeConfig(
        vocab_size=len(tok),
        n_positions=2048,
        n_embd=256,
        n_layer=4,
        n_head=4,
        multi_query=True,
        resid_pdrop=0.0,
        embd_pdrop=0.0,
        attn_pdrop=0.0,
        bos_token_id=tok.eos_token_id,
        eos_token_id=tok.eos_token_id,
        pad_token_id=tok.pad_token_id,
    )
    torch.manual_seed(0)
    model = GPTBigCodeForCausalLM(cfg)
    model.save_pretrained(folder)
    tok.save_pretrained(folder)
    return {
        "architecture": "GPTBigCodeForCausalLM",
        "layers": 4,
        "d_model": 256,
        "params": sum(p.numel() for p in model.parameters()),
        "tokenizer": "SmolLM2 (49K BPE)",
    }


def _pct(xs: list[int], q: float) -> int:
    s = sorted(xs)
    return s[min(len(s) - 1, int(q * (len(s) - 1) + 0.5))]


def example_lengths(rows: list[dict], tok, max_length: int) -> list[int]:
    """Token lengths of the training examples (Figure 2 prompt + response + EOS), as the trainer builds them."""
    from codem_core.training.prompts import format_training_example

    pairs = [format_training_example(r["instruction"], r["response"]) for r in rows]
    p_ids = tok([p for p, _ in pairs], add_special_tokens=False)["input_ids"]
    r_ids = tok([c for _, c in pairs], add_special_tokens=False)["input_ids"]
    return [min(max_length, len(p) + len(r) + 1) for p, r in zip(p_ids, r_ids) if len(p) < max_length]


def count_packs(lengths: list[int], max_length: int) -> int:
    """Packs of <= max_length tokens that TRL's best-fit-decreasing packing (the trainer's) makes of these lengths."""
    from datasets import Dataset
    from trl.data_utils import pack_dataset

    return len(pack_dataset(Dataset.from_dict({"input_ids": [[0] * n for n in lengths]}), max_length, "bfd"))


def length_stats(rows: list[dict], tok, max_length: int) -> dict:
    """Token lengths of the training examples (Figure 2 prompt + response + EOS) and their parts."""
    lengths = example_lengths(rows, tok, max_length)
    instr = [len(x) for x in tok([r["instruction"] for r in rows], add_special_tokens=False)["input_ids"]]
    resp = [len(x) for x in tok([r["response"] for r in rows], add_special_tokens=False)["input_ids"]]
    # what padding to the longer of 2 costs, over random pairs (the baseline's micro-batches)
    rng = random.Random(0)
    real = computed = 0
    for _ in range(20000):
        a, b = rng.choice(lengths), rng.choice(lengths)
        real += a + b
        computed += 2 * max(a, b)
    packs = count_packs(lengths, max_length)

    def summary(xs: list[int]) -> dict:
        return {
            "mean": round(statistics.fmean(xs), 1),
            "median": _pct(xs, 0.5),
            "p10": _pct(xs, 0.1),
            "p90": _pct(xs, 0.9),
            "max": max(xs),
            "cv": round(statistics.pstdev(xs) / statistics.fmean(xs), 3),
        }

    return {
        "pairs": len(rows),
        "examples": len(lengths),
        "truncated_at_max_length": sum(n >= max_length for n in lengths),
        "example_tokens": summary(lengths),
        "instruction_tokens": summary(instr),
        "response_tokens": summary(resp),
        "padded_2_pad_share": round(1 - real / computed, 3),
        "padded_2_computed_per_real": round(computed / real, 3),
        "packs": packs,
        "pack_fill": round(sum(lengths) / (packs * max_length), 3),
        "mean_pack_tokens": round(sum(lengths) / packs, 1),
    }


def run_one(name: str, corpus: Path, model: Path, out: Path, steps: int, max_length: int) -> dict:
    import torch

    from codem_core.training.trainer import train

    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", os.cpu_count() or 2)))
    overrides = dict(
        CONFIGS[name],
        max_steps=steps,
        max_length=max_length,
        learning_rate=5e-4,
        warmup_steps=2,
        logging_steps=1,
        save_steps=10**6,
        deepspeed=None,
        lora=None,
    )
    t0 = time.time()
    res = train(corpus, str(model), out, "tiny", overrides, log=lambda m: None, skip_memory_check=True)
    losses = [h["loss"] for h in res.log_history if "loss" in h]
    return {
        "config": name,
        **res.tokens,
        "losses": losses,
        "peak_rss_gib": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2, 3),
        "wall_s": round(time.time() - t0, 2),
    }


def interleaved_steps(
    names: list[str], corpus: Path, model_dir: Path, max_length: int, rounds: int, seed: int = 0
) -> dict:
    """Optimizer steps of every configuration in turn, in one process, timed one by one.

    The same work as a Trainer step (4 micro-batches of 2 forward+backward, gradient clipping,
    AdamW), with the same collators and attention implementations, but with the configurations
    alternating step by step (order rotated every round) so that a load burst on the shared
    machine hits all of them alike.  Round 0 is warm-up and not counted.
    """
    import torch
    from transformers import AutoModelForCausalLM
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from codem_core.training.attention import restore_attention, use_packed_attention
    from codem_core.training.data import examples_of
    from codem_core.training.trainer import FineTune

    torch.set_num_threads(int(os.environ.get("BENCH_THREADS", os.cpu_count() or 2)))

    def prepared(packing: bool):  # the trainer's own dataset (TRL's preparation), without training
        run = FineTune(
            corpus,
            str(model_dir),
            model_dir.parent / f"prep-{packing}",
            "tiny",
            {"max_length": max_length, "packing": packing, "lora": None, "deepspeed": None},
            log=lambda m: None,
        )
        run.check()
        run.load()
        run.build_trainer()
        return run

    plain = prepared(False)
    tok = plain.tokenizer
    examples = [{"input_ids": i, "labels": x} for i, x in examples_of(plain.trainer.train_dataset)]
    packs = [dict(p) for p in prepared(True).trainer.train_dataset]
    model = AutoModelForCausalLM.from_pretrained(str(model_dir), dtype=torch.float32).train()
    model.config.use_cache = False
    opt = torch.optim.AdamW(model.parameters(), lr=1e-5)
    rng = random.Random(seed)
    feeds = {}
    for name in names:
        cfg = CONFIGS[name]
        items = packs if cfg.get("packing") and cfg.get("packing_mode") == "max_length" else examples
        collate = DataCollatorForLanguageModeling(
            pad_token_id=tok.pad_token_id,
            padding_free=bool(cfg.get("packing")),
            pad_to_multiple_of=max_length if cfg.get("padding") == "max_length" else None,
        )
        feeds[name] = (items, collate)
    # Equal exposure: per round every configuration runs about the tokens of one packed step (a
    # padded step holds ~6x fewer), so each is timed over a window of similar length.
    mean_len = statistics.fmean(len(e["input_ids"]) for e in examples)
    mean_pack = statistics.fmean(len(p["input_ids"]) for p in packs)
    steps_per_round = {n: 1 if feeds[n][0] is packs else max(1, round(mean_pack / mean_len)) for n in names}
    samples: dict[str, list[tuple[int, int, float, float]]] = {
        n: [] for n in names
    }  # per round: real, computed, wall s, cpu s
    order = list(names)
    for rnd in range(rounds + 1):
        for name in order:
            items, collate = feeds[name]
            cfg = CONFIGS[name]
            previous = use_packed_attention(model, cfg["packing_attention"]) if cfg.get("packing") else None
            real = computed = 0
            wall = cpu = 0.0
            for _ in range(steps_per_round[name]):
                picked = rng.sample(range(len(items)), 8)
                batches = [collate([items[i] for i in picked[j : j + 2]]) for j in range(0, 8, 2)]
                n_items = sum(int((b["labels"][:, 1:] != -100).sum()) for b in batches)
                real += sum(len(items[i]["input_ids"]) for i in picked)
                computed += sum(int(b["input_ids"].numel()) for b in batches)
                t0, c0 = time.perf_counter(), time.process_time()
                for b in batches:
                    out = model(**b, use_cache=False, num_items_in_batch=n_items)
                    out.loss.backward()
                torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
                opt.step()
                opt.zero_grad(set_to_none=True)
                wall += time.perf_counter() - t0
                cpu += time.process_time() - c0
            if previous is not None:
                restore_attention(model, previous)
            if rnd > 0:
                samples[name].append((real, computed, wall, cpu))
        order = order[1:] + order[:1]
    per = {}
    for name in names:
        xs = samples[name]
        per[name] = {
            "steps_per_round": steps_per_round[name],
            "real": sum(x[0] for x in xs),
            "computed": sum(x[1] for x in xs),
            "seconds": round(sum(x[2] for x in xs), 2),
            "cpu_seconds": round(sum(x[3] for x in xs), 2),
            "real_tokens_per_s": round(sum(x[0] for x in xs) / sum(x[2] for x in xs), 2),
            "real_tokens_per_cpu_s": round(sum(x[0] for x in xs) / sum(x[3] for x in xs), 2),
            "per_round_real_tokens_per_s": [round(x[0] / x[2], 1) for x in xs],
        }
    others = [n for n in names if n != BASELINE]
    ratios = {
        n: [
            round((samples[n][i][0] / samples[n][i][2]) / (samples[BASELINE][i][0] / samples[BASELINE][i][2]), 3)
            for i in range(rounds)
        ]
        for n in others
    }
    return {
        "rounds": rounds,
        "configs": per,
        "ratio_per_round": ratios,
        "ratio_median": {n: round(statistics.median(v), 2) for n, v in ratios.items()},
        "ratio_of_totals": {
            n: round(per[n]["real_tokens_per_s"] / per[BASELINE]["real_tokens_per_s"], 2) for n in others
        },
        "ratio_cpu_time": {
            n: round(per[n]["real_tokens_per_cpu_s"] / per[BASELINE]["real_tokens_per_cpu_s"], 2) for n in others
        },
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="evolved", help="evolved | codealpaca | a .jsonl of {instruction, response}")
    ap.add_argument("--tokens", type=int, default=24000, help="real tokens per run (sets each configuration's steps)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--max-length", type=int, default=2048)
    ap.add_argument(
        "--repeat", type=int, default=8, help="use each pair this many times (the evolved file holds 42 pairs)"
    )
    ap.add_argument(
        "--threads",
        type=int,
        default=int(os.environ.get("BENCH_THREADS", 1)),
        help="torch threads per run (default 1: steady on a shared machine, and CPU time then excludes "
        "spin-waiting; 0: all cores)",
    )
    ap.add_argument(
        "--step-rounds",
        type=int,
        default=6,
        help="then time single optimizer steps of every configuration in turn, in one process, "
        "this many rounds (0: skip)",
    )
    ap.add_argument(
        "--configs", default=DEFAULT_CONFIGS, help=f"comma-separated, from {', '.join(CONFIGS)}; {BASELINE} always runs"
    )
    ap.add_argument("--out", default=str(REPO / "benchmarks" / "results" / "bench_train.json"))
    ap.add_argument(
        "--against",
        help="also run each configuration on the trainer of this git ref (its codem_core), "
        "interleaved in the same rounds: new/old throughput ratios",
    )
    ap.add_argument(
        "--collect", type=Path, help="gather a codem evolve output folder into benchmarks/data/evolved_smollm2.jsonl"
    )
    ap.add_argument("--one", help=argparse.SUPPRESS)
    ap.add_argument("--work", help=argparse.SUPPRESS)
    ap.add_argument("--steps", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.collect:
        collect(args.collect)
        return
    if args.one:
        work = Path(args.work)
        print(
            json.dumps(
                run_one(
                    args.one,
                    work / "corpus.jsonl",
                    work / "model",
                    work / f"out-{args.one}-{time.time_ns()}",
                    args.steps,
                    args.max_length,
                )
            )
        )
        return
    names = [BASELINE] + [c for c in args.configs.split(",") if c and c != BASELINE]
    unknown = [c for c in names if c not in CONFIGS]
    if unknown:
        sys.exit(f"unknown configuration(s): {', '.join(unknown)}")

    tok = tokenizer()
    rows, corpus_info = load_rows(args.corpus)
    os.environ["BENCH_THREADS"] = str(args.threads or os.cpu_count() or 2)
    if args.steps is not None:
        print("note: --steps is ignored; each run is sized by --tokens (real tokens per run)", file=sys.stderr)
    corpus_info["repeat"] = args.repeat
    rows = rows * args.repeat  # the same length distribution, enough examples for packs and several steps
    stats = {"corpus": length_stats(rows, tok, args.max_length)}
    stats["corpus"]["pairs"] //= args.repeat
    if args.corpus != "codealpaca":
        stats["codealpaca_for_comparison"] = length_stats(codealpaca_rows(), tok, args.max_length)
    for k, s in stats.items():
        e = s["example_tokens"]
        print(
            f"{k}: {s['examples']} examples, tokens mean {e['mean']} median {e['median']} p10 {e['p10']} "
            f"p90 {e['p90']} max {e['max']} (cv {e['cv']}); instruction mean {s['instruction_tokens']['mean']}, "
            f"response mean {s['response_tokens']['mean']}; padding pairs to the longer: "
            f"{s['padded_2_pad_share']:.0%} pad; packs of {args.max_length}: {s['pack_fill']:.0%} full",
            flush=True,
        )
    cs = stats["corpus"]
    per_step = {}  # real tokens per optimizer step, expected
    for name in names:
        if CONFIGS[name].get("packing") and CONFIGS[name].get("packing_mode") == "max_length":
            per_step[name] = 8 * cs["mean_pack_tokens"]
        else:
            per_step[name] = 8 * cs["example_tokens"]["mean"]
    steps = {name: max(2, round(args.tokens / per_step[name])) for name in names}
    print("steps per run: " + ", ".join(f"{n} {s}" for n, s in steps.items()), flush=True)

    with tempfile.TemporaryDirectory(prefix="codem-bench-train-") as tmp:
        work = Path(tmp)
        with open(work / "corpus.jsonl", "w", encoding="utf-8") as fh:
            for r in rows:
                fh.write(
                    json.dumps(
                        {
                            "instruction": r["instruction"],
                            "response": r["response"],
                            "language": r.get("language", "python"),
                        }
                    )
                    + "\n"
                )
        model_info = build_model(work / "model", tok)
        old_tree = None
        if args.against:  # the old trainer's code, from git, run by its own copy of this script
            old_tree = work / "old"
            old_tree.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", args.against, "codem_core", "benchmarks"],
                capture_output=True,
                check=True,
            )
            subprocess.run(["tar", "-x", "-C", str(old_tree)], input=archive.stdout, check=True)
        rounds = []
        for rnd in range(args.rounds):
            results = {}
            # ABBA: odd rounds run the configurations in reverse, so a load that drifts during the
            # benchmark favours no configuration
            jobs = [(name, name, __file__) for name in names]
            if old_tree:  # the same configuration on the old trainer, next to the new one
                jobs = [
                    job
                    for name in names
                    for job in (
                        (name, name, __file__),
                        (f"old:{name}", name, str(old_tree / "benchmarks" / "bench_train.py")),
                    )
                    if not job[0].startswith("old:") or name in OLD_TRAINER_CONFIGS
                ]
            for label, name, script in jobs if rnd % 2 == 0 else jobs[::-1]:
                proc = subprocess.run(
                    [
                        sys.executable,
                        script,
                        "--one",
                        name,
                        "--work",
                        str(work),
                        "--steps",
                        str(steps[name]),
                        "--max-length",
                        str(args.max_length),
                    ],
                    capture_output=True,
                    text=True,
                )
                if proc.returncode != 0:
                    sys.exit(f"{label} failed:\n{proc.stderr[-3000:]}")
                r = json.loads(proc.stdout.strip().splitlines()[-1])
                results[label] = r
                print(
                    f"round {rnd + 1} {label:16s} {r['real_tokens_per_s']:8.1f} real tok/s  "
                    f"{r['real']} real / {r['computed']} computed tokens, {r['examples_seen']} examples, "
                    f"{r['steps']} steps, peak RSS {r['peak_rss_gib']:.2f} GiB, "
                    f"loss {r['losses'][0]:.3f} -> {r['losses'][-1]:.3f}, load {os.getloadavg()[0]:.1f}",
                    flush=True,
                )
            base = results[BASELINE]["real_tokens_per_s"]
            base_cpu = results[BASELINE]["real"] / results[BASELINE]["cpu_seconds"]
            print(
                f"round {rnd + 1} vs {BASELINE}, wall: "
                + ", ".join(f"{n} {results[n]['real_tokens_per_s'] / base:.2f}x" for n in names if n != BASELINE)
                + "; CPU time: "
                + ", ".join(
                    f"{n} {results[n]['real'] / results[n]['cpu_seconds'] / base_cpu:.2f}x"
                    for n in names
                    if n != BASELINE
                ),
                flush=True,
            )
            rounds.append(results)
        steps_report = None
        if args.step_rounds:
            steps_report = interleaved_steps(
                names, work / "corpus.jsonl", work / "model", args.max_length, args.step_rounds
            )
            print(
                "interleaved steps, real tok/s: "
                + ", ".join(f"{n} {c['real_tokens_per_s']}" for n, c in steps_report["configs"].items())
                + "; vs baseline, wall: "
                + ", ".join(f"{n} {v}x" for n, v in steps_report["ratio_of_totals"].items())
                + "; CPU time: "
                + ", ".join(f"{n} {v}x" for n, v in steps_report["ratio_cpu_time"].items()),
                flush=True,
            )

    def tps(name: str) -> float:  # over all rounds
        return sum(r[name]["real"] for r in rounds) / sum(r[name]["seconds"] for r in rounds)

    def tpc(name: str) -> float:  # per second of this process's CPU time (1 thread: immune to being descheduled)
        return sum(r[name]["real"] for r in rounds) / sum(r[name]["cpu_seconds"] for r in rounds)

    summary: dict = {
        "baseline": BASELINE,
        "real_tokens_per_s": {n: round(tps(n), 2) for n in names},
        "real_tokens_per_cpu_s": {n: round(tpc(n), 2) for n in names},
    }
    summary["speedup_vs_baseline"] = {n: round(tps(n) / tps(BASELINE), 2) for n in names if n != BASELINE}
    summary["speedup_vs_baseline_cpu_time"] = {n: round(tpc(n) / tpc(BASELINE), 2) for n in names if n != BASELINE}
    summary["speedup_vs_baseline_per_round"] = {
        n: [round(r[n]["real_tokens_per_s"] / r[BASELINE]["real_tokens_per_s"], 2) for r in rounds]
        for n in names
        if n != BASELINE
    }
    summary["peak_rss_gib"] = {n: max(r[n]["peak_rss_gib"] for r in rounds) for n in names}
    # If compute were proportional to the tokens computed (a CPU, roughly), dropping the pads alone
    # would speed the baseline up by its computed/real ratio; anything beyond is per-token cost.
    summary["baseline_computed_per_real"] = round(
        sum(r[BASELINE]["computed"] for r in rounds) / sum(r[BASELINE]["real"] for r in rounds), 3
    )
    agree = {}
    if "packed-mb-2x4" in names:  # the same optimizer steps as the baseline: the loss curves must coincide
        agree["packed-mb-2x4_vs_padded-2x4_max_abs_diff"] = max(
            max(abs(a - b) for a, b in zip(r["packed-mb-2x4"]["losses"], r[BASELINE]["losses"])) for r in rounds
        )
    if "packed-2x4-mask" in names and "packed-2x4" in names:  # same packs, two attention implementations
        agree["packed-2x4_vs_packed-2x4-mask_max_abs_diff"] = max(
            max(abs(a - b) for a, b in zip(r["packed-2x4"]["losses"], r["packed-2x4-mask"]["losses"])) for r in rounds
        )
    # packed-2x4 itself is not compared step by step with the baseline: a packed step holds ~6x the
    # examples (examples_per_step), so its curve is another batch size's curve, not a noisier copy.
    summary["examples_per_step"] = {
        n: round(sum(r[n]["examples_seen"] for r in rounds) / sum(r[n]["steps"] for r in rounds), 1) for n in names
    }
    summary["loss_agreement"] = agree
    if args.against:  # new trainer vs old, per configuration, over all rounds
        summary["against"] = args.against
        summary["new_vs_old"] = {
            n: {
                "wall": round(tps(n) / tps(f"old:{n}"), 3),
                "cpu_time": round(tpc(n) / tpc(f"old:{n}"), 3),
                "per_round_wall": [
                    round(r[n]["real_tokens_per_s"] / r[f"old:{n}"]["real_tokens_per_s"], 3) for r in rounds
                ],
                "loss_max_abs_diff": max(
                    max(abs(a - b) for a, b in zip(r[n]["losses"], r[f"old:{n}"]["losses"])) for r in rounds
                ),
            }
            for n in names
            if n in OLD_TRAINER_CONFIGS
        }
    if steps_report:
        summary["interleaved_steps_speedup"] = steps_report["ratio_of_totals"]
        summary["interleaved_steps_speedup_median_of_rounds"] = steps_report["ratio_median"]
        summary["interleaved_steps_speedup_cpu_time"] = steps_report["ratio_cpu_time"]
        summary["interleaved_steps_real_tokens_per_s"] = {
            n: c["real_tokens_per_s"] for n, c in steps_report["configs"].items()
        }
    report = {
        "benchmark": "bench_train",
        "corpus": corpus_info,
        "length_stats": stats,
        "model": model_info,
        "max_length": args.max_length,
        "tokens_per_run": args.tokens,
        "steps": steps,
        "rounds": rounds,
        "interleaved_steps": steps_report,
        "threads": int(os.environ.get("BENCH_THREADS", os.cpu_count() or 2)),
        "cpus": os.cpu_count(),
        "command": " ".join(sys.argv),
        "load_avg_at_end": os.getloadavg(),
        "summary": summary,
    }
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(report, indent=2) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
