"""Training bugs found earlier, pinned: DeepSpeed state leaking from an earlier in-process run,
and packing that must fill each pack with whole examples up to ``max_length``."""

from __future__ import annotations

import os

import pytest

torch = pytest.importorskip("torch")

from codem_core.training.presets import load_preset  # noqa: E402
from codem_core.training.trainer import ensure_distributed_env, train  # noqa: E402
from tests.integration.tiny_models import child_env  # noqa: E402


def test_a_run_without_deepspeed_after_a_deepspeed_run_in_the_same_process(
    tmp_path, monkeypatch, tiny_corpus, tiny_model_dir
):
    """A DeepSpeed run leaves ``ACCELERATE_USE_DEEPSPEED=true`` (and a rendezvous: RANK,
    MASTER_PORT...) in the process environment. The next run without DeepSpeed silently became
    a DeepSpeed run, and CLI subprocesses inherited the rendezvous port the parent still held
    (EADDRINUSE in the SmolLM2 smoke test after the ZeRO-2 test). Fixed in c420c07 (the trainer
    clears the accelerate DeepSpeed variables when the config has no DeepSpeed) and 62a3c42
    (subprocesses get ``child_env()``, without rendezvous variables)."""
    rendezvous = ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT")
    saved = {var: os.environ.pop(var, None) for var in rendezvous}
    try:
        ensure_distributed_env()  # what the earlier DeepSpeed run did
        monkeypatch.setenv("ACCELERATE_USE_DEEPSPEED", "true")
        monkeypatch.setenv("ACCELERATE_DEEPSPEED_ZERO_STAGE", "2")
        assert "MASTER_PORT" in os.environ
        assert not any(k in child_env() for k in ("MASTER_PORT", "RANK", "ACCELERATE_USE_DEEPSPEED"))

        train(tiny_corpus, str(tiny_model_dir), tmp_path / "model", "tiny", {"max_steps": 1}, log=lambda _m: None)
        assert "ACCELERATE_USE_DEEPSPEED" not in os.environ and "ACCELERATE_DEEPSPEED_ZERO_STAGE" not in os.environ
    finally:
        for var, value in saved.items():
            if value is None:
                os.environ.pop(var, None)
            else:
                os.environ[var] = value


def _examples(lengths: list[int]) -> list[dict]:
    out = []
    for n, length in enumerate(lengths):
        ids = [1000 * (n + 1) + k for k in range(length)]  # every token names its example
        out.append({"input_ids": ids, "labels": list(ids)})
    return out


def test_max_length_packing_fills_packs_with_whole_examples():
    """``packing_mode: max_length`` (4a1a556, now TRL's best-fit-decreasing packing): whole examples
    are packed into packs of at most ``max_length`` tokens, so a step of N packs sees up to N x
    max_length real tokens instead of N examples and their padding. No example is cut or repeated,
    and the collator ignores the first label of every example (nothing predicted across a boundary)."""
    from datasets import Dataset
    from trl.data_utils import pack_dataset
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    from codem_core.training.data import IGNORE

    assert load_preset("tiny").packing_mode == "max_length"  # the default the presets train with
    lengths = [7, 3, 5, 5, 2, 8, 4, 6]  # 40 tokens: 4 full packs of 10 exist
    examples = _examples(lengths)
    packs = pack_dataset(
        Dataset.from_list(examples), 10, "bfd"
    )  # what SFTConfig(packing=True, packing_strategy="bfd") runs
    assert len(packs) == 4 and [len(p["input_ids"]) for p in packs] == [10, 10, 10, 10]
    seen = []
    collate = DataCollatorForLanguageModeling(pad_token_id=0, padding_free=True)
    for p in packs:
        batch = collate([p])
        cu = batch["cu_seq_lens_q"].tolist()
        labels = batch["labels"][0].tolist()
        for a, b in zip(cu, cu[1:]):
            example = p["input_ids"][a:b]
            owner = example[0] // 1000 - 1
            assert example == examples[owner]["input_ids"]  # whole, in order
            assert labels[a] == IGNORE and labels[a + 1 : b] == example[1:]
            seen.append(owner)
    assert sorted(seen) == list(range(len(lengths)))
