"""Java extraction rules: the entry point is a method of ``class Solution``, which the prompt leaves open.

A class is one item whose members are items too. A continuation goes on after the method with
the class's other members up to the class's closing brace; a definition keeps the body, the
other members (they move after the method, inside the class) and the extra classes (no longer
``public``, since the file's public class is the test's ``Main``); the model's own ``main``
and ``public class Main`` are dropped, and its imports go to the top of the file.
"""

from __future__ import annotations

import re

from ...inference._items import CONTROL_WORDS, Item, head_before_brace, split_items
from ...inference._lex import mask, match_brace
from ...inference.extract.brace import BraceHandler, Func, closing_brace
from ...inference.extract.common import IMPL_SUFFIX, Extraction, close_body, code_of, lstrip_newline, norm_ws, rename

_JAVA_CLASS = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|private|protected|static|final|abstract|sealed)\s+)*"
    r"(class|interface|enum|record)\s+(\w+)"
)


class JavaHandler(BraceHandler):
    # -- items: a class holds its members --------------------------------------------
    def classify(self, item: Item) -> None:
        s = item.masked.lstrip()
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
            head, brace = head_before_brace(item.masked)
            if brace >= 0:
                item.open_brace = brace
                close = match_brace(item.masked, brace)
                inner_end = close if close >= 0 else len(item.masked)
                inner_text = item.text[brace + 1 : inner_end]
                inner_mask = item.masked[brace + 1 : inner_end]
                item.children = split_items(inner_text, self, inner_mask)
                for child in item.children:
                    _classify_member(child)
            return
        _classify_member(item)

    # -- the class the prompt leaves open ---------------------------------------------
    def close_truncated(self, completion: str) -> str:
        return completion + "}\n" if self.open_depth >= 2 else completion

    def continuation_tail(self, body: str, rest: str, method: str) -> Extraction | None:
        """After the method: the class's other members, then the class's end and extra classes."""
        if self.open_depth < 2:
            return None
        close = closing_brace(mask(rest, "java"))
        members_text = rest if close < 0 else rest[:close]
        after = "" if close < 0 else rest[close + 1 :]
        members = [it for it in split_items(members_text, self) if it.kind not in ("main", "blank")]
        members = [it for it in members if not (it.name and (it.name in self.prompt_defs or it.name == self.entry))]
        completion = body.rstrip("\n") + "\n"
        if members:
            completion += "\n" + "\n".join(it.text.strip("\n") for it in members) + "\n"
        completion += "}\n"
        tail = [it for it in split_items(after, self) if it.kind == "class" and not _has_main(it)]
        if tail:
            completion += "\n" + "\n".join(_unpublic(it.text.strip("\n")) for it in tail) + "\n"
        return Extraction(completion, method, True)

    # -- definitions -------------------------------------------------------------------
    def find_entry(self, items: list[Item]) -> tuple[Item | None, Item | None]:
        for it in items:
            if it.kind == "func" and it.name == self.entry:
                return it, None
            if it.kind == "class":
                for ch in it.children:
                    if ch.kind == "func" and ch.name == self.entry:
                        return ch, it
        return None, None

    def is_void(self, fn: Func) -> bool:
        head = mask(fn.head, self.lang)
        k = head.rfind(self.entry)
        return re.search(r"\bvoid\s*$", head[:k]) is not None

    def definition(self, items: list[Item], entry: Item, cls: Item | None, fn: Func, method: str) -> Extraction:
        imports = [
            norm_ws(code_of(it))
            for it in items
            if it.kind == "import" and norm_ws(code_of(it)) not in self.prompt_imports
        ]
        members = (
            cls.children if cls is not None else [it for it in items if it.kind not in ("import", "package", "class")]
        )
        extra_classes = [it for it in items if it.kind == "class" and it is not cls and not _has_main(it)]
        pre: list[Item] = []
        post: list[Item] = []
        seen = False
        for it in members:
            if it is entry:
                seen = True
                continue
            if it.kind in ("main", "blank", "import", "package"):
                continue
            if it.name and (it.name in self.prompt_defs or it.name == self.entry):
                continue
            (post if seen else pre).append(it)
        pnames = self.param_names(fn.params)
        renamed = (
            self.prompt_params is not None
            and pnames is not None
            and pnames != self.prompt_params
            and len(pnames) == len(self.prompt_params)
        )
        close_class = "}\n" if self.open_depth >= 2 else ""
        tail = ""
        if extra_classes:
            tail = "\n" + "\n\n".join(_unpublic(it.text.strip("\n")) for it in extra_classes) + "\n"
        if renamed:
            impl = self.entry + IMPL_SUFFIX
            call = f"{impl}({', '.join(self.prompt_params or [])})"
            head = "\n        " + (f"{call};\n" if self.is_void(fn) else f"return {call};\n") + "    }\n"
            kept = "\n".join(it.text.strip("\n") for it in pre + [entry] + post)
            kept = rename(kept, "java", self.entry, impl)
            completion = head + "\n" + kept + "\n" + close_class + tail
            return Extraction(lstrip_newline(completion), method + "+adapter", True, tuple(imports))
        body = self._drop_repeated_comment(close_body(entry.text[fn.open_brace + 1 :], "java"))
        completion = body.rstrip() + "\n"
        if pre or post:
            completion += "\n" + "\n".join(it.text.strip("\n") for it in pre + post) + "\n"
        completion += close_class + tail
        return Extraction(lstrip_newline(completion), method, True, tuple(imports))


def _classify_member(item: Item) -> None:
    s = item.masked.lstrip()
    m = _JAVA_CLASS.match(s)
    if m:
        item.kind = "type"
        item.name = m.group(2)
        return
    head, brace = head_before_brace(item.masked)
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
                        if m and m.group(1) not in CONTROL_WORDS:
                            item.name = m.group(1)
                            is_main = item.name == "main" and re.search(r"\bstatic\b", h) is not None
                            item.kind = "main" if is_main else "func"
                            item.open_brace = brace
                            return
                        break
    item.kind = "decl"


def _has_main(it: Item) -> bool:
    if any(ch.kind == "main" for ch in it.children):
        return True
    return re.search(r"\bstatic\s+void\s+main\s*\(", it.masked) is not None


def _unpublic(text: str) -> str:
    return re.sub(r"^(\s*(?:@\w+\s+)*)public\s+", r"\1", text)
