"""codem_core: the CodeM experiment as a library (no Prefect imports here).

Stages, in the paper's terms: seed -> evolve (depth/breadth) -> corpus -> instruction-tune a
base model per corpus -> generate on multilingual HumanEval -> execute in a sandbox ->
pass@1 matrix -> correlation analysis.
"""

__version__ = "0.1.0"
