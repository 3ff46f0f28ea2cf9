"""Prefect tasks for fine-tuning and generation, called as plain functions (``task.fn``)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("torch")
pytest.importorskip("prefect")

from tests.integration.tiny_models import tiny_corpus, tiny_model_dir  # noqa: E402,F401


def test_finetune_task_is_tagged_for_gpu_and_trains(tmp_path, tiny_corpus, tiny_model_dir):  # noqa: F811
    from prefect.logging import disable_run_logger

    from flows.finetune import _corpora
    from tasks.generate import generate_task
    from tasks.train import finetune_task

    assert "gpu" in finetune_task.tags
    assert set(_corpora(str(tiny_corpus))) == {"python", "java"}
    with disable_run_logger():
        res = finetune_task.fn(str(tiny_corpus), str(tmp_path / "m"), base_model=str(tiny_model_dir), preset="tiny", overrides={"max_steps": 1})
        assert res["metrics"]["global_step"] == 1 and not res["skipped"]
        again = finetune_task.fn(str(tiny_corpus), str(tmp_path / "m"), base_model=str(tiny_model_dir), preset="tiny", overrides={"max_steps": 1})
        assert again["skipped"]
        out = tmp_path / "s.jsonl"
        g = generate_task.fn(str(tmp_path / "m"), str(out), languages="go", limit=1, max_new_tokens=8)
    assert g["samples"] == 1 and json.loads(out.read_text())["task_id"] == "Go/0"
