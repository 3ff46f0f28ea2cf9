"""The programming languages of the CodeM experiment.

Training corpora exist for 8 languages (HTML included); evaluation covers 7 (HumanEval has no
markup version). One canonical lowercase key per language is used everywhere in codem
(file names, CLI options, matrix rows/columns); task-id prefixes follow HumanEval-X.
"""

from __future__ import annotations

from dataclasses import dataclass

from .errors import UnknownLanguageError


@dataclass(frozen=True)
class Language:
    key: str  # canonical key: "cpp"
    display: str  # name used in prompts and tables: "C++"
    task_prefix: str  # HumanEval-X task_id prefix: "CPP"
    fence_tags: tuple[str, ...]  # markdown fence tags models use for it
    evaluable: bool = True


LANGUAGES: dict[str, Language] = {
    lang.key: lang
    for lang in (
        Language("python", "Python", "Python", ("python", "py", "python3")),
        Language("javascript", "JavaScript", "JavaScript", ("javascript", "js", "node", "jsx")),
        Language("typescript", "TypeScript", "TypeScript", ("typescript", "ts", "tsx")),
        Language("c", "C", "C", ("c", "h")),
        Language("cpp", "C++", "CPP", ("cpp", "c++", "cc", "cxx", "hpp")),
        Language("java", "Java", "Java", ("java",)),
        Language("go", "Go", "Go", ("go", "golang")),
        Language("html", "HTML", "HTML", ("html", "htm"), evaluable=False),
    )
}

# Training corpora in the paper's order, then Mixed; evaluation languages in Table 1's order.
TRAIN_LANGUAGES: tuple[str, ...] = ("python", "javascript", "typescript", "c", "cpp", "java", "go", "html")
EVAL_LANGUAGES: tuple[str, ...] = ("python", "javascript", "typescript", "c", "cpp", "java", "go")

_ALIASES: dict[str, str] = {}
for _lang in LANGUAGES.values():
    for _name in (_lang.key, _lang.display, _lang.task_prefix, *_lang.fence_tags):
        _ALIASES.setdefault(_name.lower(), _lang.key)


def get_language(name: str) -> Language:
    """Resolve a key, display name, task prefix or common alias ("js", "C++", "CPP")."""
    key = _ALIASES.get(str(name).strip().lower())
    if key is None:
        known = ", ".join(LANGUAGES)
        raise UnknownLanguageError(f"unknown language {name!r}; known languages: {known}")
    return LANGUAGES[key]


def parse_languages(names: str | list[str] | tuple[str, ...] | None, *, evaluable_only: bool = False) -> list[str]:
    """Parse "python,go" or a list into canonical keys, keeping order and dropping repeats.

    ``None`` or "all" means every (evaluable) language.
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
            raise UnknownLanguageError(f"{lang.display} has no evaluation benchmark; evaluable: {', '.join(EVAL_LANGUAGES)}")
        if lang.key not in keys:
            keys.append(lang.key)
    return keys


def language_of_task(task_id: str) -> Language:
    """The language of a HumanEval-X style task id such as "CPP/12" or "Java/3"."""
    prefix, sep, _ = str(task_id).partition("/")
    if not sep:
        raise UnknownLanguageError(f"task_id {task_id!r} is not of the form <Language>/<number>")
    return get_language(prefix)
