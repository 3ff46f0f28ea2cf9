"""Split brace-language source into top-level items and read function headers.

Everything here works on text masked by ``_lex.mask`` (comments and string contents blanked),
so braces, semicolons and names inside literals or comments never count.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ._lex import mask, match_brace

_CONTROL = {"if", "for", "while", "switch", "catch", "return", "sizeof", "else", "do", "new", "throw", "synchronized"}
_JS_CONT_START = re.compile(r"^\s*(?:[.?:)\]+\-*/%&|^=,]|&&|\|\||\?\?|=>)")
_JS_CONT_END = re.compile(r"(?:[=,(\[{+\-*/%&|^?:<>!.]|=>)\s*$")


@dataclass
class Item:
    text: str
    masked: str
    kind: str = "other"  # import package preproc using func main class type decl stmt blank other
    name: str | None = None
    children: list["Item"] = field(default_factory=list)  # Java class members
    open_brace: int = -1  # index of the class/func body "{" in text, if any

    @property
    def stripped(self) -> str:
        return self.masked.strip()


def split_items(text: str, language: str, masked: str | None = None) -> list[Item]:
    """Top-level items of ``text``; comments before an item stay with it."""
    m = mask(text, language) if masked is None else masked
    n = len(m)
    items: list[Item] = []
    start = 0
    depth = 0  # all bracket kinds
    brace_depth = 0
    i = 0
    c_family = language in ("c", "cpp")
    js = language in ("javascript", "typescript")
    go = language == "go"

    def emit(end: int) -> None:
        nonlocal start
        if end > start:
            items.append(Item(text[start:end], m[start:end]))
        start = end

    while i < n:
        ch = m[i]
        at_line_start = i == 0 or m[i - 1] == "\n"
        if depth == 0 and c_family and at_line_start:
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
                if depth == 0 and not go:
                    # end of a block at top level: absorb "};", "} name;" (C typedefs)
                    j = i + 1
                    while j < n and m[j] in " \t":
                        j += 1
                    if j < n and m[j] == ";":
                        emit(j + 1)
                        i = j + 1
                        continue
                    if j < n and (m[j].isalpha() or m[j] == "_") and c_family:
                        i += 1
                        continue
                    if js and j < n and (m[j] in ".,)({=|&[>" or m[j:j + 2] == "as"):
                        i += 1
                        continue
                    if js:
                        # "const f = () => {...}\n  .bind(x)" or "}\n)" continue the statement
                        k = j
                        while k < n and m[k] in " \t\n":
                            k += 1
                        if k < n and _JS_CONT_START.match(m[k:k + 3]) and m[k] != "/":
                            i += 1
                            continue
                    emit(i + 1)
                    i += 1
                    continue
        elif ch == ";" and depth == 0:
            emit(i + 1)
            i += 1
            continue
        elif ch == "\n" and depth == 0 and (go or js):
            line_start = m.rfind("\n", 0, i) + 1
            current = m[start:i]
            if current.strip():
                ends_open = bool(_JS_CONT_END.search(m[line_start:i])) if js else bool(re.search(r"[,(\[{+\-*/%&|^=.]\s*$", m[line_start:i]))
                k = i + 1
                while k < n and m[k] in " \t\n":
                    k += 1
                next_cont = bool(_JS_CONT_START.match(m[k:k + 3])) if js and k < n else False
                if go and k < n and m[k] == ".":
                    next_cont = True
                if js and re.match(r"\s*@\w+", current.split("\n")[-1]):
                    ends_open = True  # TS decorator line
                if not ends_open and not next_cont:
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
            classify(it, language)
    return merged


_C_FUNC_HEAD = re.compile(r"(?:^|[\s*&:>])(~?[A-Za-z_]\w*)\s*\($")
_JS_FUNC = re.compile(r"^(?:export\s+(?:default\s+)?)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*[<(]")
_JS_VAR_FUNC = re.compile(
    r"^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>|<)"
)
_JS_VAR = re.compile(r"^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)")
_JS_CLASS = re.compile(r"^(?:export\s+(?:default\s+)?)?(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)")
_TS_TYPE = re.compile(r"^(?:export\s+)?(?:declare\s+)?(?:interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)")
_JAVA_CLASS = re.compile(r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|protected|static|final|abstract|sealed)\s+)*(class|interface|enum|record)\s+(\w+)")
_GO_FUNC = re.compile(r"^func\s+([A-Za-z_]\w*)\s*[\[(]")


def _head_before_brace(masked: str) -> tuple[str, int]:
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


def classify(item: Item, language: str) -> None:
    s = item.masked.lstrip()
    offset = len(item.masked) - len(s)
    if language in ("c", "cpp"):
        if s.startswith("#"):
            item.kind = "import" if re.match(r"#\s*include\b", s) else "preproc"
            return
        if re.match(r"using\s+namespace\b", s):
            item.kind = "using"
            return
        if re.match(r"(?:template\b|namespace\b|struct\b|class\b|union\b|enum\b|typedef\b)", s):
            item.kind = "type"
            m = re.match(r"(?:struct|class|union|enum)\s+(\w+)", s)
            item.name = m.group(1) if m else None
            return
        head, brace = _head_before_brace(item.masked)
        if brace >= 0 and "=" not in head.replace("==", ""):
            h = head.rstrip()
            # strip trailing qualifiers: ") const", ") noexcept", ") -> T"
            h2 = re.sub(r"\)\s*(?:const\s*)?(?:noexcept\s*)?(?:->\s*[\w:<>,\s*&]+)?$", ")", h)
            if h2.endswith(")"):
                depth = 0
                for k in range(len(h2) - 1, -1, -1):
                    if h2[k] == ")":
                        depth += 1
                    elif h2[k] == "(":
                        depth -= 1
                        if depth == 0:
                            m = _C_FUNC_HEAD.search(h2[: k + 1])
                            if m and m.group(1) not in _CONTROL:
                                item.name = m.group(1)
                                item.kind = "main" if item.name == "main" else "func"
                                item.open_brace = brace
                                return
                            break
        item.kind = "decl"
        return
    if language == "java":
        if re.match(r"import\b", s):
            item.kind = "import"
            return
        if re.match(r"package\b", s):
            item.kind = "package"
            return
        m = _JAVA_CLASS.match(s)
        if m:
            item.kind = "class"
            item.name = m.group(2)
            head, brace = _head_before_brace(item.masked)
            if brace >= 0:
                item.open_brace = brace
                close = match_brace(item.masked, brace)
                inner_end = close if close >= 0 else len(item.masked)
                inner_text = item.text[brace + 1 : inner_end]
                inner_mask = item.masked[brace + 1 : inner_end]
                item.children = split_items(inner_text, "java", inner_mask)
                for child in item.children:
                    _classify_java_member(child)
            return
        _classify_java_member(item)
        return
    if language == "go":
        if re.match(r"package\b", s):
            item.kind = "package"
            return
        if re.match(r"import\b", s):
            item.kind = "import"
            return
        m = _GO_FUNC.match(s)
        if m:
            item.name = m.group(1)
            item.kind = "main" if item.name == "main" else "func"
            return
        if s.startswith("func"):
            item.kind = "decl"  # method with a receiver
            return
        item.kind = "decl"
        return
    if language in ("javascript", "typescript"):
        if re.match(r"import\b(?!\s*\()", s):
            item.kind = "import"
            return
        if re.match(r"(?:module\.)?exports\b|export\s+default\s+[\w$]+\s*;?\s*$|export\s*\{", s):
            item.kind = "stmt"
            return
        for pattern, kind in ((_JS_FUNC, "func"), (_JS_VAR_FUNC, "func"), (_JS_CLASS, "type"), (_TS_TYPE, "type")):
            m = pattern.match(s)
            if m:
                item.kind = kind
                item.name = m.group(1)
                return
        m = _JS_VAR.match(s)
        if m:
            item.kind = "decl"
            item.name = m.group(1)
            return
        item.kind = "stmt"
        return
    del offset


def _classify_java_member(item: Item) -> None:
    s = item.masked.lstrip()
    m = _JAVA_CLASS.match(s)
    if m:
        item.kind = "type"
        item.name = m.group(2)
        return
    head, brace = _head_before_brace(item.masked)
    if brace >= 0:
        h = re.sub(r"\)\s*throws\s+[\w.,\s<>]+$", ")", head.rstrip())
        if h.endswith(")") and "=" not in h:
            depth = 0
            for k in range(len(h) - 1, -1, -1):
                if h[k] == ")":
                    depth += 1
                elif h[k] == "(":
                    depth -= 1
                    if depth == 0:
                        m = re.search(r"\b([A-Za-z_]\w*)\s*\($", h[: k + 1])
                        if m and m.group(1) not in _CONTROL:
                            item.name = m.group(1)
                            is_main = item.name == "main" and re.search(r"\bstatic\b", h) is not None
                            item.kind = "main" if is_main else "func"
                            item.open_brace = brace
                            return
                        break
    item.kind = "decl"


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


def param_names(params: str, language: str) -> list[str] | None:
    names: list[str] = []
    for part in split_params(params):
        part = part.split("=")[0].strip()
        if language in ("c", "cpp") and part == "void":
            continue
        if language == "go":
            m = re.match(r"([A-Za-z_]\w*)", part)
        elif language in ("javascript", "typescript"):
            m = re.match(r"(?:\.\.\.)?\s*([A-Za-z_$][\w$]*)", part)
        elif language == "python":
            m = re.match(r"\**\s*([A-Za-z_]\w*)", part)
        else:
            part = re.sub(r"(\s*\[\s*\w*\s*\])+$", "", part)
            found = re.findall(r"[A-Za-z_]\w*", part)
            m = None
            if found:
                names.append(found[-1])
                continue
        if not m:
            return None
        names.append(m.group(1))
    return names
