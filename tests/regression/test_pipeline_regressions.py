"""Pipeline bugs found earlier, pinned: the demo's generation dtype on a CPU and the pre-flight
checks of ``codem pipeline run --storage-block``."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from codem_core.errors import ConfigError
from codem_core.pipeline.config import load_pipeline_preset


def test_demo_preset_generates_in_fp32_on_a_cpu(monkeypatch):
    """The demo preset asked for ``bfloat16`` generation; on a CPU without native bf16 matmuls
    that was 30-50x slower than fp32 (the demo overran its time budget). Fixed in 894961e: the
    preset says ``dtype: auto``, which the transformers backend resolves to fp32 on a CPU and to
    bf16 (fp16 without bf16 support) on a GPU."""
    import torch

    from codem_core.inference.backends import _resolve_dtype

    dtype = load_pipeline_preset("demo").generate.dtype
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert _resolve_dtype(dtype) is torch.float32
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    monkeypatch.setattr(torch.cuda, "is_bf16_supported", lambda: True)
    assert _resolve_dtype(dtype) is torch.bfloat16


def test_pipeline_run_with_storage_block_runs_the_preflight_checks(tmp_path, monkeypatch):
    """``codem pipeline run --storage-block B`` skipped every pre-flight check, so a bad config
    (here: an openai teacher without a URL) started the flow and failed inside a task. Fixed in
    dc8bcfb: the block's s3fs options are read, then the same pre-flight runs before any flow."""
    import codem_prefect.flows.full_matrix as full_matrix
    import codem_prefect.flows.run as run
    from codem_core.cli import app

    blocks, flow_runs = [], []
    monkeypatch.setattr(
        run, "storage_options_from_block", lambda name: blocks.append(name) or {}
    )  # stands in for the Prefect Secret block
    monkeypatch.setattr(full_matrix, "codem", lambda **kw: flow_runs.append(kw) or pytest.fail("the flow started"))
    res = CliRunner().invoke(
        app,
        [
            "pipeline",
            "run",
            "--preset",
            "tiny",
            "--store",
            str(tmp_path / "store"),
            "--stages",
            "evolve",
            "--set",
            "teacher.kind=openai",
            "--storage-block",
            "s3-creds",
        ],
    )
    assert isinstance(res.exception, ConfigError), res.output
    assert "teacher.url is required" in str(res.exception)
    assert blocks == ["s3-creds"] and flow_runs == []
