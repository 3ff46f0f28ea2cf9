"""What every extraction handler shares: the ``Extraction`` result and text helpers.

Prose detection (a reply's explanation lines are not code), whole-word references and renames
on masked text (comments and literals never count), the transitive selection of helpers a body
uses, and closing a body whose reply was cut off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .._items import Item
from .._lex import mask

IMPL_SUFFIX = "__codem"


@dataclass(frozen=True)
class Extraction:
    """The completion to append to ``prompt``, and how it was found."""

    completion: str
    method: str
    code_found: bool
    imports: tuple[str, ...] = ()  # import/include lines the completion needs at the top of the file
    block_language: str | None = None  # the fence tag of the block used, if any


class Handler:
    """A language's extraction rules, as ``inference.extraction`` uses them (one per reply).

    The reply is tried in order: ``from_lead`` (text before any fence: a continuation or an
    unfenced definition), then ``from_definition`` on the fenced block that ``defines_entry``,
    then ``from_body_block`` on the best other block; ``finish`` adjusts the result (Go keeps
    only the imports the completion uses).
    """

    def __init__(self, language: str, prompt: str, entry: str) -> None:
        self.lang = language
        self.prompt = prompt
        self.entry = entry

    def defines_entry(self, code: str) -> bool:
        raise NotImplementedError

    def from_lead(self, lead: str, has_blocks: bool) -> Extraction | None:
        raise NotImplementedError

    def from_definition(self, code: str, method: str, others: list[str]) -> Extraction | None:
        raise NotImplementedError

    def from_body_block(self, code: str) -> Extraction | None:
        raise NotImplementedError

    def finish(self, res: Extraction) -> Extraction:
        return res


_PROSE = re.compile(
    r"^(?:[-*+>]\s|\d+[.)]\s|\*\*|#{1,6}\s|"
    r"[A-Z][a-z'’]*,?(?:[ \t]+[\w'’\"`,.:;!?()/-]+){2,}[ \t]*$|"
    r"(?:Here|This|The|In|To|We|I|It|Note|Explanation|Example|Output|Sure|Certainly|Finally|First|Then|Now)\b[^;{}]*$)"
)
_CODE_START = re.compile(
    r"^(?:return|if|for|while|else|elif|try|except|switch|case|def|class|import|from|let|const|var|int|"
    r"long|float|double|char|bool|boolean|string|String|auto|vector|List|Map|Set|func|fmt|sort|static|public|"
    r"private|unsigned|size_t|std|struct|new|do|break|continue|pass|raise|with|yield|assert|print|console|"
    r"Arrays|Collections|Integer|Math|strings|strconv|math|result|res|ans|sum|count)\b"
)


def is_prose(line: str) -> bool:
    s = line.strip()
    if not s or s.startswith(("//", "/*", "*", "#include", "#define", "}", "{", ")", "@")):
        return False
    if s.startswith(("```", "~~~")):
        return True
    if _CODE_START.match(s) and not re.match(r"^\w+\s+(?:is|are|was|will|can|should|function|method)\b", s):
        return False
    assignment = re.search(r"\w\s*=\s*[\w\[({\"']", s) and not s.endswith((".", ":"))
    if s[-1] in ";{}(,=" or "=>" in s or ":=" in s or assignment:
        return False
    return bool(_PROSE.match(s))


def word_re(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])")


def references(masked: str, name: str | None) -> bool:
    return bool(name) and word_re(name).search(masked) is not None


def rename(text: str, language: str, old: str, new: str) -> str:
    masked = mask(text, language)
    out = []
    last = 0
    for m in word_re(old).finditer(masked):
        out.append(text[last : m.start()])
        out.append(new)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# entry points


def skip_leading_prose(text: str, language: str) -> str:
    """Drop prose lines (and blank lines) before the first line of code."""
    lines = text.split("\n")
    k = 0
    while k < len(lines) and (not lines[k].strip() or is_prose(lines[k])):
        k += 1
    return "\n".join(lines[k:])


def select_referenced(items, body_mask: str, always=lambda it: False):
    """Items (kind, name, text) transitively referenced from the body, in their order."""
    kept_idx: set[int] = set()
    frontier = [body_mask]
    while frontier:
        src = frontier.pop()
        for idx, it in enumerate(items):
            if idx in kept_idx:
                continue
            if always(it) or references(src, it[1]):
                kept_idx.add(idx)
                frontier.append(it[2])
    return [it for idx, it in enumerate(items) if idx in kept_idx]


# --------------------------------------------------------------------------------------------
# brace languages


def close_body(body: str, language: str) -> str:
    """The body text after the opening brace, with braces closed if the reply was truncated."""
    m = mask(body, language)
    depth = 1
    for k, ch in enumerate(m):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return body[: k + 1]
    return body.rstrip() + "\n" + "}\n" * depth


def norm_ws(text: str) -> str:
    return " ".join(text.split())


def code_of(it: Item) -> str:
    """An item's text without the comments that precede it."""
    k = len(it.masked) - len(it.masked.lstrip())
    return it.text[k:].strip()


def lstrip_newline(text: str) -> str:
    return text[1:] if text.startswith("\n") else text


def cut_at_prose(rest: str, language: str) -> str:
    """Cut text after a function at the first prose or fence line at brace depth 0."""
    masked = mask(rest, language)
    depth = 0
    offset = 0
    for ln, ml in zip(rest.split("\n"), masked.split("\n")):
        if depth == 0 and ln.strip() and (is_prose(ln) or ln.strip().startswith(("```", "~~~"))):
            return rest[:offset]
        depth += ml.count("{") - ml.count("}")
        offset += len(ln) + 1
    return rest


def strip_trailing_prose(text: str, language: str) -> str:
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or is_prose(lines[-1])):
        lines.pop()
    return "\n".join(lines)
