"""Two training processes on the CPU (gloo, torchrun) against one: the same examples per optimizer
step, so the same loss curve; a two-process run stopped with Ctrl-C resumes from its checkpoint;
errors in the ranks come back as one line."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("trl")

from codem_core.errors import ConfigError  # noqa: E402
from codem_core.training.launch import TrainingProcessError  # noqa: E402
from codem_core.training.trainer import train  # noqa: E402
from tests.integration.tiny_models import child_env  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
# 6 steps, a checkpoint every 2: the interrupted run is stopped after checkpoint-2 with 4 steps to go
SIX_STEPS = {"max_steps": 6, "save_steps": 2}


def _losses(result) -> list[float]:
    return [h["loss"] for h in result.log_history if "loss" in h]


def _quiet(_msg: str) -> None:
    pass


@pytest.fixture(scope="module")
def two_processes(tmp_path_factory, tiny_corpus, tiny_model_dir):
    logs: list[str] = []
    out = tmp_path_factory.mktemp("ddp") / "model"
    res = train(tiny_corpus, str(tiny_model_dir), out, "tiny", {**SIX_STEPS, "nproc": 2}, log=logs.append)
    return res, logs


def test_two_processes_give_the_loss_curve_of_one_with_twice_the_accumulation(
    two_processes,
    tmp_path,
    tiny_corpus,
    tiny_model_dir,
):
    """tiny preset: 2 per device x 2 accumulation x 2 processes = 8 = 2 x 4 x 1 process. The data order is the
    same: every rank draws the same seeded permutation and takes every other micro-batch of it (accelerate's
    BatchSamplerShard), so optimizer step k sees micro-batches 4k..4k+3 in both runs; the loss is normalised
    by the supervised tokens of all ranks (average_tokens_across_devices), so step k's loss and gradient
    are those of the single process up to the order of float additions in the all-reduce."""
    two, logs = two_processes
    one = train(
        tiny_corpus,
        str(tiny_model_dir),
        tmp_path / "one",
        "tiny",
        {**SIX_STEPS, "gradient_accumulation_steps": 4},
        log=_quiet,
    )
    assert len(_losses(two)) == len(_losses(one)) == 6
    assert _losses(two) == pytest.approx(_losses(one), abs=1e-3)
    assert two.tokens["examples_seen"] == one.tokens["examples_seen"] == 6 * 8  # summed over both ranks
    assert two.tokens["real"] == one.tokens["real"]
    grads = [h["grad_norm"] for h in two.log_history if "grad_norm" in h]
    assert grads == pytest.approx([h["grad_norm"] for h in one.log_history if "grad_norm" in h], rel=1e-3)
    # the global batch is logged and recorded; only rank 0 wrote the outputs, every rank logged
    assert any("global batch 8 = 2 per device x 2 accumulation x 2 processes" in line for line in logs), logs
    out = Path(two.out)
    prov = json.loads((out / "codem_provenance.json").read_text())
    assert prov["world_size"] == 2 and prov["global_batch"] == {
        "per_device": 2,
        "accumulation": 2,
        "processes": 2,
        "global": 8,
    }
    assert "2 x 2 x 2 = 8" in (out / "README.md").read_text()
    assert (out / "logs" / "rank-0.log").is_file() and (out / "logs" / "rank-1.log").is_file()
    assert not list((out / "logs").glob("error-rank-*.json"))
    from transformers import AutoModelForCausalLM

    AutoModelForCausalLM.from_pretrained(str(out))  # a complete, loadable model folder


def _cli(*args: str, **kw) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "codem_core.cli", *args],
        cwd=REPO,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
        **kw,
    )


def test_a_two_process_run_stopped_with_ctrl_c_resumes_from_its_checkpoint(
    two_processes,
    tmp_path,
    tiny_corpus,
    tiny_model_dir,
):
    two, _ = two_processes
    out = tmp_path / "resume"
    args = [
        "train",
        "--corpus",
        str(tiny_corpus),
        "--base-model",
        str(tiny_model_dir),
        "--out",
        str(out),
        "--preset",
        "tiny",
        "--max-steps",
        "6",
        "--set",
        "save_steps=2",
        "--nproc",
        "2",
    ]
    proc = _cli(*args)
    state = out / "checkpoints" / "checkpoint-2" / "trainer_state.json"
    deadline = time.time() + 300
    while not state.is_file() and proc.poll() is None and time.time() < deadline:
        time.sleep(0.05)
    assert state.is_file(), proc.communicate()[1][-2000:]
    os.killpg(proc.pid, signal.SIGINT)  # Ctrl-C in a terminal reaches the whole process group
    _, err = proc.communicate(timeout=120)
    assert proc.returncode != 0 and not (out / "codem_provenance.json").exists(), err[-2000:]
    time.sleep(1)
    assert not (out / "checkpoints" / "checkpoint-6").exists()  # it was stopped, not finished

    # another process count: refused in one line, nothing touched
    other = _cli(*args[:-1], "1")
    _, err = other.communicate(timeout=300)
    lines = err.strip().splitlines()
    assert (
        other.returncode == 2
        and len(lines) == 1
        and "run of 2 training process(es)" in lines[0]
        and "--nproc 2" in lines[0]
    ), err[-2000:]
    assert (out / "checkpoints" / "checkpoint-2").is_dir()

    res = train(tiny_corpus, str(tiny_model_dir), out, "tiny", {**SIX_STEPS, "nproc": 2}, log=_quiet)
    assert res.resumed_from and res.resumed_from.endswith("checkpoint-2")
    assert res.metrics["global_step"] == 6 and res.world_size == 2
    assert _losses(res)[-4:] == pytest.approx(_losses(two)[-4:], abs=1e-3)


def test_an_error_in_the_ranks_is_one_line(tmp_path, tiny_corpus, tiny_model_dir):
    """A DeepSpeed config that contradicts the preset's batch passes the launcher's JSON check and fails
    in every rank (transformers' check of DeepSpeed values): one line, non-zero exit, the log's path."""
    bad = tmp_path / "ds.json"
    bad.write_text(json.dumps({"train_micro_batch_size_per_gpu": 3, "zero_optimization": {"stage": 0}}))
    with pytest.raises(TrainingProcessError) as exc:
        train(
            tiny_corpus, str(tiny_model_dir), tmp_path / "bad", "tiny", {"nproc": 2, "deepspeed": str(bad)}, log=_quiet
        )
    msg = str(exc.value)
    assert "\n" not in msg and msg.startswith("training rank ") and "failed: " in msg and "logs/rank-" in msg, msg
    assert exc.value.exit_code == 1
    assert not (tmp_path / "bad" / "codem_provenance.json").exists()
    # a user error inside a rank keeps its kind: the same run with a corpus that the launcher accepted
    # but a rank cannot train on is reported as a ConfigError (exit 2)
    short = {"nproc": 2, "max_length": 20}  # the Figure 2 header alone is longer: no response token is left
    with pytest.raises(ConfigError, match="no training example keeps a response token"):
        train(tiny_corpus, str(tiny_model_dir), tmp_path / "short", "tiny", short, log=_quiet)
