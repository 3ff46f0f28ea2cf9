"""JavaScript and TypeScript extraction rules (both languages' specs name ``ScriptHandler``).

Statements may end at a newline, so items end where a line neither ends open (``=``, ``,``, an
operator) nor the next one continues it (``.then``, ``)``). The entry point may be a function
declaration or a ``const`` holding a function or an arrow (whose body may be an expression); a
TypeScript return type may hold braces of its own. A model's ``export``, its example calls and
the ``require`` lines only its own test harness used are dropped.
"""

from __future__ import annotations

import re

from ...inference._items import Item, split_params
from ...inference._lex import mask, match_brace
from ...inference.extract.brace import BraceHandler, Func
from ...inference.extract.common import references

_CONT_START = re.compile(r"^\s*(?:[.?:)\]+\-*/%&|^=,]|&&|\|\||\?\?|=>)")
_CONT_END = re.compile(r"(?:[=,(\[{+\-*/%&|^?:<>!.]|=>)\s*$")
_FUNC = re.compile(r"^(?:export\s+(?:default\s+)?)?(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)\s*[<(]")
_VAR_FUNC = re.compile(
    r"^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*(?::[^=]+)?=\s*(?:async\s+)?"
    r"(?:function\b|\(|[A-Za-z_$][\w$]*\s*=>|<)"
)
_VAR = re.compile(r"^(?:export\s+)?(?:const|let|var)\s+([A-Za-z_$][\w$]*)")
_CLASS = re.compile(r"^(?:export\s+(?:default\s+)?)?(?:abstract\s+)?class\s+([A-Za-z_$][\w$]*)")
_TS_TYPE = re.compile(r"^(?:export\s+)?(?:declare\s+)?(?:interface|type|enum|namespace)\s+([A-Za-z_$][\w$]*)")


