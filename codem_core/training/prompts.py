"""The paper's training prompt (Figure 2), Alpaca style.

The header text is the paper's verbatim (it mentions an "input" although CodeM's examples
carry only an instruction and a response).  The loss covers the response tokens only: the
prompt part (header + instruction + ``### Response:\\n``) is masked out in the labels.
"""

from __future__ import annotations

TRAIN_PROMPT_HEADER = (
    "Below is an instruction that describes a task, paired with an input that provides further "
    "context. Write a response that appropriately completes the request."
)


def format_training_prompt(instruction: str) -> str:
    """Everything before the response: the part whose tokens carry no loss."""
    return f"{TRAIN_PROMPT_HEADER}\n\n### Instruction:\n{instruction.strip()}\n\n### Response:\n"


def format_training_example(instruction: str, response: str) -> tuple[str, str]:
    """(prompt, response) as the model sees them; concatenated they are the training text."""
    return format_training_prompt(instruction), response.strip()
