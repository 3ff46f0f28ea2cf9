"""Figure 2 prompt, response-only labels, padded vs packed batches on the trainer's own data path
(TRL's SFTTrainer: prompt-completion rows, completion-only loss, BFD packs, padding-free collator)."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("trl")

from codem_core.errors import ConfigError  # noqa: E402
from codem_core.training.data import IGNORE, examples_of  # noqa: E402
from codem_core.training.prompts import format_training_prompt  # noqa: E402
from tests.integration.tiny_models import prepared_run  # noqa: E402


def test_figure2_prompt_is_verbatim():
    assert format_training_prompt("Write hello world in Go.") == (
        "Below is an instruction that describes a task, paired with an input that provides further context. "
        "Write a response that appropriately completes the request.\n\n"
        "### Instruction:\nWrite hello world in Go.\n\n### Response:\n"
    )


ROWS = [
    {"instruction": "Reverse a string in Python.", "response": "def rev(s):\n    return s[::-1]"},
    {"instruction": "Add two numbers in C.", "response": "int add(int a, int b) { return a + b; }"},
    {"instruction": "Say hi.", "response": "hi"},
]
LONG_ROWS = [
    {"instruction": f"Task {i}: " + "describe the thing " * (i % 4 + 1), "response": "x = 1\n" * (2 * i + 1)}
    for i in range(9)
]


@pytest.fixture(scope="module")
def plain(tiny_model_dir, tmp_path_factory):
    return prepared_run(ROWS, tiny_model_dir, tmp_path_factory.mktemp("plain"))


@pytest.fixture(scope="module")
def flat(tiny_model_dir, tmp_path_factory):
    """packing_mode micro_batch: the same examples, each micro-batch flattened into one row."""
    return prepared_run(
        ROWS, tiny_model_dir, tmp_path_factory.mktemp("flat"), {"packing": True, "packing_mode": "micro_batch"}
    )


@pytest.fixture(scope="module")
def tok(plain):
    return plain.tokenizer


@pytest.fixture(scope="module")
def model(tiny_model_dir):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32).eval()


def _examples(run) -> list[dict]:
    return [{"input_ids": ids, "labels": labels} for ids, labels in examples_of(run.trainer.train_dataset)]


def test_labels_cover_response_and_eos_only(plain, tok):
    ex = _examples(plain)
    assert plain.stats.examples == 3 and plain.stats.dropped == 0 and len(ex) == 3
    for row, e in zip(ROWS, ex):  # corpus order (the sampler shuffles, the dataset does not)
        prompt_ids = tok(format_training_prompt(row["instruction"]), add_special_tokens=False)["input_ids"]
        n = len(prompt_ids)
        assert e["input_ids"][:n] == prompt_ids
        assert all(label == IGNORE for label in e["labels"][:n])
        assert e["labels"][n:] == e["input_ids"][n:]
        assert e["input_ids"][-1] == tok.eos_token_id
        assert tok.decode(e["labels"][n:-1]) == row["response"]
        # the response tokenised alone: the boundary does not merge tokens across prompt and response
        assert e["input_ids"][n:-1] == tok(row["response"], add_special_tokens=False)["input_ids"]


def test_truncation_drops_examples_without_response_tokens(tiny_model_dir, tmp_path):
    with pytest.raises(ConfigError, match="no training example keeps a response token"):
        prepared_run(
            ROWS, tiny_model_dir, tmp_path / "a", {"max_length": 20}
        )  # the header alone is longer than 20 tokens
    run = prepared_run(ROWS, tiny_model_dir, tmp_path / "b", {"max_length": 45})
    prompts = [
        len(run.tokenizer(format_training_prompt(r["instruction"]), add_special_tokens=False)["input_ids"])
        for r in ROWS
    ]
    kept = [n < 45 for n in prompts]  # an example keeps a response token iff its prompt is shorter than max_length
    assert 0 < sum(kept) < 3, prompts  # the case: some prompts fill max_length, some do not
    assert run.stats.dropped == 3 - sum(kept) and run.stats.examples == sum(kept)
    assert all(len(e["input_ids"]) <= 45 for e in _examples(run)) and run.stats.truncated >= 1


def test_flattened_micro_batch_layout(flat):
    ex = _examples(flat)
    batch = flat.trainer.data_collator(ex)
    assert "attention_mask" not in batch and batch["input_ids"].shape[0] == 1
    pos = batch["position_ids"][0].tolist()
    starts = [i for i, p in enumerate(pos) if p == 0]
    assert len(starts) == 3
    lab = batch["labels"][0].tolist()
    assert all(lab[s] == IGNORE for s in starts)
    assert batch["input_ids"].shape[1] == sum(len(e["input_ids"]) for e in ex)  # not a pad token
    assert batch["cu_seq_lens_q"].tolist() == starts + [len(pos)] and batch["cu_seq_lens_q"].dtype == torch.int32


def _inputs(batch: dict) -> dict:
    # use_cache=False as in training (SFTTrainer sets it): with a cache, transformers skips packed-sequence detection
    return {**{k: v for k, v in batch.items() if k != "labels"}, "use_cache": False}


def test_packed_examples_do_not_attend_to_each_other(flat, model):
    """Logits of each example inside a flattened row equal its logits when run alone."""
    batch = flat.trainer.data_collator(_examples(flat))
    with torch.no_grad():
        packed = model(**_inputs(batch)).logits[0]
        cu = batch["cu_seq_lens_q"].tolist()
        for a, b in zip(cu, cu[1:]):
            alone = model(input_ids=batch["input_ids"][:, a:b]).logits[0]
            assert torch.allclose(packed[a:b], alone, atol=1e-4), "packed example saw another example"


def test_without_position_ids_examples_would_leak(flat, model):
    """Control: the same row without restarted positions gives different logits (the test above can fail)."""
    batch = flat.trainer.data_collator(_examples(flat))
    a, b = batch["cu_seq_lens_q"].tolist()[1:3]
    with torch.no_grad():
        leaky = model(input_ids=batch["input_ids"]).logits[0]
        alone = model(input_ids=batch["input_ids"][:, a:b]).logits[0]
    assert not torch.allclose(leaky[a:b], alone, atol=1e-4)


def _per_token_loss(model, batch) -> torch.Tensor:
    """The loss of every supervised token, in order (the model's shift: logits[i] predicts labels[i + 1])."""
    logits = model(**_inputs(batch)).logits
    labels = batch["labels"]
    logits, labels = logits[:, :-1].reshape(-1, logits.shape[-1]), labels[:, 1:].reshape(-1)
    keep = labels != IGNORE
    return torch.nn.functional.cross_entropy(logits[keep], labels[keep], reduction="none")


def test_padded_and_flattened_give_the_same_per_token_loss(plain, flat, model):
    padded = plain.trainer.data_collator(_examples(plain))
    packed = flat.trainer.data_collator(_examples(flat))
    assert "attention_mask" in padded and padded["input_ids"].shape[0] == 3
    with torch.no_grad():
        per_pad = _per_token_loss(model, padded)
        per_pack = _per_token_loss(model, packed)
        lp, lk = model(**padded, use_cache=False).loss, model(**packed, use_cache=False).loss
    # the same supervised tokens, in the same order, each with the same loss; prompt tokens carry none
    assert per_pad.shape == per_pack.shape and per_pad.numel() == plain.stats.response_tokens
    assert torch.allclose(per_pad, per_pack, atol=1e-4)
    assert abs(lp.item() - lk.item()) < 1e-4


# --------------------------------------------------------------------------- packs and per-example attention


@pytest.fixture(scope="module")
def packs(tiny_model_dir, tmp_path_factory):
    """Packs of at most 160 tokens (each example is 60-110): several examples share a pack."""
    return prepared_run(
        LONG_ROWS, tiny_model_dir, tmp_path_factory.mktemp("packs"), {"packing": True, "max_length": 160}
    )


def test_packs_keep_whole_examples_within_max_length(packs, tiny_model_dir, tmp_path):
    ds = packs.trainer.train_dataset
    alone = _examples(prepared_run(LONG_ROWS, tiny_model_dir, tmp_path, {"max_length": 160}))
    assert 1 < len(ds) < len(alone) == 9  # several examples share a pack, and more than one pack is needed
    assert all(len(p["input_ids"]) == len(p["labels"]) == sum(p["seq_lengths"]) <= 160 for p in ds)
    # every example is there, whole, once, with its own labels
    assert sorted(map(tuple, (e["input_ids"] for e in _examples(packs)))) == sorted(
        tuple(e["input_ids"]) for e in alone
    )
    assert sorted(map(tuple, (e["labels"] for e in _examples(packs)))) == sorted(tuple(e["labels"]) for e in alone)


def test_collator_flattens_packs_with_example_boundaries(packs):
    features = [packs.trainer.train_dataset[i] for i in range(2)]
    batch = packs.trainer.data_collator(features)
    n = sum(len(f["input_ids"]) for f in features)
    assert batch["input_ids"].shape == (1, n) and "attention_mask" not in batch
    cu = batch["cu_seq_lens_q"].tolist()
    assert cu[0] == 0 and cu[-1] == n and len(cu) - 1 == sum(len(f["seq_lengths"]) for f in features)
    assert batch["max_length_q"] == max(b - a for a, b in zip(cu, cu[1:]))
    labels = batch["labels"][0].tolist()
    assert all(labels[a] == IGNORE for a in cu[:-1])  # nothing is predicted across a boundary


@pytest.fixture()
def fresh_model(tiny_model_dir):
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32)


