"""A tolerant lexer that blanks out comments and string contents.

``mask(text, language)`` returns a string of the same length in which every character inside
a comment or a string/char/template literal is replaced by a space (newlines are kept), while
the quote characters themselves stay. Structural analysis (brace matching, finding function
headers, splitting top-level items) then runs on the masked text with plain regexes, and the
offsets it finds are valid in the original text.

The lexer never fails: it is fed model output, which may be truncated or mixed with prose.
Single-line literals (C/Java/Go strings and chars, JS quotes) end at the end of their line
when they are not closed, so an apostrophe in prose ("Here's") cannot swallow the rest.
Which rules apply is the language spec's ``Lexer``; a language may bring a lexer of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..errors import UnknownLanguageError
from ..languages import Lexer, get_language, resolve

# Characters after which a "/" in JS starts a regular-expression literal.
_REGEX_PREV = set("(,=:[!&|?{};+-*%<>~^")
_REGEX_KEYWORDS = ("return", "typeof", "case", "do", "else", "in", "of", "void", "yield", "await")
_PY_STRING_START = re.compile(r"(?i)(?:rb|br|fr|rf|[rbfu])?('''|\"\"\"|'|\")")


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer | None:
    """The language's ``LanguageSpec.lexer`` (None: a language without one, or an unknown name)."""
    try:
        return get_language(language).lexer
    except UnknownLanguageError:
        return None


def mask(text: str, language: str) -> str:
    lexer = _lexer(language)
    if lexer is None:
        return text
    if lexer.family == "python":
        return _mask_python(text)
    if lexer.family == "c":
        return _mask_c_like(text, lexer)
    return _own_lexer(lexer.family)(text)


@lru_cache(maxsize=16)
def _own_lexer(ref: str):
    """A language's own lexer, named by its spec (``Lexer.family = "module:function"``)."""
    return resolve(ref)


def _blank(chars: list[str], start: int, end: int) -> None:
    for k in range(start, end):
        if chars[k] != "\n":
            chars[k] = " "


def _mask_python(text: str) -> str:
    chars = list(text)
    n = len(text)
    i = 0
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            j = n if j < 0 else j
            _blank(chars, i, j)
            i = j
            continue
        if c in "'\"" or (c.isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_"))):
            m = _PY_STRING_START.match(text, i)
            if m and (c in "'\"" or m.start(1) > i):
                quote = m.group(1)
                body_start = m.end()
                j = body_start
                closed = False
                while j < n:
                    ch = text[j]
                    if ch == "\\":
                        j += 2
                        continue
                    if len(quote) == 1 and ch == "\n":
                        break
                    if text.startswith(quote, j):
                        closed = True
                        break
                    j += 1
                j = min(j, n)
                _blank(chars, body_start, j)
                i = j + (len(quote) if closed else 0)
                continue
            if c.isalpha():
                # skip the whole identifier so that e.g. "bar'" is not read as a prefix
                while i < n and (text[i].isalnum() or text[i] == "_"):
                    i += 1
                continue
        i += 1
    return "".join(chars)


def _prev_significant(text: str, i: int) -> tuple[str, str]:
    """The last non-space character before ``i`` and the word ending there (if any)."""
    j = i - 1
    while j >= 0 and text[j] in " \t\r\n":
        j -= 1
    if j < 0:
        return "", ""
    k = j
    while k >= 0 and (text[k].isalnum() or text[k] in "_$"):
        k -= 1
    return text[j], text[k + 1 : j + 1]


def _mask_c_like(text: str, lexer: Lexer) -> str:
    chars = list(text)
    n = len(text)
    js = lexer.js_literals
    go = lexer.raw_backticks
    # Stack of template-literal expression depths (JS/TS): when a "}" closes the
    # expression at the recorded depth, we are back inside the template string.
    template_stack: list[int] = []
    depth = 0
    i = 0
    masked_src = chars  # alias for readability

    def scan_template(start: int) -> int:
        """Scan template text from ``start`` (just after ` or }); return index after it."""
        j = start
        while j < n:
            ch = text[j]
            if ch == "\\":
                j += 2
                continue
            if ch == "`":
                _blank(masked_src, start, j)
                return j + 1
            if ch == "$" and j + 1 < n and text[j + 1] == "{":
                _blank(masked_src, start, j)
                template_stack.append(depth)
                return j + 2
            j += 1
        _blank(masked_src, start, n)
        return n

    while i < n:
        c = text[i]
        nxt = text[i + 1] if i + 1 < n else ""
        if c == "/" and nxt == "/":
            j = text.find("\n", i)
            j = n if j < 0 else j
            _blank(chars, i, j)
            i = j
            continue
        if c == "/" and nxt == "*":
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            _blank(chars, i, j)
            i = j
            continue
        if js and c == "/":
            prev, word = _prev_significant(text, i)
            if prev == "" or prev in _REGEX_PREV or word in _REGEX_KEYWORDS:
                j = i + 1
                in_class = False
                ok = False
                while j < n and text[j] != "\n":
                    ch = text[j]
                    if ch == "\\":
                        j += 2
                        continue
                    if ch == "[":
                        in_class = True
                    elif ch == "]":
                        in_class = False
                    elif ch == "/" and not in_class:
                        ok = True
                        break
                    j += 1
                if ok:
                    _blank(chars, i + 1, j)
                    i = j + 1
                    continue
        if js and c == "`":
            i = scan_template(i + 1)
            continue
        if go and c == "`":
            j = text.find("`", i + 1)
            j = n if j < 0 else j
            _blank(chars, i + 1, j)
            i = j + 1
            continue
        if c == '"' or (c == "'" and (js or _looks_like_char_literal(text, i))):
            j = i + 1
            while j < n:
                ch = text[j]
                if ch == "\\":
                    j += 2
                    continue
                if ch == c or ch == "\n":
                    break
                j += 1
            j = min(j, n)
            _blank(chars, i + 1, j)
            i = j + 1 if j < n and text[j] == c else j
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            if template_stack and template_stack[-1] == depth:
                template_stack.pop()
                i = scan_template(i + 1)
                continue
            depth -= 1
        i += 1
    return "".join(chars)


def _looks_like_char_literal(text: str, i: int) -> bool:
    """C/C++/Java/Go char literal: 'x', '\\n', '\\x41', '\\u00e9' ... closed on the same line, short."""
    end = text.find("'", i + 1)
    if end < 0:
        return False
    inner = text[i + 1 : end]
    if "\n" in inner or not inner:
        return False
    if inner.startswith("\\"):
        # escaped quote: '\''
        if inner == "\\":
            end2 = text.find("'", end + 1)
            return end2 == end + 1
        return len(inner) <= 10
    return len(inner) <= 4  # one char, possibly a multi-byte rune; C++ digit separators are rare


def match_brace(masked: str, open_index: int) -> int:
    """Index of the bracket closing the one at ``open_index`` in masked text, or -1."""
    pairs = {"{": "}", "(": ")", "[": "]"}
    opener = masked[open_index]
    closer = pairs[opener]
    depth = 0
    for k in range(open_index, len(masked)):
        ch = masked[k]
        if ch == opener:
            depth += 1
        elif ch == closer:
            depth -= 1
            if depth == 0:
                return k
    return -1
