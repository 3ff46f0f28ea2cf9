"""Settings shared by every stage, read from the environment (prefix ``CODEM_``).

pydantic-settings does the parsing and validation, so a bad value fails with a clear message
before any work starts. Defaults give the embedded setup: one CPU machine, local files.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, ValidationError
from pydantic_settings import BaseSettings, SettingsConfigDict

from .errors import ConfigError


def _default_home() -> Path:
    return Path.home() / ".cache" / "codem"


class Settings(BaseSettings):
    """Process-wide settings. Every field maps to ``CODEM_<FIELD>`` in the environment."""

    model_config = SettingsConfigDict(env_prefix="CODEM_", extra="ignore")

    data_dir: Path | None = Field(
        default=None,
        description="Folder laid out like ../shared/data (humaneval-x/, codealpaca/, ...). "
        "When unset, data sets come from the Hugging Face hub.",
    )
    home: Path = Field(default_factory=_default_home, description="Caches (verdicts, hub data, toolchain builds).")
    offline: bool = Field(default=False, description="Never try the hub, even when data_dir lacks a file.")
    hub_mirror: Path | None = Field(
        default=None,
        description="Folder holding <owner>/<name>/ copies of hub data sets (save_to_disk folders or data files), "
        "read instead of the hub for hub:<owner>/<name> specs (codem_core/hub.py). Unset: the hub.",
    )
    sandbox: str = Field(default="bwrap", description="Execution sandbox: bwrap (default), docker, or none (unsafe).")
    workers: int = Field(default=0, description="Parallel executions; 0 means one per CPU core.")

    scratch_dir: Path | None = Field(
        default=None,
        description="Where sandboxed jobs get their work dirs and toolchain artefacts (precompiled headers, "
        "Go export data). Must be traversable by the sandbox user; default /tmp/codem-<uid>.",
    )

    @property
    def verdict_cache_dir(self) -> Path:
        return self.home / "verdicts"

    @property
    def scratch_root(self) -> Path:
        import os
        import tempfile

        return self.scratch_dir or Path(tempfile.gettempdir()) / f"codem-{os.getuid()}"


# what the Hugging Face libraries read to stay off the network
HUB_OFFLINE_VARS = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE", "HF_DATASETS_OFFLINE")


def apply_hub_offline() -> None:
    """``CODEM_OFFLINE`` means offline for the hub libraries too: their variables (inherited by every child
    process: training ranks, servers) and, when huggingface_hub is already imported, its constant."""
    import os
    import sys

    for var in HUB_OFFLINE_VARS:
        os.environ[var] = "1"
    constants = sys.modules.get("huggingface_hub.constants")
    if constants is not None:
        constants.HF_HUB_OFFLINE = True


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    try:
        settings = Settings()
    except ValidationError as exc:  # one line per the CLI contract
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first.get("loc", ()))
        raise ConfigError(f"bad setting CODEM_{field.upper()}: {first.get('msg')}") from None
    if settings.offline:
        apply_hub_offline()
    return settings
