"""Pipeline presets: every setting of the end-to-end run (``codem`` flow) in one validated object.

    cfg = load_pipeline_preset("demo", {"generate": {"max_new_tokens": 64}})

Presets live in ``codem_core/pipeline/presets/<name>.yaml`` (``tiny``: tests, ``demo``: the
embedded CPU demo, ``paper``: the published scale) or any YAML path. Overrides are a nested
dict merged over the preset (``{"train": {"overrides": {"max_steps": 2}}}``) or dotted
``section.key=value`` strings (``parse_dotted``). Unknown preset, section or key: one
ConfigError line.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from ..errors import ConfigError
from ..inputs import read_text_file
from ..io import stable_hash
from ..languages import EVAL_LANGUAGES, EVALUABLE_LANGUAGES, TRAIN_LANGUAGES, parse_languages

PRESETS_DIR = Path(__file__).resolve().parent / "presets"
ALL_CORPORA: tuple[str, ...] = (*TRAIN_LANGUAGES, "mixed")
STAGES: tuple[str, ...] = ("evolve", "train", "generate", "execute", "report")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TeacherSettings(_Strict):
    kind: Literal["local", "openai"] = "local"
    url: str | None = None  # openai kind: the OpenAI-compatible endpoint
    model: str = "smollm2-135m-instruct"
    api_key_env: str | None = None  # name of the environment variable holding the key
    concurrency: int = Field(4, ge=1)
    timeout: float = Field(120.0, gt=0)
    max_attempts: int = Field(8, ge=1)
    n_threads: int | None = Field(None, ge=1)  # local kind: llama.cpp threads (default: all cores)


class EvolveSettings(_Strict):
    per_language: int = Field(2, ge=1)
    seed: int = 42
    # hub (CodeAlpaca-20K, the paper's) | hub:<owner>/<name>[...] | local:<path> | auto (a CodeAlpaca file in
    # CODEM_DATA_DIR: the offline demo's 2K subset); see codem_core/evolution/seeds.py
    seeds: str = "hub"
    allow_fewer_seeds: bool = False  # a filtered pool smaller than per_language fails before any request unless set
    templates: str = "evol-instruct"  # evol-instruct | compact (short prompts for a small local teacher) | a folder
    evolve_max_tokens: int = Field(512, ge=1)
    answer_max_tokens: int = Field(1024, ge=1)
    evolve_temperature: float = 0.7
    answer_temperature: float = 0.2
    decontaminate: bool = True


class TrainSettings(_Strict):
    preset: str = "paper"  # a training preset (codem_core/training/presets)
    base_model: str | None = None  # default: the training preset's base model
    overrides: dict[str, Any] = Field(default_factory=dict)


class GenerateSettings(_Strict):
    backend: Literal["transformers", "openai"] = "transformers"
    base_url: str | None = None
    # backend openai: server none = ask the server at base_url, for served_model_name (else the first model it
    # lists); auto | vllm | llama.cpp | command = start a server for each model (codem_core/inference/server.py)
    # and ask it by the model's name (base, codem-<corpus>), never by its local folder.
    server: Literal["none", "auto", "vllm", "llama.cpp", "command"] = "none"
    server_command: str | None = None  # server command: a command line with {model} {name} {port} {python}
    served_model_name: str | None = None
    problems_per_language: int | None = Field(None, ge=1)  # None: the whole benchmark
    max_new_tokens: int = Field(512, ge=1)
    batch_size: int = Field(8, ge=1)
    dtype: str = "auto"
    # decoding: greedy, one sample per problem (the paper's pass@1) unless temperature > 0; then n samples per
    # problem, sample i of a problem drawn from its own seed derived from (seed, task id, i) (docs/evaluation.md)
    n: int = Field(1, ge=1)
    temperature: float = Field(0.0, ge=0)
    top_p: float = Field(1.0, gt=0, le=1)
    seed: int = Field(0, ge=0)

    @model_validator(mode="after")
    def _sampling(self) -> GenerateSettings:
        if self.n > 1 and self.temperature == 0:
            raise ValueError(f"n={self.n} needs temperature > 0: greedy decoding gives the same answer every time")
        return self


class ExecuteSettings(_Strict):
    sandbox: str | None = None  # default: CODEM_SANDBOX (bwrap)
    workers: int | None = None
    # fan-out: each model's samples split into this many chunks of whole problems, run as concurrent tasks (over
    # Dask workers with CODEM_DASK_ADDRESS) and merged into the same results; 1: one task per model. Like workers,
    # it changes where the programs run, not the verdicts, so it is not part of the cache key.
    chunks: int = Field(1, ge=1)


class ReportSettings(_Strict):
    # which of the paper's tables goes beside the run: auto (the run's own scale, from its base model: StarCoder
    # 7B -> Table 1, StarCoder 15B -> Table 2, anything else -> none) | 7B | 15B | none (codem_core/analysis/paper.py)
    paper_table: str = "auto"
    rows: Literal["single-language", "with-mixed"] = "single-language"  # Figure 4's rows (the paper: single-language)
    include_base: bool = False
    values: Literal["pass@1", "gain"] = "pass@1"

    @model_validator(mode="before")
    @classmethod
    def _paper_flag(cls, data: Any) -> Any:
        """``paper: true/false`` (before paper_table existed) reads as paper_table auto/none."""
        if isinstance(data, dict) and "paper" in data:
            data = dict(data)
            flag = data.pop("paper")
            data["paper_table"] = "auto" if flag else "none"
        return data

    @field_validator("paper_table")
    @classmethod
    def _table(cls, v: str) -> str:
        from ..analysis.paper import normalise_choice

        return normalise_choice(v)


class PipelineConfig(_Strict):
    name: str
    description: str = ""
    corpora: list[str] = Field(default_factory=lambda: list(ALL_CORPORA))
    languages: list[str] = Field(default_factory=lambda: list(EVAL_LANGUAGES))
    teacher: TeacherSettings = Field(default_factory=TeacherSettings)
    evolve: EvolveSettings = Field(default_factory=EvolveSettings)
    train: TrainSettings = Field(default_factory=TrainSettings)
    generate: GenerateSettings = Field(default_factory=GenerateSettings)
    execute: ExecuteSettings = Field(default_factory=ExecuteSettings)
    report: ReportSettings = Field(default_factory=ReportSettings)
    # Bring-your-own corpora: {corpus: path or hub:<owner>/<name>[/<file>][:<split>]}; these corpora are read
    # (codem_core/training/corpus.py), not evolved. null = must be given (the paper-15b preset's Python corpus).
    corpora_from: dict[str, str | None] = Field(default_factory=dict)

    @field_validator("corpora_from")
    @classmethod
    def _corpora_from(cls, v: dict[str, str | None]) -> dict[str, str | None]:
        out: dict[str, str | None] = {}
        for name, spec in v.items():
            key = "mixed" if str(name).strip().lower() == "mixed" else parse_languages(str(name))[0]
            if spec is not None and not str(spec).strip():
                raise ValueError(f"corpora_from.{name}: empty; give a path or hub:<owner>/<name>")
            if spec is not None and str(spec).strip().startswith("hub:"):
                from ..hub import parse_hub_spec

                parse_hub_spec(str(spec))  # a malformed hub spec fails when the preset loads
            out[key] = None if spec is None else str(spec).strip()
        return out

    @model_validator(mode="after")
    def _byo_in_corpora(self) -> PipelineConfig:
        extra = [c for c in self.corpora_from if c not in self.corpora]
        if extra:
            raise ValueError(
                f"corpora_from names {', '.join(extra)}, which is not among the corpora ({', '.join(self.corpora)})"
            )
        return self

    @field_validator("corpora")
    @classmethod
    def _corpora(cls, v: list[str]) -> list[str]:
        out = []
        for name in v:
            name = str(name).strip().lower()
            if name == "mixed":
                out.append(name)
            else:
                out.extend(parse_languages(name))
        bad = [c for c in out if c not in ALL_CORPORA]
        if bad:
            raise ValueError(f"unknown corpus {bad[0]!r}")
        return [c for c in ALL_CORPORA if c in out]

    @field_validator("languages")
    @classmethod
    def _languages(cls, v: list[str]) -> list[str]:
        # Table 1's order; an extra evaluation language (Rust) only when named, after the paper's 7
        langs = parse_languages(list(v), evaluable_only=True)
        return [x for x in EVALUABLE_LANGUAGES if x in langs]

    @property
    def languages_to_evolve(self) -> list[str]:
        """The language corpora to evolve: those asked for, plus all 8 when an evolved Mixed is asked for;
        never a corpus brought from outside (``corpora_from``)."""
        if "mixed" in self.corpora and "mixed" not in self.corpora_from:
            wanted = list(TRAIN_LANGUAGES)
        else:
            wanted = [c for c in self.corpora if c != "mixed"]
        return [c for c in wanted if c not in self.corpora_from]

    @property
    def corpora_to_import(self) -> dict[str, str | None]:
        """Corpora read from a file or the hub instead of evolved (``corpora_from``), in the canonical order."""
        return {c: self.corpora_from[c] for c in ALL_CORPORA if c in self.corpora_from}

    def teacher_api_key(self) -> str:
        if self.teacher.kind == "local" or not self.teacher.api_key_env:
            return "sk-no-key-required"
        return os.environ.get(self.teacher.api_key_env, "")

    def fingerprint(self) -> str:
        return stable_hash(self.model_dump())


def available_pipeline_presets() -> list[str]:
    return sorted(p.stem for p in PRESETS_DIR.glob("*.yaml"))


def _merge(base: dict, extra: dict, where: str = "") -> dict:
    out = dict(base)
    for k, v in (extra or {}).items():
        if isinstance(v, dict) and isinstance(out.get(k), dict) and k != "overrides":
            out[k] = _merge(out[k], v, f"{where}{k}.")
        elif isinstance(v, dict) and isinstance(out.get(k), dict):
            out[k] = {**out[k], **v}
        else:
            out[k] = v
    return out


def parse_dotted(items: list[str] | None) -> dict[str, Any]:
    """``["generate.max_new_tokens=64", "train.overrides.max_steps=2"]`` -> nested dict (YAML values)."""
    out: dict[str, Any] = {}
    for item in items or []:
        key, sep, raw = item.partition("=")
        if not sep or not key.strip():
            raise ConfigError(f"bad setting {item!r}: expected section.key=value")
        try:
            value = yaml.safe_load(raw)
        except yaml.YAMLError:
            value = raw
        node = out
        parts = key.strip().split(".")
        for p in parts[:-1]:
            node = node.setdefault(p, {})
            if not isinstance(node, dict):
                raise ConfigError(f"bad setting {item!r}: {p} is both a value and a section")
        node[parts[-1]] = value
    return out


def load_pipeline_preset(name_or_path: str = "demo", overrides: dict[str, Any] | None = None) -> PipelineConfig:
    """The preset, with ``overrides`` merged over it, validated. Errors: one ConfigError line."""
    name_or_path = str(name_or_path or "").strip()
    path = Path(name_or_path)
    if not (path.suffix in (".yaml", ".yml") and path.is_file()):
        path = PRESETS_DIR / f"{name_or_path}.yaml"
        if not path.is_file():
            raise ConfigError(
                f"unknown pipeline preset {name_or_path!r}: use one of {', '.join(available_pipeline_presets())} "
                "or a path to a .yaml file"
            )
    try:
        data = yaml.safe_load(read_text_file(path, "pipeline preset")) or {}
    except yaml.YAMLError as exc:
        raise ConfigError(f"pipeline preset {path}: malformed YAML ({' '.join(str(exc).split())})") from None
    if not isinstance(data, dict):
        raise ConfigError(f"pipeline preset {path}: expected a mapping")
    data = _merge(data, overrides or {})
    try:
        return PipelineConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(x) for x in err["loc"]) or "preset"
        msg = err["msg"].removeprefix("Value error, ")
        raise ConfigError(f"pipeline preset {path.stem}: {loc}: {msg}") from None
    except Exception as exc:  # e.g. UnknownLanguageError from a validator
        raise ConfigError(f"pipeline preset {path.stem}: {' '.join(str(exc).split())}") from None
