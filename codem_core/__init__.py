"""codem_core: the CodeM experiment as a library (no Prefect imports here).

Stages, in the paper's terms: seed -> evolve (depth/breadth) -> corpus -> instruction-tune a
base model per corpus -> generate on multilingual HumanEval -> execute in a sandbox ->
pass@1 matrix -> correlation analysis.
"""

import os as _os

__version__ = "0.1.0"

# CODEM_OFFLINE means offline for the Hugging Face libraries too; set here, before any of them is imported
# (they read their variables once, at import), and again by ``config.get_settings`` for a later change.
if _os.environ.get("CODEM_OFFLINE", "").strip().lower() in ("1", "true", "yes", "on"):
    for _var in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE"):
        _os.environ[_var] = "1"
