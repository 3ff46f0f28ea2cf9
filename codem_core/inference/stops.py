"""Per-language stop rules for greedy generation.

Generation continues the signature inside ``### Response:``.  ``find_stop(text, language)``
returns the index at which to cut the generated text (None: keep going):

1. the Alpaca frame ends: ``\\n### `` (a new instruction/response block) or an EOS-like
   marker that leaked into the text -> cut before it;
2. a markdown fence was opened -> cut after its closing fence;
3. otherwise the continued function ended:
   * brace languages (C, C++, Java, JavaScript, TypeScript, Go): a line that is just ``}``
     (or ``};``) at column 0 closes the function (Java: the ``Solution`` class) -> cut after,
     unless the next line starts another definition (a helper the body may call; not ``main``);
   * Python: after an indented body line, the first line at column 0 that is not a ``def``,
     ``class``, decorator or import (a test, a print, prose) -> cut before.

   Helpers are kept because the extraction step keeps those the body uses.

The same rules cut replies from an OpenAI-compatible server, which only knows fixed stop
strings (``static_stop_strings``) and may stream past a function end.
"""

from __future__ import annotations

import re

from ..languages import get_language

_FRAME = re.compile(r"\n### |^### |<\|endoftext\|>|<\|im_end\|>|<\|im_start\|>|</s>|<\|eot_id\|>")
_FENCE = re.compile(r"^[ \t]*```", re.M)
_BRACE_END = re.compile(r"^\};?[ \t]*$", re.M)
_PY_TOP = re.compile(r"^\S", re.M)
_PY_BODY = re.compile(r"^[ \t]+\S", re.M)
BRACE_LANGUAGES = {"c", "cpp", "java", "javascript", "typescript", "go"}
# A top-level line that starts another definition: a helper the function may call, so keep going.
_MAIN = re.compile(r"^(?:int|void)\s+main\s*\(|^func\s+main\s*\(|^public\s+(?:final\s+)?class\s+Main\b")
_DEFINITION = {
    "python": re.compile(r"^(?:def |async def |class |@|import |from )"),
    "javascript": re.compile(r"^(?:function\b|async\s+function\b|const\s|let\s|var\s|class\s)"),
    "typescript": re.compile(r"^(?:function\b|async\s+function\b|const\s|let\s|var\s|class\s|type\s|interface\s|enum\s)"),
    "go": re.compile(r"^(?:func\s|type\s|var\s|const\s)"),
    "c": re.compile(r"^(?:static\s|struct\s|typedef\s|#include|#define|(?:unsigned\s+|signed\s+|const\s+)*[A-Za-z_]\w*[\s\*]+\**[A-Za-z_]\w*\s*\()"),
    "cpp": re.compile(r"^(?:static\s|struct\s|typedef\s|template\s*<|class\s|#include|#define|using\s|(?:unsigned\s+|signed\s+|const\s+)*[A-Za-z_][\w:<>,]*[\s\*&]+[\*&]*[A-Za-z_]\w*\s*\()"),
    "java": re.compile(r"^$a"),  # after the Solution class closes nothing more is needed
}


def static_stop_strings(language: str) -> list[str]:
    """Fixed strings a server can stop on (the rest is applied on the reply)."""
    return ["\n### ", "<|endoftext|>", "<|im_end|>"]


def _next_line(scope: str, pos: int) -> str | None:
    """The first non-empty complete line at or after ``pos`` (None if none is complete yet)."""
    while True:
        eol = scope.find("\n", pos)
        if eol < 0:
            return None
        line = scope[pos:eol]
        if line.strip():
            return line
        pos = eol + 1


def _continues_with_definition(line: str, lang: str) -> bool:
    return not _MAIN.match(line) and bool(_DEFINITION[lang].match(line))


def find_stop(text: str, language: str) -> int | None:
    lang = get_language(language).key
    cut: int | None = None
    m = _FRAME.search(text)
    if m:
        cut = m.start()
    scope = text if cut is None else text[:cut]
    fences = list(_FENCE.finditer(scope))
    if fences:
        if len(fences) >= 2:
            close = fences[1]
            eol = scope.find("\n", close.end())
            return close.end() if eol < 0 else eol + 1
        return cut
    if lang in BRACE_LANGUAGES:
        pos = 0
        while (m2 := _BRACE_END.search(scope, pos)) is not None:
            end = m2.end()
            after = end + 1 if end < len(scope) and scope[end] == "\n" else end
            nxt = _next_line(scope, after)
            if nxt is None:
                # nothing complete follows yet: stop only if the text ended for good
                return after if cut is not None else None
            if not _continues_with_definition(nxt, lang):
                return after
            pos = after
    elif lang == "python":
        body = _PY_BODY.search(scope)
        pos = body.end() if body else None
        while pos is not None and (top := _PY_TOP.search(scope, pos)) is not None:
            eol = scope.find("\n", top.start())
            if eol < 0 and cut is None:
                return None  # the line is still being written
            line = scope[top.start(): eol if eol >= 0 else len(scope)]
            if not _continues_with_definition(line, lang):
                return top.start()
            pos = eol + 1 if eol >= 0 else None
    return cut


def cut_at_stop(text: str, language: str) -> tuple[str, bool]:
    """(text up to the stop, whether a stop rule fired)."""
    idx = find_stop(text, language)
    return (text, False) if idx is None else (text[:idx], True)
