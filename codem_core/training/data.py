"""Tokenise corpus rows with response-only labels; pad or pack them into batches.

Labels are ``-100`` on prompt tokens (Figure 2 header + instruction + ``### Response:``), so
the loss covers the response and the closing EOS only.  Prompt and response are tokenised
separately and concatenated, so the boundary is exact whatever the tokenizer merges.

Two collators share one contract (a micro-batch of examples in, model inputs out):

* ``PaddedCollator``: right-pads to the longest example of the micro-batch.
* ``PackedCollator``: concatenates the micro-batch's examples into one row (padding-free, as
  transformers' ``DataCollatorWithFlattening``; or, with ``row_length``, into as few rows of
  at most that many tokens as possible), with ``position_ids`` restarting at 0 for each example
  and no ``attention_mask``.  transformers then builds a block-diagonal causal mask from the
  position ids (sdpa/eager) or runs varlen flash-attention (GPU), so examples never attend
  to each other (this needs ``use_cache=False``, which the batch carries).  The same examples, the same labels: the gradient is the one of the padded
  micro-batch, without computing on pad tokens.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .prompts import format_training_example

IGNORE = -100


@dataclass
class TokenStats:
    examples: int
    dropped: int  # no response token left after truncation
    truncated: int
    tokens: int
    response_tokens: int
    max_len: int


def tokenize_rows(rows: list[dict], tokenizer, max_length: int) -> tuple[list[dict], TokenStats]:
    """``[{"input_ids": [...], "labels": [...]}]`` for each row that keeps a response token."""
    prompts, responses = zip(*(format_training_example(r["instruction"], r["response"]) for r in rows)) if rows else ((), ())
    p_ids = tokenizer(list(prompts), add_special_tokens=False)["input_ids"]
    r_ids = tokenizer(list(responses), add_special_tokens=False)["input_ids"]
    eos = tokenizer.eos_token_id
    bos = [tokenizer.bos_token_id] if getattr(tokenizer, "add_bos_token", False) and tokenizer.bos_token_id is not None else []
    out: list[dict] = []
    dropped = truncated = tokens = resp = longest = 0
    for p, r in zip(p_ids, r_ids):
        prompt = bos + list(p)
        answer = list(r) + ([eos] if eos is not None else [])
        ids = prompt + answer
        labels = [IGNORE] * len(prompt) + answer
        if len(ids) > max_length:
            truncated += 1
            ids, labels = ids[:max_length], labels[:max_length]
        n_resp = sum(1 for x in labels if x != IGNORE)
        if n_resp == 0:
            dropped += 1
            continue
        out.append({"input_ids": ids, "labels": labels})
        tokens += len(ids)
        resp += n_resp
        longest = max(longest, len(ids))
    return out, TokenStats(len(out), dropped, truncated, tokens, resp, longest)


class PaddedCollator:
    """Right padding to the longest example in the micro-batch, or to a fixed length."""

    def __init__(self, pad_token_id: int, pad_to_multiple_of: int | None = None, fixed_length: int | None = None):
        self.pad = pad_token_id
        self.multiple = pad_to_multiple_of
        self.fixed = fixed_length

    def __call__(self, features: list[dict]) -> dict[str, Any]:
        import torch

        width = max(len(f["input_ids"]) for f in features)
        if self.fixed:
            width = max(width, self.fixed)
        elif self.multiple:
            width = -(-width // self.multiple) * self.multiple
        ids, labels, mask = [], [], []
        for f in features:
            n = len(f["input_ids"])
            ids.append(list(f["input_ids"]) + [self.pad] * (width - n))
            labels.append(list(f["labels"]) + [IGNORE] * (width - n))
            mask.append([1] * n + [0] * (width - n))
        return {"input_ids": torch.tensor(ids), "labels": torch.tensor(labels), "attention_mask": torch.tensor(mask)}


def pack_lengths(lengths: list[int], max_length: int) -> list[list[int]]:
    """First-fit-decreasing bins of example indices, each bin's total <= max_length."""
    order = sorted(range(len(lengths)), key=lambda i: -lengths[i])
    bins: list[list[int]] = []
    room: list[int] = []
    for i in order:
        for b, free in enumerate(room):
            if lengths[i] <= free:
                bins[b].append(i)
                room[b] -= lengths[i]
                break
        else:
            bins.append([i])
            room.append(max_length - lengths[i])
    return [sorted(b) for b in bins]


class PackedCollator:
    """Concatenate a micro-batch's examples into rows of <= max_length tokens, no cross-attention."""

    def __init__(self, pad_token_id: int, row_length: int | None = None):
        self.pad = pad_token_id
        self.row_length = row_length

    def __call__(self, features: list[dict]) -> dict[str, Any]:
        import torch

        lengths = [len(f["input_ids"]) for f in features]
        bins = pack_lengths(lengths, self.row_length) if self.row_length else [list(range(len(features)))]
        rows = []
        for b in bins:
            ids: list[int] = []
            labels: list[int] = []
            pos: list[int] = []
            for i in b:
                f = features[i]
                ids += list(f["input_ids"])
                lab = list(f["labels"])
                lab[0] = IGNORE  # never predict across an example boundary
                labels += lab
                pos += list(range(len(f["input_ids"])))
            rows.append((ids, labels, pos))
        width = max(len(r[0]) for r in rows)
        ids_t, lab_t, pos_t = [], [], []
        for ids, labels, pos in rows:
            pad = width - len(ids)
            ids_t.append(ids + [self.pad] * pad)
            lab_t.append(labels + [IGNORE] * pad)
            pos_t.append(pos + list(range(pad)))  # padding is its own segment
        # use_cache=False matters: with a cache object transformers skips packed-sequence detection.
        return {"input_ids": torch.tensor(ids_t), "labels": torch.tensor(lab_t), "position_ids": torch.tensor(pos_t), "use_cache": False}


class ListDataset:
    """A minimal map-style dataset over tokenised examples (what the Trainer needs)."""

    def __init__(self, examples: list[dict]):
        self.examples = examples

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, i: int) -> dict:
        return self.examples[i]
