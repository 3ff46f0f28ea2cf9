"""The end-to-end run: presets (config.py), the stage registry's machinery (registry.py) and the
stages themselves in the paper's order (stages.py, ``PIPELINE``). No Prefect imports here: the
Prefect layer (tasks/, flows/, installed as codem_prefect) walks ``PIPELINE``."""
