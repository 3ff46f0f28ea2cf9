"""Cleaning: Evol-Instruct's elimination rules, then exact and near-duplicate removal.

Elimination rules (WizardLM section 3, "Elimination Evolving", made lexical and documented; a
pair is counted under the FIRST rule it fails, in this order):
- ``unusable_answer``: a teacher answer cannot be kept at all (docs/text.md: its text holds a
  lone surrogate, which UTF-8 cannot encode, or its body nests deeper than Python parses);
  judged by the stage (``pipeline.Generated.unusable``) before the rules below see any text.
- ``empty_evolution``: the teacher returned no instruction (nothing is sent for an answer).
- ``truncated_evolution``: the teacher stopped at the token limit while writing the evolved
  instruction (``finish_reason == "length"``, see ``teacher.is_truncated``); nothing is sent
  for an answer, since the pair is dropped anyway.
- ``truncated_answer``: the answer was cut off at the token limit (code that does not
  compile, a half-finished explanation): raise ``answer_max_tokens`` to keep more pairs.
- ``copied_scaffolding``: the instruction or answer copies the evolving prompt's scaffolding
  ("#The Given Prompt#", "rewritten prompt", "created prompt", "Prompt Rewriter", ...).
- ``no_new_information``: the evolved instruction adds fewer than ``min_new_words`` content
  words to the seed (language names and stop words do not count) -- WizardLM asks ChatGPT
  whether the evolution "provides no information gain"; this is its lexical stand-in.
- ``refusal``: the instruction starts as a refusal, or the answer contains a refusal phrase
  ("sorry", "I cannot", "as an AI", ...) and is shorter than ``refusal_max_words`` words
  (WizardLM: contains "sorry" and < 80 words).
- ``too_short``: the answer holds fewer than ``min_answer_words`` words that are not stop words
  or punctuation (WizardLM: "only contains punctuation and stop words").
- ``wrong_language``: the answer's code is in another language than the corpus's: no code
  block is in an accepted language while some block is identified (fence tag, else markers)
  as another one. Accepted: the target, plus JavaScript for TypeScript, C for C++, CSS and
  JavaScript for HTML.

Duplicates (within one corpus, first occurrence in seed order kept):
- ``exact_duplicate``: same instruction after case folding and whitespace collapsing;
- ``near_duplicate``: MinHash-LSH (datasketch, 128 permutations) over word 3-gram shingles of
  the instruction, confirmed by exact Jaccard >= ``near_dup_threshold`` (0.8).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import UnknownLanguageError
from ..languages import LANGUAGES, get_language

ELIMINATION_REASONS = (
    "unusable_answer",
    "empty_evolution",
    "truncated_evolution",
    "truncated_answer",
    "copied_scaffolding",
    "no_new_information",
    "refusal",
    "too_short",
    "wrong_language",
)
DEDUP_REASONS = ("exact_duplicate", "near_duplicate")


@dataclass(frozen=True)
class CleaningConfig:
    min_new_words: int = 3
    refusal_max_words: int = 80
    min_answer_words: int = 5
    near_dup_threshold: float = 0.8
    near_dup_num_perm: int = 128


STOP_WORDS = frozenset(
    """a about above after again against all also am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have having he
    her here hers him his how i if in into is it its itself just me more most my no nor not now of off on once
    only or other our out over own same she should so some such than that the their them then there these they
    this those through to too under until up very was we were what when where which while who whom why will with
    would you your yours given following write create using use make program code function""".split()
)
_WORD_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*|\d+")
_LANGUAGE_WORDS = frozenset(
    w
    for lang in LANGUAGES.values()
    for name in (lang.key, lang.display, *lang.fence_tags)
    for w in _WORD_RE.findall(name.lower())
) | {"golang", "language", "programming"}

_SCAFFOLD_RE = re.compile(
    r"#\s*(the\s+)?(given|rewritten|created)\s+prompt\s*#|\b(given|rewritten|created)\s+prompt\b|prompt\s+(rewriter|creator)",
    re.I,
)
_REFUSAL_RE = re.compile(
    r"\b(sorry|i\s+apologi[sz]e|i\s+(cannot|can't|can not|am unable|'m unable|am not able)|as an ai\b"
    r"|as a language model|i\s+won't be able)",
    re.I,
)

# Markers that identify code in a language when a block has no (known) fence tag, and the other
# languages whose code an answer may use: each language's ``CleaningRules``.
_MARKERS_RE = {
    k: tuple(re.compile(p, re.M) for p in s.cleaning.markers) for k, s in LANGUAGES.items() if s.cleaning.markers
}
_ACCEPTED = {k: {k, *s.cleaning.accepts} for k, s in LANGUAGES.items()}
_WINS_TIES = {k for k, s in LANGUAGES.items() if s.cleaning.wins_ties}
_FENCE_RE = re.compile(r"```[ \t]*([\w+#.-]*)[^\n]*\n(.*?)(?:```|\Z)", re.S)


def words(text: str) -> list[str]:
    return [w.lower() for w in _WORD_RE.findall(text or "")]


def content_words(text: str) -> set[str]:
    return {w for w in words(text) if w not in STOP_WORDS and w not in _LANGUAGE_WORDS and len(w) > 1}


def code_blocks(text: str) -> list[tuple[str | None, str]]:
    """(fence tag or None, code) for each fenced block; the whole text when there is none."""
    blocks = [(m.group(1).lower() or None, m.group(2)) for m in _FENCE_RE.finditer(text or "")]
    return blocks if blocks else [(None, text or "")]


def detect_language(code: str) -> str | None:
    """The language whose markers match most (at least two distinct ones), or None."""
    scores = {lang: sum(1 for r in regs if r.search(code)) for lang, regs in _MARKERS_RE.items()}
    # TypeScript markers imply JavaScript syntax: prefer TypeScript when it has its own evidence.
    best = max(scores, key=lambda k: (scores[k], k in _WINS_TIES))
    return best if scores[best] >= 2 else None


def _block_language(tag: str | None, code: str) -> str | None:
    if tag:
        if tag == "css":
            return "css"
        try:
            return get_language(tag).key
        except UnknownLanguageError:
            pass  # bash, text, json, sql, output...: fall back to markers
    return detect_language(code)


def is_wrong_language(response: str, language: str) -> bool:
    accepted = _ACCEPTED.get(language, {language})
    found = [_block_language(tag, code) for tag, code in code_blocks(response)]
    found = [f for f in found if f is not None]
    return bool(found) and not any(f in accepted for f in found)


def elimination_reason(
    seed_text: str,
    instruction: str,
    response: str | None,
    language: str,
    cfg: CleaningConfig = CleaningConfig(),
    *,
    evolve_truncated: bool = False,
    answer_truncated: bool = False,
) -> str | None:
    """The first elimination rule this pair fails (module doc order), or None to keep it.

    ``evolve_truncated`` / ``answer_truncated``: the teacher hit its token limit on that reply."""
    if not instruction.strip():
        return "empty_evolution"
    if evolve_truncated:
        return "truncated_evolution"
    if answer_truncated:
        return "truncated_answer"
    if _SCAFFOLD_RE.search(instruction) or (response and _SCAFFOLD_RE.search(response)):
        return "copied_scaffolding"
    if len(content_words(instruction) - content_words(seed_text)) < cfg.min_new_words:
        return "no_new_information"
    response = response or ""
    if _REFUSAL_RE.search(instruction.strip()[:60]) or (
        _REFUSAL_RE.search(response) and len(words(response)) < cfg.refusal_max_words
    ):
        return "refusal"
    if len([w for w in words(response) if w not in STOP_WORDS]) < cfg.min_answer_words:
        return "too_short"
    if is_wrong_language(response, language):
        return "wrong_language"
    return None


def normalize_instruction(text: str) -> str:
    return " ".join(text.lower().split())


def shingles(text: str, n: int = 3) -> set[str]:
    toks = words(text)
    if len(toks) < n:
        return {" ".join(toks)} if toks else set()
    return {" ".join(toks[i : i + n]) for i in range(len(toks) - n + 1)}


def duplicate_reasons(instructions: list[str], cfg: CleaningConfig = CleaningConfig()) -> list[str | None]:
    """Per instruction: 'exact_duplicate', 'near_duplicate' or None; the first occurrence is kept."""
    from datasketch import MinHash, MinHashLSH  # numpy/scipy import: only when cleaning runs

    out: list[str | None] = [None] * len(instructions)
    seen: set[str] = set()
    lsh = MinHashLSH(threshold=cfg.near_dup_threshold, num_perm=cfg.near_dup_num_perm)
    kept_shingles: dict[str, set[str]] = {}
    for i, text in enumerate(instructions):
        norm = normalize_instruction(text)
        if norm in seen:
            out[i] = "exact_duplicate"
            continue
        seen.add(norm)
        sh = shingles(text)
        mh = MinHash(num_perm=cfg.near_dup_num_perm, seed=1)
        for s in sh:
            mh.update(s.encode("utf-8"))
        near = False
        for cand in lsh.query(mh):
            other = kept_shingles[cand]
            union = sh | other
            if union and len(sh & other) / len(union) >= cfg.near_dup_threshold:
                near = True
                break
        if near:
            out[i] = "near_duplicate"
            continue
        key = str(i)
        lsh.insert(key, mh)
        kept_shingles[key] = sh
    return out
