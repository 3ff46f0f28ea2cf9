"""Split brace-language source into top-level items and read function headers.

Everything here works on text masked by ``_lex.mask`` (comments and string contents blanked),
so braces, semicolons and names inside literals or comments never count. What differs between
languages (how an item ends, what kind of item it is) comes from an ``ItemSyntax``: each
language's extraction handler is one (``codem_core/languages/<lang>/extract.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._lex import mask

# words that look like a function name before "(" but are not (C family, Java)
CONTROL_WORDS = {
    "if",
    "for",
    "while",
    "switch",
    "catch",
    "return",
    "sizeof",
    "else",
    "do",
    "new",
    "throw",
    "synchronized",
}


@dataclass
class Item:
    text: str
    masked: str
    kind: str = "other"  # import package preproc using func main class type decl stmt blank other
    name: str | None = None
    children: list[Item] = field(default_factory=list)  # Java class members
    open_brace: int = -1  # index of the class/func body "{" in text, if any

    @property
    def stripped(self) -> str:
        return self.masked.strip()


class ItemSyntax:
    """How one language's top-level items end and what kind each is (overridden per language).

    The defaults suit C-like languages where a top-level ``;`` or ``}`` ends an item.
    """

    lang: str  # the language key ``mask`` lexes the text as (set by the handler)
    preprocessor_lines = False  # C family: a "#..." line is an item of its own
    brace_ends_item = True  # a "}" at depth 0 ends the item (Go: newlines end items instead)
    typedef_tail = False  # C family: "} name;" after a struct goes on to the ";"
    newline_ends_items = False  # Go, JavaScript: a newline at depth 0 may end a statement

    def continues_after_brace(self, masked: str, j: int) -> bool:
        """After a top-level "}" (next non-blank at ``j``): does the same item go on?"""
        return False

    def continues_after_newline(self, masked: str, line_start: int, i: int, current: str) -> bool:
        """At a newline at depth 0 (at ``i``): does the statement go on to the next line?"""
        return False

    def classify(self, item: Item) -> None:
        """Set ``item.kind`` (import package preproc using func main class type decl stmt other) and ``name``."""


def split_items(text: str, syntax: ItemSyntax, masked: str | None = None) -> list[Item]:
    """Top-level items of ``text``; comments before an item stay with it."""
    m = mask(text, syntax.lang) if masked is None else masked
    n = len(m)
    items: list[Item] = []
    start = 0
    depth = 0  # all bracket kinds
    brace_depth = 0
    i = 0

    def emit(end: int) -> None:
        nonlocal start
        if end > start:
            items.append(Item(text[start:end], m[start:end]))
        start = end

    while i < n:
        ch = m[i]
        at_line_start = i == 0 or m[i - 1] == "\n"
        if depth == 0 and syntax.preprocessor_lines and at_line_start:
            j = i
            while j < n and m[j] in " \t":
                j += 1
            if j < n and m[j] == "#":
                # flush what precedes only if it is blank (comments), else keep accumulating
                if m[start:i].strip():
                    emit(i)
                end = i
                while True:
                    nl = m.find("\n", end)
                    if nl < 0:
                        end = n
                        break
                    if m[end:nl].rstrip().endswith("\\"):
                        end = nl + 1
                        continue
                    end = nl + 1
                    break
                emit(end)
                i = end
                continue
        if ch in "([{":
            depth += 1
            if ch == "{":
                brace_depth += 1
        elif ch in ")]}":
            depth = max(0, depth - 1)
            if ch == "}":
                brace_depth = max(0, brace_depth - 1)
                if depth == 0 and syntax.brace_ends_item:
                    # end of a block at top level: absorb "};", "} name;" (C typedefs)
                    j = i + 1
                    while j < n and m[j] in " \t":
                        j += 1
                    if j < n and m[j] == ";":
                        emit(j + 1)
                        i = j + 1
                        continue
                    if j < n and (m[j].isalpha() or m[j] == "_") and syntax.typedef_tail:
                        i += 1
                        continue
                    if syntax.continues_after_brace(m, j):
                        i += 1
                        continue
                    emit(i + 1)
                    i += 1
                    continue
        elif ch == ";" and depth == 0:
            emit(i + 1)
            i += 1
            continue
        elif ch == "\n" and depth == 0 and syntax.newline_ends_items:
            line_start = m.rfind("\n", 0, i) + 1
            current = m[start:i]
            if current.strip() and not syntax.continues_after_newline(m, line_start, i, current):
                emit(i + 1)
                i += 1
                continue
        i += 1
    if start < n:
        emit(n)
    # merge blank/comment-only items into the next item
    merged: list[Item] = []
    pending_text, pending_mask = "", ""
    for it in items:
        if not it.masked.strip():
            pending_text += it.text
            pending_mask += it.masked
            continue
        merged.append(Item(pending_text + it.text, pending_mask + it.masked))
        pending_text, pending_mask = "", ""
    if pending_text:
        merged.append(Item(pending_text, pending_mask, kind="blank"))
    for it in merged:
        if it.kind != "blank":
            syntax.classify(it)
    return merged


def head_before_brace(masked: str) -> tuple[str, int]:
    """Masked text before the first "{" at bracket depth 0 (and the brace's index)."""
    depth = 0
    for k, ch in enumerate(masked):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth -= 1
        elif ch == "{" and depth == 0:
            return masked[:k], k
    return masked, -1


def find_call_paren(masked: str, name: str, start: int = 0) -> int:
    """Index of the "(" opening the parameter list after the definition of ``name``."""
    m = re.compile(r"\b" + re.escape(name) + r"\b").search(masked, start)
    if not m:
        return -1
    k = masked.find("(", m.end())
    return k


def split_params(params: str) -> list[str]:
    """Split a parameter list at top-level commas (templates and generics respected)."""
    parts: list[str] = []
    depth = 0
    cur = ""
    for ch in params:
        if ch in "<([{":
            depth += 1
        elif ch in ">)]}":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append(cur)
            cur = ""
        else:
            cur += ch
    if cur.strip():
        parts.append(cur)
    return [p.strip() for p in parts if p.strip()]
