"""Corpus rows as TRL prompt-completion examples, and what the prepared dataset holds.

The trainer hands TRL's ``SFTTrainer`` one row per corpus pair: ``prompt`` = the Figure 2 header +
instruction + ``### Response:\\n`` and ``completion`` = the response (TRL appends EOS).  With
``completion_only_loss`` TRL labels the prompt tokens -100, so the loss covers the response and
EOS only; it truncates to ``max_length`` and drops examples left without a response token.

Packing (TRL's ``packing_strategy="bfd"``): whole examples are packed best-fit-decreasing into
packs of at most ``max_length`` tokens, each pack carrying ``seq_lengths``; TRL's padding-free
collator flattens a micro-batch's packs into one row with ``position_ids`` restarting at 0 per
example, the first label of every example ignored, and ``cu_seq_lens_q/k`` (example
boundaries, the flash-attention varlen convention).  ``codem_core.training.attention`` then
attends inside each example only.  ``packing_mode: micro_batch`` uses the same collator on
unpacked examples: each micro-batch's own examples in one row.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from .prompts import format_training_example

IGNORE = -100


@dataclass
class TokenStats:
    examples: int
    dropped: int  # no response token left within max_length
    truncated: int  # cut at max_length (or exactly that long)
    tokens: int
    response_tokens: int
    max_len: int


def prompt_completion_dataset(rows: list[dict]):
    """A ``datasets.Dataset`` of ``{"prompt", "completion"}`` in corpus order (TRL's prompt-completion format)."""
    from datasets import Dataset

    pairs = [format_training_example(r["instruction"], r["response"]) for r in rows]
    return Dataset.from_dict({"prompt": [p for p, _ in pairs], "completion": [c for _, c in pairs]})


def examples_of(dataset) -> Iterator[tuple[list[int], list[int]]]:
    """(input_ids, labels) of every example of a prepared dataset, packs split at their ``seq_lengths``."""
    cols = ["input_ids", "labels"] + (["seq_lengths"] if "seq_lengths" in dataset.column_names else [])
    for row in dataset.select_columns(cols):
        lengths = row.get("seq_lengths") or [len(row["input_ids"])]
        start = 0
        for n in lengths:
            yield row["input_ids"][start : start + n], row["labels"][start : start + n]
            start += n


def token_stats(dataset, rows: int, max_length: int) -> TokenStats:
    """Counts over the examples the trainer will see (``rows``: corpus rows before preparation)."""
    examples = tokens = resp = longest = truncated = 0
    for ids, labels in examples_of(dataset):
        n_resp = sum(1 for x in labels if x != IGNORE)
        if n_resp == 0:  # packing keeps them (TRL truncates, no filter): they add no loss
            continue
        examples += 1
        tokens += len(ids)
        resp += n_resp
        longest = max(longest, len(ids))
        truncated += len(ids) >= max_length
    return TokenStats(examples, rows - examples, truncated, tokens, resp, longest)
