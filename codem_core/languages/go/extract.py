"""Go extraction rules: statements end at newlines; the model's ``main``, ``package`` line and
``TestX`` functions are dropped; imports are kept only for the packages the completion uses
(Go rejects unused imports, and a model's ``fmt`` often served only its dropped ``main``)."""

from __future__ import annotations

import re
from dataclasses import replace

from ...inference._items import Item, split_params
from ...inference._lex import mask, match_brace
from ...inference.extract.brace import BraceHandler, Func
from ...inference.extract.common import Extraction

_FUNC = re.compile(r"^func\s+([A-Za-z_]\w*)\s*[\[(]")
_IMPORT_SPEC = re.compile(r'(?:([A-Za-z_]\w*|\.)\s+)?"([^"]+)"')


class GoHandler(BraceHandler):
    brace_ends_item = False
    newline_ends_items = True

    def continues_after_newline(self, masked: str, line_start: int, i: int, current: str) -> bool:
        ends_open = bool(re.search(r"[,(\[{+\-*/%&|^=.]\s*$", masked[line_start:i]))
        k = i + 1
        while k < len(masked) and masked[k] in " \t\n":
            k += 1
        return ends_open or (k < len(masked) and masked[k] == ".")

    def classify(self, item: Item) -> None:
        s = item.masked.lstrip()
        if re.match(r"package\b", s):
            item.kind = "package"
            return
        if re.match(r"import\b", s):
            item.kind = "import"
            return
        m = _FUNC.match(s)
        if m:
            item.name = m.group(1)
            item.kind = "main" if item.name == "main" else "func"
            return
        item.kind = "decl"  # a method with a receiver, a type, a var or const

    def definition_regex(self, entry: str) -> re.Pattern[str]:
        return re.compile(r"(?m)^\s*func\s+" + re.escape(entry) + r"\s*[\[(]")

    def param_names(self, params: str) -> list[str] | None:
        names: list[str] = []
        for part in split_params(params):
            m = re.match(r"([A-Za-z_]\w*)", part.split("=")[0].strip())
            if not m:
                return None
            names.append(m.group(1))
        return names

    def params_paren(self, masked: str) -> int:
        return masked.find("(", re.search(r"\bfunc\s+" + re.escape(self.entry), masked).end())

    def body_brace(self, masked: str, close: int) -> int:
        # a result type may hold braces of its own: interface{}, struct{...}
        k = close + 1
        depth = 0
        while k < len(masked):
            ch = masked[k]
            if ch in "([":
                depth += 1
            elif ch in ")]":
                depth -= 1
            elif ch == "{" and depth == 0:
                if re.search(r"\b(?:interface|struct)\s*$", masked[:k]):
                    close_t = match_brace(masked, k)
                    k = close_t + 1 if close_t > 0 else k + 1
                    continue
                return k
            k += 1
        return -1

    def is_harness(self, it: Item) -> bool:
        """``func TestX(t *testing.T)`` (and benchmarks, examples, fuzz targets): the model's own
        tests, which would also clash with the benchmark's ``TestX``."""
        return it.kind == "func" and re.match(r"(?:Test|Benchmark|Example|Fuzz)(?![a-z])", it.name or "") is not None

    def is_void(self, fn: Func) -> bool:
        close = fn.head.rfind(")")
        return not fn.head[close + 1 :].strip()

    def call_args(self, fn: Func) -> list[str]:
        names = self.prompt_params or []
        parts = split_params(fn.params)
        out = []
        for k, name in enumerate(names):
            variadic = k == len(names) - 1 and parts and "..." in parts[-1]
            out.append(name + ("..." if variadic else ""))
        return out

    def adapter_lines(self, fn: Func, call: str, void: bool) -> str:
        return "\n    " + (f"{call}\n" if void else f"return {call}\n")

    def finish(self, res: Extraction) -> Extraction:
        """Keep one ``import [alias] "path"`` line per package the completion uses."""
        if not res.imports:
            return res
        used = mask(res.completion, "go")
        out: list[str] = []
        for line in res.imports:
            for alias, path in _IMPORT_SPEC.findall(line.removeprefix("import")):
                name = alias or path.rstrip("/").split("/")[-1]
                if alias in ("_", ".") or re.search(r"(?<![\w.])" + re.escape(name) + r"\s*\.", used):
                    spec = f'import {alias} "{path}"' if alias else f'import "{path}"'
                    if spec not in out:
                        out.append(spec)
        return replace(res, imports=tuple(out))
