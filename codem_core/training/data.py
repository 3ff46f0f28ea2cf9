"""Tokenise corpus rows with response-only labels; pad or pack them into batches.

Labels are ``-100`` on prompt tokens (Figure 2 header + instruction + ``### Response:``), so
the loss covers the response and the closing EOS only.  Prompt and response are tokenised
separately and concatenated, so the boundary is exact whatever the tokenizer merges.

Two collators share one contract (a micro-batch of features in, model inputs out):

* ``PaddedCollator``: right-pads to the longest example of the micro-batch (or to a fixed length).
* ``PackedCollator``: concatenates the micro-batch's features into one row (padding-free, as
  transformers' ``DataCollatorWithFlattening``; or, with ``row_length``, into as few rows of
  at most that many tokens as possible), with ``position_ids`` restarting at 0 for each example,
  no ``attention_mask`` and, for a single row, ``cu_seq_lens_q/k`` (example boundaries, the
  flash-attention varlen convention).  ``codem_core.training.attention`` then attends inside
  each example only (per-example SDPA on CPU; flash varlen on GPU); under plain ``sdpa``,
  transformers derives a block-diagonal mask from the position ids instead (this needs
  ``use_cache=False``, which the batch carries).  Either way no example sees another one.

A feature is either one example or a *pack* (``pack_examples``): whole examples concatenated up
to ``max_length`` tokens, first-fit-decreasing over the corpus, so that a per-device batch of 2
holds up to ``2 x max_length`` real tokens instead of 2 examples and their padding.
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


def pack_examples(examples: list[dict], max_length: int) -> list[dict]:
    """Whole examples concatenated into packs of at most ``max_length`` tokens (first-fit decreasing).

    Each pack is a feature for ``PackedCollator``: ``input_ids``/``labels``/``position_ids`` of its
    examples back to back (positions restart at 0 per example; the first label of each example is
    ignored so nothing is predicted across a boundary) and ``n_examples``.  No example is cut.
    """
    packs = []
    for b in pack_lengths([len(e["input_ids"]) for e in examples], max_length):
        ids: list[int] = []
        labels: list[int] = []
        pos: list[int] = []
        for i in b:
            e = examples[i]
            ids += list(e["input_ids"])
            lab = list(e["labels"])
            lab[0] = IGNORE
            labels += lab
            pos += list(range(len(e["input_ids"])))
        packs.append({"input_ids": ids, "labels": labels, "position_ids": pos, "n_examples": len(b)})
    return packs


def _segments(f: dict) -> tuple[list[int], list[int], list[int]]:
    """(ids, labels, positions) of a feature: an example or a pack; no label predicts across a boundary."""
    ids = list(f["input_ids"])
    labels = list(f["labels"])
    pos = list(f["position_ids"]) if "position_ids" in f else list(range(len(ids)))
    for i, p in enumerate(pos):
        if p == 0:
            labels[i] = IGNORE
    return ids, labels, pos


class PackedCollator:
    """Concatenate a micro-batch's features into one row (or rows of <= row_length tokens), no cross-attention."""

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
                fi, fl, fp = _segments(features[i])
                ids += fi
                labels += fl
                pos += fp
            rows.append((ids, labels, pos))
        width = max(len(r[0]) for r in rows)
        ids_t, lab_t, pos_t = [], [], []
        for ids, labels, pos in rows:
            pad = width - len(ids)
            ids_t.append(ids + [self.pad] * pad)
            lab_t.append(labels + [IGNORE] * pad)
            pos_t.append(pos + list(range(pad)))  # padding is its own segment
        # use_cache=False matters: with a cache object transformers skips packed-sequence detection.
        batch: dict[str, Any] = {"input_ids": torch.tensor(ids_t), "labels": torch.tensor(lab_t), "position_ids": torch.tensor(pos_t),
                                 "use_cache": False}
        if len(rows) == 1:
            pos = rows[0][2]
            starts = [i for i, p in enumerate(pos) if p == 0] + [len(pos)]
            cu = torch.tensor(starts, dtype=torch.int32)
            longest = max(b - a for a, b in zip(starts, starts[1:]))
            batch.update(cu_seq_lens_q=cu, cu_seq_lens_k=cu, max_length_q=longest, max_length_k=longest)
        return batch


class ListDataset:
    """A minimal map-style dataset over tokenised examples (what the Trainer needs)."""

    def __init__(self, examples: list[dict]):
        self.examples = examples

    def __len__(self) -> int:
        return len(self.examples)

    def __getitem__(self, i: int) -> dict:
        return self.examples[i]
