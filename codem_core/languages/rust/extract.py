"""Rust's extraction rules (HumanEvalPack: the prompt ends with the open signature ``fn f(...) -> T{``).

A continuation is the brace family's. From a definition (a fenced block, or the whole program
repeated) the body is kept and everything else the model wrote that the body may need goes
*inside* the body, before its statements: ``use`` lines, helper functions, types, ``impl``
blocks and constants are items, and items in a block are visible to the whole block. At module
level they would clash with the prompt's own imports (it imports ``max``, ``replace``,
``HashMap``, ``Index``... and Rust rejects a name imported or defined twice), inside the body they
shadow them. The model's ``fn main``, its ``#[cfg(test)]`` module and ``#[test]`` functions are
dropped. When the model renamed the parameters or wrote the function as a method of
``impl Solution`` (LeetCode style), the body calls the model's own function, kept whole.
"""

from __future__ import annotations

import re

from ...inference._items import Item, split_params
from ...inference.extract.brace import BraceHandler, Func
from ...inference.extract.common import IMPL_SUFFIX, Extraction, close_body, code_of, lstrip_newline, norm_ws, rename

_ATTRS = re.compile(r"^(?:#\s*\[[^\]]*\]\s*)*")
_VIS = r"(?:pub(?:\s*\([^)]*\))?\s+)?"
_FN = re.compile(_VIS + r"(?:(?:const|async|unsafe|extern\s*(?:\"[^\"]*\"\s*)?)\s+)*fn\s+([A-Za-z_]\w*)")
_TYPE = re.compile(_VIS + r"(?:struct|enum|union|trait|type|mod)\s+([A-Za-z_]\w*)")
_IMPL = re.compile(r"(?:unsafe\s+)?impl\b\s*(?:<[^{]*?>)?\s*(?:[\w:<>,\s&']+?\s+for\s+)?&?\s*([A-Za-z_]\w*)")
_VALUE = re.compile(_VIS + r"(?:const|static(?:\s+mut)?)\s+([A-Za-z_]\w*)")
_MACRO = re.compile(r"macro_rules!\s*([A-Za-z_]\w*)")
_TEST_ATTR = re.compile(r"#\s*\[\s*(?:cfg\s*\(\s*test\s*\)|test)\s*\]")


