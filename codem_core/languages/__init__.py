"""The programming languages of the CodeM experiment, one plugin per language.

Training corpora exist for the paper's 8 languages (HTML included); evaluation covers its 7
(HumanEval has no markup version). Further evaluation languages (Rust) are plugins too, but
never part of a default: ``all``, presets and the report's correlations mean the paper's 7;
an extra language is evaluated when named (``--languages python,rust``) and then appears as
an extra column of the pass@1 matrix.

Each language is a subpackage of this package whose ``__init__`` defines ``SPEC``, a
``LanguageSpec`` (``spec.py``) holding everything language-specific; the subpackages are
found by scanning this folder, so a new language is a new folder (docs/languages.md).
One canonical lowercase key per language is used everywhere in codem (file names, CLI
options, matrix rows/columns); task-id prefixes follow HumanEval-X.
"""

from __future__ import annotations

import importlib
import pkgutil

from ..errors import UnknownLanguageError
from .spec import Benchmark, CleaningRules, LanguageSpec, Lexer, StopRules, resolve

Language = LanguageSpec  # the name the rest of codem has always used


def _discover() -> dict[str, LanguageSpec]:
    specs = []
    for info in pkgutil.iter_modules(__path__):
        if info.ispkg:
            spec = getattr(importlib.import_module(f"{__name__}.{info.name}"), "SPEC", None)
            if isinstance(spec, LanguageSpec):
                specs.append(spec)
    return {s.key: s for s in sorted(specs, key=lambda s: (s.order, s.key))}


LANGUAGES: dict[str, LanguageSpec] = _discover()

# Training corpora in the paper's order, then Mixed; evaluation languages in Table 1's order.
TRAIN_LANGUAGES: tuple[str, ...] = tuple(k for k, s in LANGUAGES.items() if s.train and s.in_paper)
EVAL_LANGUAGES: tuple[str, ...] = tuple(k for k, s in LANGUAGES.items() if s.evaluable and s.in_paper)
# Every language codem can evaluate: the paper's 7, then the extra ones (Rust)
EVALUABLE_LANGUAGES: tuple[str, ...] = tuple(k for k, s in LANGUAGES.items() if s.evaluable)

_ALIASES: dict[str, str] = {}
for _lang in LANGUAGES.values():
    for _name in (_lang.key, _lang.display, _lang.task_prefix, *_lang.fence_tags):
        _ALIASES.setdefault(_name.lower(), _lang.key)


def get_language(name: str) -> LanguageSpec:
    """Resolve a key, display name, task prefix or common alias ("js", "C++", "CPP")."""
    key = _ALIASES.get(str(name).strip().lower())
    if key is None:
        known = ", ".join(LANGUAGES)
        raise UnknownLanguageError(f"unknown language {name!r}; known languages: {known}")
    return LANGUAGES[key]


def parse_languages(names: str | list[str] | tuple[str, ...] | None, *, evaluable_only: bool = False) -> list[str]:
    """Parse "python,go" or a list into canonical keys, keeping order and dropping repeats.

    ``None`` or "all" means the paper's languages: its 7 evaluation languages, or its 8
    training languages; an extra evaluation language (Rust) is included only when named.
    """
    default = EVAL_LANGUAGES if evaluable_only else TRAIN_LANGUAGES
    if names is None:
        return list(default)
    if isinstance(names, str):
        names = [n for n in names.replace(" ", ",").split(",") if n]
    if len(names) == 1 and names[0].lower() == "all":
        return list(default)
    keys: list[str] = []
    for name in names:
        lang = get_language(name)
        if evaluable_only and not lang.evaluable:
            raise UnknownLanguageError(
                f"{lang.display} has no evaluation benchmark; evaluable: {', '.join(EVALUABLE_LANGUAGES)}"
            )
        if lang.key not in keys:
            keys.append(lang.key)
    return keys


def language_of_task(task_id: str) -> LanguageSpec:
    """The language of a HumanEval-X style task id such as "CPP/12" or "Java/3"."""
    prefix, sep, _ = str(task_id).partition("/")
    if not sep:
        raise UnknownLanguageError(f"task_id {task_id!r} is not of the form <Language>/<number>")
    return get_language(prefix)


__all__ = [
    "Benchmark",
    "CleaningRules",
    "EVALUABLE_LANGUAGES",
    "EVAL_LANGUAGES",
    "LANGUAGES",
    "Language",
    "LanguageSpec",
    "Lexer",
    "StopRules",
    "TRAIN_LANGUAGES",
    "get_language",
    "language_of_task",
    "parse_languages",
    "resolve",
]
