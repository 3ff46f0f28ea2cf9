"""Figure 2 prompt, response-only labels, padded vs packed collation (isolation and equal loss)."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from codem_core.training.data import IGNORE, PackedCollator, PaddedCollator, pack_lengths, tokenize_rows  # noqa: E402
from codem_core.training.prompts import format_training_prompt  # noqa: E402
from tests.integration.tiny_models import tiny_model_dir  # noqa: E402,F401


def test_figure2_prompt_is_verbatim():
    assert format_training_prompt("Write hello world in Go.") == (
        "Below is an instruction that describes a task, paired with an input that provides further context. "
        "Write a response that appropriately completes the request.\n\n"
        "### Instruction:\nWrite hello world in Go.\n\n### Response:\n"
    )


@pytest.fixture(scope="module")
def tok(tiny_model_dir):  # noqa: F811
    from codem_core.training.models import load_tokenizer

    return load_tokenizer(str(tiny_model_dir))


@pytest.fixture(scope="module")
def model(tiny_model_dir):  # noqa: F811
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32).eval()


ROWS = [
    {"instruction": "Reverse a string in Python.", "response": "def rev(s):\n    return s[::-1]"},
    {"instruction": "Add two numbers in C.", "response": "int add(int a, int b) { return a + b; }"},
    {"instruction": "Say hi.", "response": "hi"},
]


def test_labels_cover_response_and_eos_only(tok):
    ex, stats = tokenize_rows(ROWS, tok, max_length=512)
    assert stats.examples == 3 and stats.dropped == 0
    for row, e in zip(ROWS, ex):
        prompt_ids = tok(format_training_prompt(row["instruction"]), add_special_tokens=False)["input_ids"]
        n = len(prompt_ids)
        assert e["input_ids"][:n] == prompt_ids
        assert all(label == IGNORE for label in e["labels"][:n])
        assert e["labels"][n:] == e["input_ids"][n:]
        assert e["input_ids"][-1] == tok.eos_token_id
        assert tok.decode(e["labels"][n:-1]) == row["response"]


def test_truncation_drops_examples_without_response_tokens(tok):
    ex, stats = tokenize_rows(ROWS, tok, max_length=20)  # the header alone is longer than 20 tokens
    assert ex == [] and stats.dropped == 3
    ex, stats = tokenize_rows(ROWS, tok, max_length=45)
    assert all(len(e["input_ids"]) <= 45 for e in ex)
    assert stats.truncated >= 1


def test_pack_lengths_respects_budget_and_keeps_every_example():
    lengths = [100, 900, 50, 1024, 300, 700, 20]
    bins = pack_lengths(lengths, 1024)
    assert sorted(i for b in bins for i in b) == list(range(len(lengths)))
    assert all(sum(lengths[i] for i in b) <= 1024 for b in bins)
    assert len(bins) == 4  # 3094 tokens: 4 rows of 1024 is the minimum, and FFD reaches it
    # an example longer than the budget still gets a row of its own
    assert pack_lengths([5000], 1024) == [[0]]


def test_packed_collator_with_row_length_keeps_rows_within_budget(tok):
    ex, _ = tokenize_rows(ROWS, tok, max_length=512)
    lengths = sorted(len(e["input_ids"]) for e in ex)
    batch = PackedCollator(tok.pad_token_id, row_length=lengths[-1] + 1)(ex)
    assert batch["input_ids"].shape[0] >= 2 and batch["input_ids"].shape[1] <= lengths[-1] + 1
    assert int((batch["position_ids"] == 0).sum()) >= 3


def test_packed_collator_layout(tok):
    ex, _ = tokenize_rows(ROWS, tok, max_length=512)
    batch = PackedCollator(tok.pad_token_id)(ex)
    assert "attention_mask" not in batch  # transformers derives the block mask from position_ids
    assert batch["input_ids"].shape[0] == 1
    pos = batch["position_ids"][0].tolist()
    starts = [i for i, p in enumerate(pos) if p == 0]
    assert len(starts) == 3
    lab = batch["labels"][0].tolist()
    assert all(lab[s] == IGNORE for s in starts)
    real = sum(len(e["input_ids"]) for e in ex)
    assert batch["input_ids"].shape[1] == real


def test_packed_examples_do_not_attend_to_each_other(tok, model):
    """Logits of each example inside a packed row equal its logits when run alone."""
    ex, _ = tokenize_rows(ROWS, tok, max_length=512)
    batch = PackedCollator(tok.pad_token_id)(ex)
    with torch.no_grad():
        packed = model(**{k: v for k, v in batch.items() if k != "labels"}).logits[0]
        pos = batch["position_ids"][0].tolist()
        starts = [i for i, p in enumerate(pos) if p == 0] + [len(pos)]
        seg_ids = batch["input_ids"][0]
        for a, b in zip(starts, starts[1:]):
            alone = model(input_ids=seg_ids[a:b].unsqueeze(0)).logits[0]
            assert torch.allclose(packed[a:b], alone, atol=1e-4), "packed example saw another example"


def test_without_position_ids_examples_would_leak(tok, model):
    """Control: the same row without restarted positions gives different logits (the test can fail)."""
    ex, _ = tokenize_rows(ROWS, tok, max_length=512)
    batch = PackedCollator(tok.pad_token_id)(ex)
    pos = batch["position_ids"][0].tolist()
    second = [i for i, p in enumerate(pos) if p == 0][1]
    with torch.no_grad():
        leaky = model(input_ids=batch["input_ids"]).logits[0]
        alone = model(input_ids=batch["input_ids"][0, second:].unsqueeze(0)[:, : len(ex[1]["input_ids"])]).logits[0]
    assert not torch.allclose(leaky[second: second + alone.shape[0]], alone, atol=1e-4)


def test_padded_and_packed_give_the_same_loss(tok, model):
    ex, _ = tokenize_rows(ROWS, tok, max_length=512)
    padded = PaddedCollator(tok.pad_token_id)(ex)
    packed = PackedCollator(tok.pad_token_id)(ex)
    with torch.no_grad():
        lp = model(**padded).loss
        lk = model(**packed).loss
    n_pad = (padded["labels"][:, 1:] != IGNORE).sum()
    n_pack = (packed["labels"][:, 1:] != IGNORE).sum()
    assert n_pad == n_pack  # the same supervised tokens
    assert abs(lp.item() - lk.item()) < 1e-4


# --------------------------------------------------------------------------- packs and per-example attention

LONG_ROWS = [{"instruction": f"Task {i}: " + "describe the thing " * (i % 4 + 1), "response": "x = 1\n" * (2 * i + 1)} for i in range(9)]


def test_pack_examples_keeps_whole_examples_within_max_length(tok):
    from codem_core.training.data import pack_examples

    ex, _ = tokenize_rows(LONG_ROWS, tok, max_length=512)
    budget = max(len(e["input_ids"]) for e in ex) + 40
    packs = pack_examples(ex, budget)
    assert 1 < len(packs) < len(ex)  # several examples share a pack, and more than one pack is needed
    assert sum(p["n_examples"] for p in packs) == len(ex)
    assert all(len(p["input_ids"]) == len(p["labels"]) == len(p["position_ids"]) <= budget for p in packs)
    # every example is there, whole, once: split each pack at its position restarts
    pieces = []
    for p in packs:
        starts = [i for i, q in enumerate(p["position_ids"]) if q == 0] + [len(p["position_ids"])]
        assert len(starts) - 1 == p["n_examples"]
        for a, b in zip(starts, starts[1:]):
            assert p["position_ids"][a:b] == list(range(b - a))
            assert p["labels"][a] == IGNORE  # nothing is predicted across a boundary
            pieces.append(tuple(p["input_ids"][a:b]))
    assert sorted(pieces) == sorted(tuple(e["input_ids"]) for e in ex)


def test_collator_flattens_packs_with_example_boundaries(tok):
    from codem_core.training.data import pack_examples

    ex, _ = tokenize_rows(LONG_ROWS, tok, max_length=512)
    packs = pack_examples(ex, max(len(e["input_ids"]) for e in ex) + 40)
    batch = PackedCollator(tok.pad_token_id)(packs[:2])
    n = sum(len(p["input_ids"]) for p in packs[:2])
    assert batch["input_ids"].shape == (1, n) and "attention_mask" not in batch
    cu = batch["cu_seq_lens_q"].tolist()
    assert cu[0] == 0 and cu[-1] == n and len(cu) - 1 == packs[0]["n_examples"] + packs[1]["n_examples"]
    assert batch["cu_seq_lens_q"].dtype == torch.int32 and batch["max_length_q"] == max(b - a for a, b in zip(cu, cu[1:]))


@pytest.fixture()
def fresh_model(tiny_model_dir):  # noqa: F811
    from transformers import AutoModelForCausalLM

    return AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32)


@pytest.mark.parametrize("mode", ["segments", "mask"])
def test_packed_attention_isolates_examples(tok, fresh_model, mode):
    from codem_core.training.attention import restore_attention, use_packed_attention

    ex, _ = tokenize_rows(LONG_ROWS, tok, max_length=512)
    batch = PackedCollator(tok.pad_token_id)(ex)
    previous = use_packed_attention(fresh_model, mode)
    assert previous == "sdpa"
    assert fresh_model.config._attn_implementation == ("codem_segment_sdpa" if mode == "segments" else "sdpa")
    fresh_model.eval()
    with torch.no_grad():
        packed = fresh_model(**{k: v for k, v in batch.items() if k != "labels"}).logits[0]
        restore_attention(fresh_model, previous)
        assert fresh_model.config._attn_implementation == "sdpa"
        cu = batch["cu_seq_lens_q"].tolist()
        for a, b in zip(cu, cu[1:]):
            alone = fresh_model(input_ids=batch["input_ids"][:, a:b]).logits[0]
            assert torch.allclose(packed[a:b], alone, atol=1e-5), f"{mode}: the example at {a} saw another example"


def test_segment_attention_reads_the_boundaries(tok, fresh_model):
    """Control: the same row with one boundary pair covering everything leaks (so the test above can fail)."""
    from codem_core.training.attention import use_packed_attention

    ex, _ = tokenize_rows(LONG_ROWS[:3], tok, max_length=512)
    batch = PackedCollator(tok.pad_token_id)(ex)
    use_packed_attention(fresh_model, "segments")
    fresh_model.eval()
    n = batch["input_ids"].shape[1]
    whole = torch.tensor([0, n], dtype=torch.int32)
    inputs = {k: v for k, v in batch.items() if k != "labels"}
    with torch.no_grad():
        right = fresh_model(**inputs).logits[0]
        wrong = fresh_model(**{**inputs, "cu_seq_lens_q": whole, "cu_seq_lens_k": whole}).logits[0]
    second = batch["cu_seq_lens_q"].tolist()[1]
    assert torch.allclose(right[:second], wrong[:second], atol=1e-5)  # the first example has nothing before it
    assert not torch.allclose(right[second:], wrong[second:], atol=1e-4)


def test_segment_attention_gives_the_padded_loss_and_gradients(tok, tiny_model_dir):  # noqa: F811
    """One training step's worth: packed (per-example SDPA) and padded batches give the same loss and gradients."""
    from transformers import AutoModelForCausalLM

    from codem_core.training.attention import use_packed_attention

    ex, _ = tokenize_rows(LONG_ROWS, tok, max_length=512)
    grads = {}
    losses = {}
    for kind in ("padded", "packed"):
        model = AutoModelForCausalLM.from_pretrained(str(tiny_model_dir), dtype=torch.float32).train()
        if kind == "packed":
            use_packed_attention(model, "segments")
            batch = PackedCollator(tok.pad_token_id)(ex)
        else:
            batch = PaddedCollator(tok.pad_token_id)(ex)
        loss = model(**batch).loss
        loss.backward()
        losses[kind] = loss.item()
        grads[kind] = {n: p.grad.clone() for n, p in model.named_parameters() if p.grad is not None}
    assert abs(losses["padded"] - losses["packed"]) < 1e-5
    assert grads["padded"].keys() == grads["packed"].keys()
    for name, g in grads["padded"].items():
        assert torch.allclose(g, grads["packed"][name], atol=1e-5, rtol=1e-4), name