class RustHandler(BraceHandler):
    def classify(self, item: Item) -> None:
        s = item.masked.lstrip()
        attrs = _ATTRS.match(s).group(0)
        core = s[len(attrs) :]
        if _TEST_ATTR.search(attrs):
            item.kind = "test"  # the model's own tests: #[cfg(test)] mod tests, #[test] fn
            return
        if re.match(_VIS + r"(?:use\b|extern\s+crate\b)", core):
            item.kind = "import"
            return
        for pattern, kind in ((_FN, "func"), (_TYPE, "type"), (_IMPL, "type"), (_VALUE, "decl"), (_MACRO, "decl")):
            m = pattern.match(core)
            if m:
                item.kind = "main" if kind == "func" and m.group(1) == "main" else kind
                item.name = m.group(1)
                return
        item.kind = "stmt"

    # -- the entry point -----------------------------------------------------------------
    def definition_regex(self, entry: str) -> re.Pattern[str]:
        return re.compile(r"\bfn\s+" + re.escape(entry) + r"\s*[<(]")

    def params_paren(self, masked: str) -> int:
        m = re.search(r"\bfn\s+" + re.escape(self.entry) + r"\b\s*", masked)
        if m is None:
            return -1
        k = m.end()
        if masked[k : k + 1] == "<":  # generics: fn f<F: Fn(i32) -> i32>(f: F)
            k = _angle_end(masked, k)
        return masked.find("(", k)

    def param_names(self, params: str) -> list[str] | None:
        names: list[str] = []
        for part in split_params(params):
            m = re.match(r"(?:mut\s+)?([A-Za-z_]\w*)\s*:", part)
            if m is None:
                if re.fullmatch(r"&?\s*(?:'\w+\s+)?(?:mut\s+)?self", part):
                    continue  # a method's receiver is no parameter of the call
                return None
            names.append(m.group(1))
        return names

    def is_harness(self, it: Item) -> bool:
        return it.kind == "test"

    def find_entry(self, items: list[Item]) -> tuple[Item | None, Item | None]:
        """The entry point at top level, else a method of an ``impl`` block (which is returned too)."""
        entry, _ = super().find_entry(items)
        if entry is not None:
            return entry, None
        for it in items:
            if it.kind == "type" and re.match(r"(?:unsafe\s+)?impl\b", _ATTRS.sub("", it.masked.lstrip())):
                body = it.masked.find("{")
                if body >= 0 and self._def_re.search(it.masked, body):
                    return it, it
        return None, None

    def finish(self, res: Extraction) -> Extraction:
        """``use`` lines after a continued body become ``imports`` (the top of the file); one that
        brings in only names the prompt imports already would clash with them: it is dropped."""
        if not res.imports:
            return res
        have = set().union(*(_use_names(line) for line in self.prompt_imports)) if self.prompt_imports else set()
        kept = tuple(line for line in res.imports if "*" in _use_names(line) or not _use_names(line) <= have)
        return Extraction(res.completion, res.method, res.code_found, kept, res.block_language)

    # -- definitions: everything the body needs goes inside it ---------------------------
    def definition(self, items: list[Item], entry: Item, cls: Item | None, fn: Func, method: str) -> Extraction:
        kept = [it for it in items if it is not entry and self._keeps(it)]
        if cls is not None:
            return self._method_adapter(kept, cls, method)
        pnames = self.param_names(fn.params)
        renamed = (
            self.prompt_params is not None
            and pnames is not None
            and pnames != self.prompt_params
            and len(pnames) == len(self.prompt_params)
        )
        if renamed:
            impl = self.entry + IMPL_SUFFIX
            code = rename("\n".join(it.text.strip("\n") for it in [*kept, entry]), self.lang, self.entry, impl)
            call = f"{impl}({', '.join(self.prompt_params or [])})"
            completion = "\n" + _indent(code) + f"\n    return {call};\n}}\n"
            return Extraction(lstrip_newline(completion), method + "+adapter", True)
        body = self._drop_repeated_comment(close_body(entry.text[fn.open_brace + 1 :], self.lang))
        prefix = ("\n" + _indent("\n".join(it.text.strip("\n") for it in kept)) + "\n") if kept else ""
        return Extraction(lstrip_newline(prefix + body.rstrip() + "\n"), method, True)

    def _keeps(self, it: Item) -> bool:
        if it.kind in ("blank", "main", "stmt", "test"):
            return False
        if it.kind == "import":
            return norm_ws(code_of(it)) not in self.prompt_imports
        return not (it.name and (it.name in self.prompt_defs or it.name == self.entry)) and not self._in_prompt(it)

    def _method_adapter(self, kept: list[Item], impl_block: Item, method: str) -> Extraction:
        """``impl Solution { pub fn entry(...) }``: keep it (and a ``struct Solution;`` if the model
        left it to LeetCode) and call the method."""
        owner = impl_block.name or "Solution"
        defined = any(
            it.kind == "type" and it.name == owner and not _IMPL.match(_ATTRS.sub("", it.masked.lstrip()))
            for it in kept
        )
        parts = ([] if defined else [f"struct {owner};"]) + [it.text.strip("\n") for it in [*kept, impl_block]]
        call = f"{owner}::{self.entry}({', '.join(self.prompt_params or [])})"
        completion = "\n" + _indent("\n".join(parts)) + f"\n    return {call};\n}}\n"
        return Extraction(lstrip_newline(completion), method + "+adapter", True)


def _use_names(line: str) -> set[str]:
    """The names a ``use`` declaration brings into scope ("*" for a glob)."""
    return _use_tree_names(re.sub(r"^\s*(?:pub(?:\s*\([^)]*\))?\s+)?use\s+", "", line).strip().rstrip(";"))


def _use_tree_names(tree: str, parent: str = "") -> set[str]:
    tree = tree.strip()
    group = re.match(r"^(.*?)::\s*\{(.*)\}$", tree, re.S) or re.match(r"^()\{(.*)\}$", tree, re.S)
    if group:
        last = group.group(1).split("::")[-1].strip()
        return set().union(*(_use_tree_names(part, last) for part in split_params(group.group(2))))
    if re.search(r"\sas\s", tree):
        return {tree.split()[-1]}
    last = tree.split("::")[-1].strip()
    return ({parent} if parent else set()) if last == "self" else {last}


def _indent(code: str) -> str:
    return "\n".join(("    " + ln if ln.strip() else ln) for ln in code.split("\n"))


def _angle_end(masked: str, k: int) -> int:
    """Index after the ">" closing the "<" at ``k`` ("->" inside does not close it)."""
    depth = 0
    while k < len(masked):
        ch = masked[k]
        if ch == "<":
            depth += 1
        elif ch == ">" and masked[k - 1] != "-":
            depth -= 1
            if depth == 0:
                return k + 1
        k += 1
    return k
