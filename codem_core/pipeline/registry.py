"""The stage registry's machinery: what a stage declares, how a run plans and keys its work.

No Prefect here. The stages themselves, in the paper's order, are ``stages.PIPELINE``; the
orchestration (``codem_prefect``: the top-level ``tasks/`` and ``flows/``) walks that tuple and
knows nothing stage-specific. A :class:`Stage` declares

- ``name``, ``step`` (the ``stages`` switch that runs it: evolve, train, generate, execute,
  report) and ``axis`` (what it fans out over: language, corpus, model, run);
- ``pool``: the Prefect work pool its items belong on when a run dispatches to pools (``cpu``,
  ``gpu``; in-process runs ignore it);
- ``code`` and ``settings``: the source files and the config sections that key its cache;
- ``plan``: its items and each item's inputs (content hashes), from the upstream results;
- ``run``: one item's work (reads the store, writes the store, returns a small dict whose
  ``sha256`` is the content hash of what it wrote);
- ``load``: the finished items an earlier run left in the store, as the same small dicts (a run
  that skips this stage reads them back instead of recomputing them);
- ``writes`` (the store keys, for people), ``check`` (its pre-flight), ``serial`` (one item at a
  time in one process) and ``close`` (releases what its steps started in this process);
- ``chunks`` (optional, :class:`Chunks`): how one item splits into chunks that run as concurrent
  tasks (spread over Dask workers by the task runner) and merge back into the item's result.

One function keys every unit of work, :func:`cache_key`: the stage, the item, the settings and
code it depends on, the content hashes of its inputs. Never a run id, a path or a credential, so
any process that sees the same store finds the same finished work. A split item's chunks are keyed
the same way by their own content (:func:`chunk_cache_key`), so a run killed mid-item finds its
finished chunks again.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from ..errors import ConfigError
from ..io import stable_hash
from ..storage import ArtifactStore
from .config import PipelineConfig

Log = Callable[[str], None]
Results = dict[str, dict]  # item -> the small dict its step returned (or ``load`` read back)
PACKAGE_ROOT = Path(__file__).resolve().parent.parent  # codem_core/
_CODE_SUFFIXES = (".py", ".yaml", ".yml", ".json", ".txt", ".md", ".h", ".jsonl")


@dataclass(frozen=True)
class RunContext:
    """What every stage of one run sees: the config, the store, the switches, the models asked for."""

    cfg: PipelineConfig
    store: ArtifactStore
    steps: tuple[str, ...]
    models: tuple[str, ...] | None = None  # models to evaluate when this run trains none ("base", "codem-go")
    name: str = ""  # reports/<name>/


@dataclass(frozen=True)
class Job:
    """One item of one stage: everything its step needs."""

    cfg: PipelineConfig
    store: ArtifactStore
    item: str
    inputs: dict[str, Any]
    workdir: Path
    log: Log = print


@dataclass(frozen=True)
class Chunks:
    """How one item of a stage splits into chunks that run apart and merge back (fan-out for large items).

    ``parts(cfg)`` chunks per item (1: the item runs whole, with the stage's ``run``). ``split(job, parts)``
    writes the item's chunks to the store and returns chunk name -> the chunk's inputs (content hashes);
    ``run(job)`` does one chunk (``job.item``: the item, ``job.inputs``: the chunk's inputs) and returns a
    small dict; ``merge(job, results)`` joins the chunks' dicts (chunk name -> dict) into the item's
    result, the same dict the stage's ``run`` returns for the whole item."""

    parts: Callable[[PipelineConfig], int]
    split: Callable[[Job, int], dict[str, dict]]
    run: Callable[[Job], dict]
    merge: Callable[[Job, dict[str, dict]], dict]


@dataclass(frozen=True)
class Stage:
    name: str
    step: str
    axis: Literal["language", "corpus", "model", "run"]
    pool: Literal["cpu", "gpu"]
    code: tuple[str, ...]
    settings: Callable[[PipelineConfig], dict]
    plan: Callable[[Outputs], dict[str, dict]]
    run: Callable[[Job], dict]
    load: Callable[[Outputs], Results] | None
    writes: str
    check: Callable[[PipelineConfig], None] = lambda cfg: None
    serial: Callable[[PipelineConfig], bool] = lambda cfg: False
    close: Callable[[], None] | None = None
    chunks: Chunks | None = None

    def parts(self, cfg: PipelineConfig) -> int:
        """How many chunks each item splits into (1: not split)."""
        return self.chunks.parts(cfg) if self.chunks else 1


class Outputs:
    """The results of one run so far, stage by stage (``outputs["finetune"]["go"]``).

    A stage this run does not run is read back from the store the first time a later stage asks
    for it (its ``load``), so a run of ``generate,execute,report`` keys its work on the models an
    earlier run left, exactly as if it had trained them itself."""

    def __init__(self, ctx: RunContext, stages: Iterable[Stage]):
        self.ctx = ctx
        self.stages = {s.name: s for s in stages}
        self._results: dict[str, Results] = {}
        self._memo: dict[str, Any] = {}

    @property
    def cfg(self) -> PipelineConfig:
        return self.ctx.cfg

    def __getitem__(self, name: str) -> Results:
        if name not in self._results:
            stage = self.stages[name]
            if stage.load is None:
                raise ConfigError(f"stage {name!r} keeps no output a later stage could load: run it")
            self._results[name] = stage.load(self)
        return self._results[name]

    def __setitem__(self, name: str, results: Results) -> None:
        self._results[name] = results

    def __contains__(self, name: str) -> bool:
        return name in self._results

    def memo(self, key: str, compute: Callable[[], Any]) -> Any:
        """A value several stages' plans share (the evaluated models, the benchmarks' fingerprint)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def sha(self, stage: str, item: str, what: str) -> Any:
        """The content hash of one upstream item; a missing one is a one-line error naming the stage to run."""
        results = self[stage]
        if item not in results:
            raise ConfigError(
                f"no {what} {item!r} in {self.ctx.store.url}: run the {self.stages[stage].step} stage first"
            )
        return results[item]["sha256"]


@functools.cache
def code_version(paths: tuple[str, ...]) -> str:
    """sha256 over the source files (and templates, presets) under ``paths`` (relative to codem_core/)."""
    h = hashlib.sha256()
    for part in paths:
        p = PACKAGE_ROOT / part
        files = (
            [p]
            if p.is_file()
            else sorted(
                f for f in p.rglob("*") if f.is_file() and f.suffix in _CODE_SUFFIXES and "__pycache__" not in f.parts
            )
        )
        for f in files:
            h.update(f.relative_to(PACKAGE_ROOT).as_posix().encode())
            h.update(b"\0")
            h.update(f.read_bytes())
    return h.hexdigest()


def cache_key(stage: Stage, cfg: PipelineConfig, item: str, inputs: Mapping[str, Any]) -> str:
    """The one cache key of one item of one stage, whoever runs it (a task in this process, a flow
    run on a GPU machine): stage, item, the settings and code it depends on, its inputs' hashes."""
    digest = stable_hash([stage.name, item, stage.settings(cfg), code_version(stage.code), dict(inputs)])
    return f"codem-{stage.name}-{digest}"


def split_cache_key(stage: Stage, cfg: PipelineConfig, item: str, inputs: Mapping[str, Any], parts: int) -> str:
    """The key of an item's split into ``parts`` chunks (its chunk list): the item's key and the number of parts."""
    return f"{cache_key(stage, cfg, item, inputs)}-split-{parts}"


def chunk_cache_key(stage: Stage, cfg: PipelineConfig, item: str, chunk_inputs: Mapping[str, Any]) -> str:
    """The key of one chunk of an item: its content hashes (not its position), the stage's settings and code."""
    digest = stable_hash([stage.name, item, "chunk", stage.settings(cfg), code_version(stage.code), dict(chunk_inputs)])
    return f"codem-{stage.name}-chunk-{digest}"


def by_name(stages: Iterable[Stage], name: str) -> Stage:
    for s in stages:
        if s.name == name:
            return s
    known = [s.name for s in stages]
    raise ConfigError(f"unknown stage {name!r}: use one of {', '.join(known)}")
