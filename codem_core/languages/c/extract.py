"""C and C++ extraction rules (both languages' specs name ``CFamilyHandler``).

``#include`` and ``#define`` lines are items of their own; includes go to the top of the file
(and stay with helpers placed after the body), defines move into the body. Helpers defined
after the body get block-scope prototypes so the body can call them. Types, globals or
templates the model put before the function cannot move after the body: then the body calls
the model's own function, renamed, through a prototype (``+adapter``).
"""

from __future__ import annotations

import re

from ...inference._items import CONTROL_WORDS, Item, head_before_brace
from ...inference._lex import mask
from ...inference.extract.brace import BraceHandler, Func
from ...inference.extract.common import IMPL_SUFFIX, references, rename

_C_FUNC_HEAD = re.compile(r"(?:^|[\s*&:>])(~?[A-Za-z_]\w*)\s*\($")


class CFamilyHandler(BraceHandler):
    preprocessor_lines = True
    typedef_tail = True
    keeps_includes = True
    no_params = ("void",)

    def classify(self, item: Item) -> None:
        s = item.masked.lstrip()
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
        head, brace = head_before_brace(item.masked)
        if brace >= 0 and "=" not in head.replace("==", ""):
            # strip trailing qualifiers: ") const", ") noexcept", ") -> T"
            h2 = re.sub(r"\)\s*(?:const\s*)?(?:noexcept\s*)?(?:->\s*[\w:<>,\s*&]+)?$", ")", head.rstrip())
            if h2.endswith(")"):
                depth = 0
                for k in range(len(h2) - 1, -1, -1):
                    if h2[k] == ")":
                        depth += 1
                    elif h2[k] == "(":
                        depth -= 1
                        if depth == 0:
                            m = _C_FUNC_HEAD.search(h2[: k + 1])
                            if m and m.group(1) not in CONTROL_WORDS:
                                item.name = m.group(1)
                                item.kind = "main" if item.name == "main" else "func"
                                item.open_brace = brace
                                return
                            break
        item.kind = "decl"

    def needs_adapter(self, pre: list[Item]) -> bool:
        return any(it.kind in ("type", "decl") for it in pre)

    def body_prefix(self, helpers: list[Item], body_mask: str) -> str:
        """Block-scope declarations so the body can call helpers defined after it."""
        out = ""
        for it in helpers:
            if it.kind != "func" or not references(body_mask, it.name) or it.open_brace < 0:
                continue
            head = _strip_storage(it.text[: it.open_brace]).strip()
            head = re.sub(r"^(?:\s*(?://[^\n]*|/\*.*?\*/)\s*)*", "", head, flags=re.S)
            out += "\n    " + " ".join(head.split()) + ";"
        return out

    def definition_prefix(self, pre: list[Item], helpers: list[Item], body_mask: str) -> tuple[str, list[Item]]:
        # the model's #defines move into the body, in their order
        defines = [it for it in pre if it.kind == "preproc"]
        prefix = "".join("\n" + it.text.strip() for it in defines)
        return prefix + self.body_prefix(helpers, body_mask), [it for it in pre if it.kind != "preproc"]

    def is_void(self, fn: Func) -> bool:
        head = mask(fn.head, self.lang)
        k = head.rfind(self.entry)
        return re.search(r"\bvoid\s*$", head[:k]) is not None

    def adapter_lines(self, fn: Func, call: str, void: bool) -> str:
        proto = rename(_strip_storage(fn.head).strip(), self.lang, self.entry, self.entry + IMPL_SUFFIX)
        proto = re.sub(r"^(?:\s*(?://[^\n]*|/\*.*?\*/)\s*)*", "", proto, flags=re.S)
        return f"\n    {proto};\n    " + (f"{call};\n    return;\n" if void else f"return {call};\n")

    def tidy(self, it: Item) -> str:
        text = it.text.strip("\n")
        if it.kind == "func":
            k = it.open_brace - (len(it.text) - len(it.text.lstrip("\n")))
            text = _strip_storage(text[:k]) + text[k:]
        return text


def _strip_storage(head: str) -> str:
    return re.sub(r"\b(?:static|inline|extern)\s+", "", head)
