"""Rust's lexer for ``inference._lex.mask``: comments and literal contents blanked, length kept.

What Rust has that the C-like lexer does not read right: block comments nest, raw strings
(``r"..."``, ``r#"..."#``, ``br"..."``) have no escapes and end only at their own number of
``#``, strings may span lines, and a quote also starts lifetimes and labels (``'a``,
``'static``, ``'outer:``), which are not char literals and are left alone. Like every lexer
here it never fails on broken text: an unclosed comment or string runs to the end.
"""

from __future__ import annotations

import re

_RAW_START = re.compile(r"b?r(#*)\"")
_CHAR = re.compile(r"'(?:\\(?:u\{[0-9A-Fa-f_]{1,8}\}|x[0-9A-Fa-f]{2}|.)|[^\\'\n])'")


def mask(text: str) -> str:
    chars = list(text)
    n = len(text)
    i = 0

    def blank(start: int, end: int) -> None:
        for k in range(start, min(end, n)):
            if chars[k] != "\n":
                chars[k] = " "

    while i < n:
        c = text[i]
        if text.startswith("//", i):
            end = text.find("\n", i)
            end = n if end < 0 else end
            blank(i, end)
            i = end
        elif text.startswith("/*", i):
            end = _block_comment_end(text, i)
            blank(i, end)
            i = end
        elif c in "rb" and (i == 0 or not _ident(text[i - 1])) and (m := _RAW_START.match(text, i)):
            close = '"' + m.group(1)
            end = text.find(close, m.end())
            end = n if end < 0 else end
            blank(m.end(), end)
            i = end + len(close) if end < n else n
        elif c == '"':
            end = _string_end(text, i + 1)
            blank(i + 1, end)
            i = end + 1
        elif c == "'" and (m := _CHAR.match(text, i)):
            blank(i + 1, m.end() - 1)
            i = m.end()
        else:
            i += 1  # a lifetime or label quote, code, or a byte prefix (b"...", b'x')
    return "".join(chars)


def _ident(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _block_comment_end(text: str, start: int) -> int:
    """Index just after the */ closing the (nested) comment opened at ``start``."""
    depth = 0
    k = start
    while k < len(text):
        if text.startswith("/*", k):
            depth += 1
            k += 2
        elif text.startswith("*/", k):
            depth -= 1
            k += 2
            if depth == 0:
                return k
        else:
            k += 1
    return len(text)


def _string_end(text: str, k: int) -> int:
    """Index of the quote closing a string whose contents start at ``k`` (len(text) if none)."""
    while k < len(text):
        if text[k] == "\\":
            k += 2
            continue
        if text[k] == '"':
            return k
        k += 1
    return len(text)
