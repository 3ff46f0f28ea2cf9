"""Instruction tuning (paper section 2.2): Figure 2 prompt, loss on response tokens only.

Import-light on purpose: torch/transformers/peft/deepspeed load only inside the functions
that train (``codem_core.training.trainer``) so that ``codem --help`` stays fast.
"""

from .prompts import TRAIN_PROMPT_HEADER, format_training_prompt

__all__ = ["TRAIN_PROMPT_HEADER", "format_training_prompt"]
