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

from ..languages import LANGUAGES, get_language

_FRAME = re.compile(r"\n### |^### |<\|endoftext\|>|<\|im_end\|>|<\|im_start\|>|</s>|<\|eot_id\|>")
_FENCE = re.compile(r"^[ \t]*```", re.M)
_BRACE_END = re.compile(r"^\};?[ \t]*$", re.M)
_PY_TOP = re.compile(r"^\S", re.M)
_PY_BODY = re.compile(r"^[ \t]+\S", re.M)
# From the language specs (``StopRules``): which languages end a function with a brace, and
# the top-level lines that start another definition (a helper the function may call).
BRACE_LANGUAGES = {k for k, s in LANGUAGES.items() if s.stops is not None and s.stops.block == "brace"}
INDENT_LANGUAGES = {k for k, s in LANGUAGES.items() if s.stops is not None and s.stops.block == "indent"}
_DEFINITION = {k: re.compile(s.stops.definition) for k, s in LANGUAGES.items() if s.stops is not None}
# A program's own entry point (``int main(``, ``func main(``, ``public class Main``) is never
# such a helper, in whichever language it is written.
_MAIN = re.compile("|".join(dict.fromkeys(s.stops.main for s in LANGUAGES.values() if s.stops and s.stops.main)))


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
    elif lang in INDENT_LANGUAGES:
        body = _PY_BODY.search(scope)
        pos = body.end() if body else None
        while pos is not None and (top := _PY_TOP.search(scope, pos)) is not None:
            eol = scope.find("\n", top.start())
            if eol < 0 and cut is None:
                return None  # the line is still being written
            line = scope[top.start() : eol if eol >= 0 else len(scope)]
            if not _continues_with_definition(line, lang):
                return top.start()
            pos = eol + 1 if eol >= 0 else None
    return cut


def cut_at_stop(text: str, language: str) -> tuple[str, bool]:
    """(text up to the stop, whether a stop rule fired)."""
    idx = find_stop(text, language)
    return (text, False) if idx is None else (text[:idx], True)
