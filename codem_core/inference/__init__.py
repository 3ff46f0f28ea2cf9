"""Inference (paper section 3): Figure 3 prompt, greedy decoding, stop rules, code extraction.

Import-light: torch/transformers load only inside ``backends`` when a model is used.
"""