@pytest.mark.parametrize("mode", ["segments", "mask"])
def test_packed_attention_isolates_examples(packs, fresh_model, mode):
    from codem_core.training.attention import restore_attention, use_packed_attention

    batch = packs.trainer.data_collator(
        [packs.trainer.train_dataset[i] for i in range(len(packs.trainer.train_dataset))]
    )
    previous = use_packed_attention(fresh_model, mode)
    assert previous == "sdpa"
    assert fresh_model.config._attn_implementation == ("codem_segment_sdpa" if mode == "segments" else "sdpa")
    fresh_model.eval()
    with torch.no_grad():
        packed = fresh_model(**_inputs(batch)).logits[0]
        restore_attention(fresh_model, previous)
        assert fresh_model.config._attn_implementation == "sdpa"
        cu = batch["cu_seq_lens_q"].tolist()
        for a, b in zip(cu, cu[1:]):
            alone = fresh_model(input_ids=batch["input_ids"][:, a:b]).logits[0]
            assert torch.allclose(packed[a:b], alone, atol=1e-5), f"{mode}: the example at {a} saw another example"


def test_segment_attention_reads_the_boundaries(packs, fresh_model):
    """Control: the same row with one boundary pair covering everything leaks (so the test above can fail)."""
    from codem_core.training.attention import BOUNDS_KEY, use_packed_attention

    ds = packs.trainer.train_dataset
    fullest = max(range(len(ds)), key=lambda i: len(ds[i]["seq_lengths"]))
    batch = packs.trainer.data_collator([ds[fullest]])
    assert len(ds[fullest]["seq_lengths"]) >= 2
    use_packed_attention(fresh_model, "segments")
    fresh_model.eval()
    n = batch["input_ids"].shape[1]
    whole = torch.tensor([0, n], dtype=torch.int32)
    inputs = _inputs(batch)
    with torch.no_grad():
        right = fresh_model(**inputs).logits[0]
        # the trainer's collator also hands the boundaries over as host ints (BOUNDS_KEY): replace both
        wrong = {**inputs, "cu_seq_lens_q": whole, "cu_seq_lens_k": whole, BOUNDS_KEY: (0, n)}
        wrong = fresh_model(**wrong).logits[0]
    second = batch["cu_seq_lens_q"].tolist()[1]
    assert torch.allclose(right[:second], wrong[:second], atol=1e-5)  # the first example has nothing before it
    assert not torch.allclose(right[second:], wrong[second:], atol=1e-4)


def test_segment_attention_gives_the_padded_loss_and_gradients(packs, tiny_model_dir, tmp_path):
    """One training step's worth: packed (per-example SDPA) and padded batches give the same loss and gradients."""
    from transformers import AutoModelForCausalLM

    from codem_core.training.attention import use_packed_attention

    padded_run = prepared_run(LONG_ROWS, tiny_model_dir, tmp_path, {"max_length": 160})
    packed_batch = packs.trainer.data_collator(
        [packs.trainer.train_dataset[i] for i in range(len(packs.trainer.train_dataset))]
    )
    padded_batch = padded_run.trainer.data_collator(_examples(padded_run))
    grads, losses = {}, {}
    for kind, batch in (("padded", padded_batch), ("packed", packed_batch)):
        model = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32).train()
        if kind == "packed":
            use_packed_attention(model, "segments")
        loss = model(**batch, use_cache=False).loss
        loss.backward()
        losses[kind] = loss.item()
        grads[kind] = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
    assert abs(losses["padded"] - losses["packed"]) < 1e-5
    assert grads["padded"].keys() == grads["packed"].keys()
    for name, g in grads["padded"].items():
        assert torch.allclose(g, grads["packed"][name], atol=1e-5, rtol=1e-4), name