class ScriptHandler(BraceHandler):
    newline_ends_items = True

    # -- items ---------------------------------------------------------------------------
    def continues_after_brace(self, masked: str, j: int) -> bool:
        n = len(masked)
        if j < n and (masked[j] in ".,)({=|&[>" or masked[j : j + 2] == "as"):
            return True
        # "const f = () => {...}\n  .bind(x)" or "}\n)" continue the statement
        k = j
        while k < n and masked[k] in " \t\n":
            k += 1
        return k < n and bool(_CONT_START.match(masked[k : k + 3])) and masked[k] != "/"

    def continues_after_newline(self, masked: str, line_start: int, i: int, current: str) -> bool:
        ends_open = bool(_CONT_END.search(masked[line_start:i]))
        k = i + 1
        while k < len(masked) and masked[k] in " \t\n":
            k += 1
        next_cont = bool(_CONT_START.match(masked[k : k + 3])) if k < len(masked) else False
        if re.match(r"\s*@\w+", current.split("\n")[-1]):
            ends_open = True  # TS decorator line
        return ends_open or next_cont

    def classify(self, item: Item) -> None:
        s = item.masked.lstrip()
        if re.match(r"import\b(?!\s*\()", s):
            item.kind = "import"
            return
        if re.match(r"(?:module\.)?exports\b|export\s+default\s+[\w$]+\s*;?\s*$|export\s*\{", s):
            item.kind = "stmt"
            return
        for pattern, kind in ((_FUNC, "func"), (_VAR_FUNC, "func"), (_CLASS, "type"), (_TS_TYPE, "type")):
            m = pattern.match(s)
            if m:
                item.kind = kind
                item.name = m.group(1)
                return
        m = _VAR.match(s)
        if m:
            item.kind = "decl"
            item.name = m.group(1)
            return
        item.kind = "stmt"

    # -- the entry point -----------------------------------------------------------------
    def definition_regex(self, entry: str) -> re.Pattern[str]:
        e = re.escape(entry)
        return re.compile(
            r"(?:\bfunction\s*\*?\s*"
            + e
            + r"\s*[<(]|\b(?:const|let|var)\s+"
            + e
            + r"\s*(?::[^=]+)?=\s*(?:async\s*)?(?:function\b|\(|[\w$]+\s*=>|<))"
        )

    def param_names(self, params: str) -> list[str] | None:
        names: list[str] = []
        for part in split_params(params):
            m = re.match(r"(?:\.\.\.)?\s*([A-Za-z_$][\w$]*)", part.split("=")[0].strip())
            if not m:
                return None
            names.append(m.group(1))
        return names

    def func_parts(self, it: Item) -> Func | None:
        m = it.masked
        name_m = re.search(r"\b" + re.escape(self.entry) + r"\b", m)
        if not name_m:
            return None
        arrow_m = re.match(r"\s*(?::[^=]+)?=\s*(?:async\s*)?(?:<[^>]*>\s*)?(\(|[\w$]+\s*=>)", m[name_m.end() :])
        is_fn_expr = re.match(r"\s*(?::[^=]+)?=\s*(?:async\s*)?function\b", m[name_m.end() :])
        paren = m.find("(", name_m.end())
        if arrow_m and not is_fn_expr:
            return self._arrow_parts(it, name_m, arrow_m)
        if paren < 0:
            return None
        close = match_brace(m, paren)
        if close < 0:
            return None
        brace = _body_brace(m, close)
        if brace < 0:
            return None
        return Func(it, brace, it.text[paren + 1 : close], it.text[:brace])

    def _arrow_parts(self, it: Item, name_m: re.Match[str], arrow_m: re.Match[str]) -> Func | None:
        m = it.masked
        if arrow_m.group(1) == "(":
            paren = name_m.end() + arrow_m.start(1)
            close = match_brace(m, paren)
            if close < 0:
                return None
            params = it.text[paren + 1 : close]
            after = close + 1
        else:
            params = arrow_m.group(1).split("=>")[0].strip()
            after = name_m.end() + arrow_m.end(1) - 2
        arrow = m.find("=>", after)
        if arrow < 0:
            return None
        k = arrow + 2
        while k < len(m) and m[k] in " \t\n":
            k += 1
        if k < len(m) and m[k] == "{":
            return Func(it, k, params, it.text[:k])
        expr = it.text[k:].rstrip().rstrip(";").rstrip()
        return Func(it, -1, params, it.text[:k], expr_body=expr)

    def call_args(self, fn: Func) -> list[str]:
        names = self.prompt_params or []
        parts = split_params(fn.params)
        return [("..." + n if k < len(parts) and parts[k].startswith("...") else n) for k, n in enumerate(names)]

    # -- what comes along ----------------------------------------------------------------
    def is_example_usage(self, it: Item) -> bool:
        return it.kind == "decl" and references(it.masked.split("=", 1)[-1], self.entry)

    def drop_unused(self, pre: list[Item], post: list[Item], entry: Item) -> tuple[list[Item], list[Item]]:
        """Drop ``const x = require(...)`` lines nothing kept uses (a test harness's ``assert``):
        repeated after the body they would clash with the benchmark's own."""

        def is_require(it: Item) -> bool:
            return it.kind == "decl" and re.search(r"=\s*require\s*\(", it.masked) is not None

        others = mask(entry.text, self.lang) + "\n".join(it.masked for it in pre + post if not is_require(it))
        keep = lambda it: not is_require(it) or references(others, it.name)  # noqa: E731
        return [it for it in pre if keep(it)], [it for it in post if keep(it)]

    def tidy(self, it: Item) -> str:
        export = r"^(\s*(?://[^\n]*\n|/\*.*?\*/\s*)*\s*)export\s+(?:default\s+)?"
        return re.sub(export, r"\1", it.text.strip("\n"), flags=re.S)


def _body_brace(masked: str, close: int) -> int:
    """The "{" opening a function body after the parameter list's ")" at ``close``, skipping a
    TypeScript return type annotation that may itself contain braces ({[k: string]: number})."""
    k = close + 1
    while k < len(masked) and masked[k] in " \t\n":
        k += 1
    if k >= len(masked) or masked[k] != ":":
        return masked.find("{", close)
    k += 1
    seen_type = False
    depth = 0
    while k < len(masked):
        ch = masked[k]
        if ch in "<([":
            depth += 1
        elif ch in ">)]" and not (ch == ">" and masked[k - 1] == "="):
            depth -= 1
        elif ch == "{":
            if depth == 0 and seen_type:
                return k
            end = match_brace(masked, k)
            if end < 0:
                return -1
            k = end + 1
            seen_type = True
            continue
        elif not ch.isspace():
            seen_type = True
        k += 1
    return -1
