"""What codem knows about one programming language, in one place: ``LanguageSpec``.

Every language is a subpackage of ``codem_core.languages`` whose ``__init__`` defines ``SPEC``.
The spec is plain data (names, regexes, package lists) plus ``"module:attribute"`` references
to the code that only this language needs (its execution adapter, its extraction handler, its
benchmark row normaliser). References are resolved on first use, so importing the registry
stays cheap and free of import cycles: the library's shared code (loader, engine, extraction,
stop rules, cleaning, install check) reads the specs and never branches on a language's name.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any


def resolve(ref: str) -> Any:
    """The object a ``"package.module:attribute"`` reference names."""
    module, _, attr = ref.partition(":")
    return getattr(importlib.import_module(module), attr)


@dataclass(frozen=True)
class Benchmark:
    """Where a language's evaluation benchmark lives and how its rows become ``Problem``s.

    Looked for first under the data directory (``local_relpath``) or shipped with codem
    (``shipped``, relative to the ``codem_core`` package), then on the Hugging Face hub: a JSON
    lines file of a dataset repository (``hub_file``), or a dataset config and split
    (``hub_config``/``hub_split``, e.g. ``bigcode/humanevalpack``, config ``rust``).
    """

    name: str  # "HumanEval-X", shown in messages and docs
    local_relpath: str | None = None
    shipped: str | None = None
    hub_repo: str | None = None
    hub_file: str | None = None
    hub_config: str | None = None
    hub_split: str = "test"
    # "module:function" (row, data_dir, language) -> Problem
    normalize: str = "codem_core.benchmarks.loader:normalize_humaneval_x"
    # a function definition in a declaration (the test calls the last one declared): recovers the
    # entry point of rows that lack one
    entry_pattern: str | None = None
    # a file under the data directory whose rows give the entry point by task number (OpenAI's HumanEval)
    entry_points_from: str | None = None
    # fields of a row that adapters need besides the standard ones (Go's import block and test_setup)
    extra_fields: tuple[str, ...] = ()
    # corrected rows, a JSON file shipped with codem: {"<task_id>": {"<field>": text, "reason": why}}
    errata: str | None = None


@dataclass(frozen=True)
class Lexer:
    """How ``inference._lex.mask`` blanks comments and literals of the language.

    ``family``: "python" (# comments, prefixed and triple-quoted strings), "c" (// and /* */
    comments, "strings" and 'c' chars; the flags add what a C-like language has on top), or a
    ``"module:function"`` reference to a lexer of the language's own with ``mask``'s contract
    (text -> text of the same length, comments and literal contents blanked, newlines kept).
    """

    family: str
    js_literals: bool = False  # 'single-quoted' strings, `template ${literals}`, /regex/ literals
    raw_backticks: bool = False  # Go's `raw strings`


@dataclass(frozen=True)
class StopRules:
    """Where greedy generation stops (``inference.stops``) and where a code-less reply is cut.

    ``block``: "brace" (a line that is just ``}`` ends the function) or "indent" (Python: the
    first top-level line). ``definition``: a top-level line that starts another definition, a
    helper the function may call, so generation goes on. ``main``: the language's own program
    entry, never such a helper. ``sequences``: HumanEval-X style stop strings, used to cut a
    reply in which no code structure was found.
    """

    block: str
    definition: str
    main: str | None = None
    sequences: tuple[str, ...] = ()


@dataclass(frozen=True)
class CleaningRules:
    """How evolution's ``wrong_language`` rule recognises the language's code in an answer.

    ``markers``: regexes (multi-line mode); untagged code is the language whose markers match
    most (two at least). ``accepts``: other languages whose code also counts as an answer in
    this one (TypeScript accepts JavaScript). ``wins_ties``: on equal scores this language is
    preferred (TypeScript's markers imply JavaScript syntax).
    """

    markers: tuple[str, ...] = ()
    accepts: tuple[str, ...] = ()
    wins_ties: bool = False


@dataclass(frozen=True)
class LanguageSpec:
    """Everything language-specific about one language (see the module docstring)."""

    key: str  # canonical key used everywhere: "cpp"
    display: str  # name used in prompts and tables: "C++"
    task_prefix: str  # task_id prefix: "CPP"
    fence_tags: tuple[str, ...]  # markdown fence tags models use for it
    order: int  # position in the paper's tables (training languages, then evaluation-only ones)
    evaluable: bool = True
    in_paper: bool = True  # one of the paper's 8 training / 7 evaluation languages
    train: bool = True  # codem evolves a training corpus for it
    benchmark: Benchmark | None = None
    adapter: str | None = None  # "module:Class", an execution.adapters.base.Adapter
    extractor: str | None = None  # "module:Class", an extraction handler (inference.extract)
    lexer: Lexer | None = None
    stops: StopRules | None = None
    cleaning: CleaningRules = field(default_factory=CleaningRules)
    # how the paper evolves its training corpus: "depth" (Evol-Instruct's in-depth), or "breadth" (HTML)
    evolution: str = "depth"
    # heavier languages are scheduled first so the light ones fill the gaps at the end
    schedule_weight: int = 0
    # what scripts/install-toolchains.sh installs for it (a test checks the script lists them)
    apt_packages: tuple[str, ...] = ()
    npm_packages: tuple[str, ...] = ()

    def adapter_class(self) -> type:
        if self.adapter is None:
            raise LookupError(f"{self.display} has no execution adapter")
        return resolve(self.adapter)

    def extractor_class(self) -> type:
        if self.extractor is None:
            raise LookupError(f"{self.display} has no extraction rules")
        return resolve(self.extractor)
