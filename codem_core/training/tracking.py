"""Experiment tracking: the preset's ``report_to`` (none by default) through transformers' integrations.

``report_to: [tensorboard]`` (or wandb, mlflow, any integration transformers knows) turns on the
HF Trainer's callback for it; TensorBoard event files go to ``OUT/runs``.  transformers logs the
loss, learning rate and grad norm of every logging step and the TrainingArguments; codem adds
the run's own parameters (``RunParamsCallback``): the codem config, corpus (path, rows, sha256),
base model, process count and global batch, run key, versions and commit, as TensorBoard
hparams + a JSON text, wandb config, or mlflow params.  A named integration that is not
installed fails before anything loads, with one line.
"""

from __future__ import annotations

import json

from ..errors import ConfigError

# the Python package each common integration needs (transformers' own names)
_PACKAGES = {
    "tensorboard": "tensorboard or tensorboardX",
    "wandb": "wandb",
    "mlflow": "mlflow",
    "comet_ml": "comet_ml",
    "clearml": "clearml",
    "dvclive": "dvclive",
    "trackio": "trackio",
    "swanlab": "swanlab",
}


def check_report_to(names: list[str]) -> None:
    """Every name is a transformers integration that is installed here; else one line."""
    if not names:
        return
    try:
        from transformers.integrations import get_available_reporting_integrations
        from transformers.integrations.integration_utils import INTEGRATION_TO_CALLBACK
    except ImportError:  # no ML stack: the trainer cannot run either, and says so itself
        return
    known = set(INTEGRATION_TO_CALLBACK)
    available = set(get_available_reporting_integrations())
    for name in names:
        if name not in known:
            raise ConfigError(f"report_to: unknown tracker {name!r}; use none or any of {', '.join(sorted(known))}")
        if name not in available:
            raise ConfigError(
                f"report_to: {name} is not installed (pip install {_PACKAGES.get(name, name)}), or use report_to: none"
            )


def flatten(params: dict, prefix: str = "") -> dict[str, str | int | float | bool]:
    """``{"config": {"lr": 1}}`` -> ``{"config.lr": 1}``; lists and None as JSON text (what trackers accept)."""
    flat: dict[str, str | int | float | bool] = {}
    for key, value in params.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(flatten(value, name + "."))
        elif isinstance(value, (str, int, float, bool)):
            flat[name] = value
        else:
            flat[name] = json.dumps(value, default=str)
    return flat


def _callback():
    from transformers import TrainerCallback

    return TrainerCallback


class RunParamsCallback(_callback()):
    """Logs codem's run parameters to each active tracker once, when training starts (rank 0 only)."""

    def __init__(self, params: dict):
        self.params = params
        self.trainer_callbacks: list = []  # the trainer's callback list (set once the trainer exists)

    def on_train_begin(self, args, state, control, **kwargs):
        if not state.is_world_process_zero or not args.report_to:
            return
        flat = flatten({"codem": self.params})
        for cb in self.trainer_callbacks:
            name = type(cb).__name__
            if name == "TensorBoardCallback" and getattr(cb, "tb_writer", None) is not None:
                writer = cb.tb_writer
                writer.add_text(
                    "codem/run_params", "```json\n" + json.dumps(self.params, indent=2, default=str) + "\n```"
                )
                if hasattr(writer, "add_hparams"):
                    writer.add_hparams({k: v for k, v in flat.items() if len(str(v)) <= 250}, {}, run_name=".")
                writer.flush()
            elif name == "WandbCallback" and getattr(cb, "_wandb", None) is not None and cb._wandb.run is not None:
                cb._wandb.config.update({"codem": self.params}, allow_val_change=True)
            elif name == "MLflowCallback" and getattr(cb, "_ml_flow", None) is not None:
                # mlflow caps a param value at 6000 characters (500 in old servers): long ones are cut
                items = [(k, str(v)[:500]) for k, v in flat.items()]
                for i in range(0, len(items), 100):  # and at 100 params per batch
                    cb._ml_flow.log_params(dict(items[i : i + 100]))
