"""The GPU benchmark's code path, run on CPU at a tiny size (CI has no GPU).

`benchmarks/gpu_throughput.py` is what a user runs on a lent GPU machine; it must not first
fail there on a typo. This runs the same training (padded vs packed, with the trainer's packed
attention) and generation code on CPU and checks the report it writes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "benchmarks" / "gpu_throughput.py"


def test_gpu_throughput_script_runs_on_cpu_at_tiny_size(tmp_path):
    out = tmp_path / "gpu.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(SCRIPT),
            "--device",
            "cpu",
            "--layers",
            "2",
            "--d-model",
            "128",
            "--seq",
            "256",
            "--steps",
            "2",
            "--warmup",
            "1",
            "--gen-batches",
            "1,2",
            "--gen-tokens",
            "4",
            "--out",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    report = json.loads(out.read_text())
    assert report["device"] == "cpu" and report["layers"] == 2 and report["d_model"] == 128
    # the attention the trainer would choose, recorded with why (no flash-attn, no CUDA here: SDPA)
    assert report["attention"]["implementation"] == "sdpa" and report["attention"]["why"]
    assert report["gpu"] is None and report["transformers"]
    modes = {r["mode"]: r for r in report["train"]}
    assert set(modes) == {"padded", "packed"}
    # both modes train on the very same examples, so their real-token counts must agree
    assert modes["padded"]["real_tokens"] == modes["packed"]["real_tokens"] > 0
    assert all(r["real_tokens_per_s"] > 0 for r in report["train"])
    assert [g["batch"] for g in report["generate"]] == [1, 2]
    assert all(g["new_tokens_per_s"] > 0 for g in report["generate"])


def test_gpu_throughput_without_cuda_fails_with_one_line(tmp_path):
    torch = pytest.importorskip("torch")
    if torch.cuda.is_available():
        pytest.skip("a GPU is present")
    out = tmp_path / "gpu.json"
    proc = subprocess.run([sys.executable, str(SCRIPT), "--out", str(out)], capture_output=True, text=True, timeout=120)
    assert proc.returncode != 0
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "needs a CUDA GPU" in lines[0], proc.stderr
    assert not out.exists()
