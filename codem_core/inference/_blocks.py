"""Markdown code blocks in a chat reply, and the reply-level fixes applied to them.

* ``find_code_blocks``: fenced blocks (``` or ~~~, closed or cut off), with the fence's
  language tag read from the forms models write (```python, ``` python3, ```{.python}).
* ``html_blocks_to_fences``: ``<pre><code>`` blocks of a reply rendered as HTML become fences.
* ``unescape_html``: replies rendered through an HTML layer arrive with ``&lt;`` for ``<``;
  no evaluated language has entities in code, so a block with one outside string literals and
  comments was escaped as a whole and is unescaped as a whole.
* ``revised_block``: when the reply says a later block fixes an earlier one ("an improved
  version", "the corrected code"), the later block is the answer.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from ..errors import UnknownLanguageError
from ..languages import LANGUAGES, get_language
from ._lex import mask

__all__ = ["CodeBlock", "find_code_blocks", "html_blocks_to_fences", "unescape_html", "revised_block"]


@dataclass(frozen=True)
class CodeBlock:
    tag: str  # lowercased fence tag, "" when untagged
    code: str
    start: int  # offset of the opening fence line in the reply
    closed: bool
    end: int = -1  # offset just after the closing fence line (len(text) when unclosed)


# the tag may follow a space ("``` python3") or sit in pandoc braces ("```{.python .numberLines}")
_FENCE_LINE = re.compile(r"^[ \t]*(`{3,}|~{3,})[ \t]*(?:\{[ \t]*\.?)?([\w+#.\-]*)[^\n`]*$")
_MASKABLE = tuple(k for k, s in LANGUAGES.items() if s.lexer is not None)  # languages mask() can read


def _tag_language(tag: str) -> str | None:
    try:
        key = get_language(tag).key if tag else None
    except UnknownLanguageError:
        return None
    return key if key in _MASKABLE else None


def _fence_inside_literal(buf: list[str], line: str, tag: str) -> bool:
    """Is the fence that ends ``line`` inside a string literal or a comment of the block's code?

    ``x = 2```"`` closes a block, but ``# text such as ```"`` or a ``/* ... ``` `` comment line
    does not. An untagged block is read as Python and as C: either one hiding the fence counts.
    """
    text = "\n".join(buf + [line])
    pos = len(text) - 1
    lang = _tag_language(tag)
    for candidate in [lang] if lang else ["python", "c"]:
        if mask(text, candidate)[pos] == " ":
            return True
    return False


def find_code_blocks(text: str) -> tuple[list[CodeBlock], int]:
    """Markdown code blocks (closed or not) and the offset of the first fence (len(text) if none)."""
    blocks: list[CodeBlock] = []
    lines = text.split("\n")
    offset = 0
    first = len(text)
    open_tag: str | None = None
    open_fence = ""
    open_start = 0
    buf: list[str] = []
    for line in lines:
        line_start = offset
        offset += len(line) + 1
        m = _FENCE_LINE.match(line)
        if open_tag is None:
            if m:
                open_tag = m.group(2).lower()
                open_fence = m.group(1)[0] * 3
                open_start = line_start
                first = min(first, line_start)
                buf = []
            continue
        if m and m.group(1).startswith(open_fence):
            blocks.append(CodeBlock(open_tag, "\n".join(buf) + "\n", open_start, True, min(offset, len(text))))
            open_tag = None
            if m.group(2):  # "```python" while a block is open: treat as close + open
                open_tag = m.group(2).lower()
                open_start = line_start
                buf = []
            continue
        stripped = line.rstrip()
        if (
            stripped.endswith(open_fence)
            and stripped.strip() != open_fence
            and not _fence_inside_literal(buf, stripped, open_tag)
        ):
            buf.append(stripped[: -len(open_fence)].rstrip())
            blocks.append(CodeBlock(open_tag, "\n".join(buf) + "\n", open_start, True, min(offset, len(text))))
            open_tag = None
            continue
        buf.append(line)
    if open_tag is not None:
        code = "\n".join(buf)
        if code.strip():
            blocks.append(CodeBlock(open_tag, code.rstrip() + "\n", open_start, False, len(text)))
    return blocks, first


_HTML_BLOCK = re.compile(r"<pre\b[^>]*>\s*<code\b([^>]*)>(.*?)(?:</code>\s*</pre>|\Z)", re.S | re.I)


def html_blocks_to_fences(text: str) -> str:
    """``<pre><code class="language-x">...</code></pre>`` (a reply rendered as HTML) as a
    markdown fence tagged ``x``, its entities decoded (HTML escapes all of the code)."""
    if "<code" not in text.lower():
        return text

    def fence(m: re.Match[str]) -> str:
        tag = re.search(r"\b(?:language|lang)-([\w+#.\-]+)", m.group(1))
        return "\n```" + (tag.group(1) if tag else "") + "\n" + html.unescape(m.group(2)).strip("\n") + "\n```\n"

    return _HTML_BLOCK.sub(fence, text)


_ENTITY = re.compile(r"&(?:lt|gt|amp|quot|apos|#\d{1,5}|#[xX][0-9a-fA-F]{1,4});")


def unescape_html(code: str, language: str) -> str:
    """``code`` with HTML entities decoded, if an entity stands where code (not a literal) is."""
    if "&" not in code:
        return code
    masked = mask(code, language)
    if any(masked[m.start()] == "&" for m in _ENTITY.finditer(code)):
        return html.unescape(code)
    return code


# Prose that presents a block as a fix of an earlier one. Neutral alternatives ("Solution 2
# (shorter)", "Alternatively") do not count: then the first block stays the answer.
_REVISION = re.compile(
    r"\b(?:improved|corrected|correct(?:ion| version| code| solution| implementation)|fix(?:ed|es)?|updated|revised"
    r"|better|optimi[sz]ed|more efficient|refined|final (?:version|code|solution)|bug|mistake|oops|wrong|incorrect"
    r"|off by one)\b",
    re.I,
)


def revised_block(text: str, blocks: list[CodeBlock], candidates: list[CodeBlock]) -> CodeBlock:
    """The answer among ``candidates`` (blocks that define the entry point, in reply order):
    the last one introduced as a revision of an earlier one, else the first."""
    best = candidates[0]
    for cand in candidates[1:]:
        prev_end = max((b.end for b in blocks if b.start < cand.start), default=0)
        if _REVISION.search(text[prev_end : cand.start]):
            best = cand
    return best
