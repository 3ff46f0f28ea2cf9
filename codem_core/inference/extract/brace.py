"""Extraction for brace languages: the family's shared rules, with hooks each language overrides.

A continuation balances braces from the open signature (braces in literals and comments do not
count) and cuts where the function closes; the helpers the body uses follow it. A definition
(fenced or not) is split into top-level items (``_items.split_items`` with the language's
``ItemSyntax``); the entry point's body is kept, helpers, types and constants move after it,
a model's ``main``, package line, tests and example usage are dropped, imports are returned for
the top of the file. When the model renamed the parameters, the body becomes a call to the
model's own function, kept whole and renamed (``+adapter``).

What differs between languages is a hook here, overridden in the language's own module
(``codem_core/languages/<lang>/extract.py``): how a definition of the entry point looks, where
its parameter list and body start, what a ``void`` function is, how the adapter calls the
model's function, which items are the model's own tests, and what has to come before the body
(C's block-scope prototypes) or after it (Java's closing class brace).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .._items import Item, ItemSyntax, find_call_paren, split_items, split_params
from .._lex import mask, match_brace
from .common import (
    IMPL_SUFFIX,
    Extraction,
    Handler,
    close_body,
    code_of,
    cut_at_prose,
    is_prose,
    lstrip_newline,
    norm_ws,
    rename,
    select_referenced,
    skip_leading_prose,
    strip_trailing_prose,
    word_re,
)


@dataclass
class Func:
    item: Item
    open_brace: int  # index of the body "{" in item.text (-1: arrow expression body)
    params: str
    head: str  # text before the body brace
    expr_body: str | None = None
    extra: dict = field(default_factory=dict)


class BraceHandler(ItemSyntax, Handler):
    """The rules every brace language shares (C, C++, Java, JavaScript, TypeScript, Go, Rust)."""

    # import/include items stay in the completion too (C family: helpers after the body need the headers)
    keeps_includes = False
    # a parameter list's spelling of "no parameters" (C's "(void)")
    no_params: tuple[str, ...] = ()

    def __init__(self, language: str, prompt: str, entry: str) -> None:
        super().__init__(language, prompt, entry)
        pmask = mask(prompt, language)
        self.prompt_mask = pmask
        self.prompt_params = None
        idx = [m.start() for m in word_re(entry).finditer(pmask)]
        if idx:
            paren = pmask.find("(", idx[-1])
            if paren >= 0:
                close = match_brace(pmask, paren)
                if close > 0:
                    self.prompt_params = self.param_names(prompt[paren + 1 : close])
        self.prompt_defs: set[str] = set()
        self.prompt_imports: set[str] = set()
        for it in split_items(prompt, self, pmask):
            if it.kind == "import":
                self.prompt_imports.add(norm_ws(code_of(it)))
            for x in [it, *it.children]:
                if x.kind in ("func", "type", "decl") and x.name and x.name != entry:
                    self.prompt_defs.add(x.name)
        # Java prompts leave ``class Solution {`` open; count how many braces the prompt leaves open
        self.open_depth = max(1, pmask.count("{") - pmask.count("}"))
        self._def_re = self.definition_regex(entry)

    # -- language hooks ----------------------------------------------------------------
    def definition_regex(self, entry: str) -> re.Pattern[str]:
        """A definition of the entry point (searched in masked text)."""
        return re.compile(r"\b" + re.escape(entry) + r"\s*\([^;{}]*\)\s*(?:const\s*)?(?:throws\s+[\w.,\s]+)?\{")

    def param_names(self, params: str) -> list[str] | None:
        """The names in a parameter list (C family, Java: the last identifier of each part)."""
        names: list[str] = []
        for part in split_params(params):
            part = part.split("=")[0].strip()
            if part in self.no_params:
                continue
            part = re.sub(r"(\s*\[\s*\w*\s*\])+$", "", part)
            found = re.findall(r"[A-Za-z_]\w*", part)
            if found:
                names.append(found[-1])
                continue
            return None
        return names

    def params_paren(self, masked: str) -> int:
        """Index of the "(" opening the entry point's parameter list in a masked item."""
        return find_call_paren(masked, self.entry)

    def body_brace(self, masked: str, close: int) -> int:
        """Index of the "{" opening the body, after the parameter list's ")" at ``close``."""
        return masked.find("{", close)

    def is_harness(self, it: Item) -> bool:
        """The model's own tests (Go ``func TestX(t *testing.T)``), which must not come along."""
        return False

    def is_example_usage(self, it: Item) -> bool:
        """A top-level statement that only calls the entry point ("const r = f(...)" in JS)."""
        return False

    def drop_unused(self, pre: list[Item], post: list[Item], entry: Item) -> tuple[list[Item], list[Item]]:
        return pre, post

    def needs_adapter(self, pre: list[Item]) -> bool:
        """Items before the entry point that the body needs and that cannot move after it."""
        return False

    def body_prefix(self, helpers: list[Item], body_mask: str) -> str:
        """Text put before the body (C family: block-scope prototypes of helpers defined after it)."""
        return ""

    def definition_prefix(self, pre: list[Item], helpers: list[Item], body_mask: str) -> tuple[str, list[Item]]:
        """(text put before a definition's body, the ``pre`` items still to place after it)."""
        return self.body_prefix(helpers, body_mask), pre

    def close_truncated(self, completion: str) -> str:
        """A cut-off body closed with its braces: anything else the prompt left open."""
        return completion

    def continuation_tail(self, body: str, rest: str, method: str) -> Extraction | None:
        """A language that continues past the function (Java's class members) reads ``rest`` itself."""
        return None

    def is_void(self, fn: Func) -> bool:
        return False

    def call_args(self, fn: Func) -> list[str]:
        return list(self.prompt_params or [])

    def adapter_lines(self, fn: Func, call: str, void: bool) -> str:
        """The body that calls the model's own (renamed) function."""
        return f"\n    return {call};\n"

    def tidy(self, it: Item) -> str:
        """An item's text as placed after the body."""
        return it.text.strip("\n")

    # -- entry points ------------------------------------------------------------------
    def defines_entry(self, code: str) -> bool:
        return self._def_re.search(mask(code, self.lang)) is not None

    def from_lead(self, lead: str, has_blocks: bool) -> Extraction | None:
        first = next((ln for ln in lead.split("\n") if ln.strip()), None)
        if first is None:
            return None
        if self.defines_entry(lead):
            cut = self._cut_program(skip_leading_prose(lead, self.lang))
            res = self.from_definition(cut, method="raw-definition", others=[])
            if res is not None:
                return res
        if is_prose(first):
            return None
        return self._continuation(lead, "continuation", strict=has_blocks)

    def from_body_block(self, code: str) -> Extraction | None:
        if self.defines_entry(code):
            return None
        res = self._continuation(code, "fenced-body", strict=True)
        if res is not None:
            return res
        # a block holding only the body's statements ("return Math.max(...l);"), without the
        # closing brace: the function (and a Java class) still has to be closed
        res = self._continuation(code, "fenced-body", strict=False)
        if res is None:
            return None
        return Extraction(res.completion, "fenced-body", True, res.imports)

    # -- continuation ------------------------------------------------------------------
    def _cut_program(self, text: str) -> str:
        """Unfenced code that starts with code: up to the first prose line at brace depth 0."""
        masked = mask(text, self.lang)
        out = []
        depth = 0
        for ln, ml in zip(text.split("\n"), masked.split("\n")):
            if depth == 0 and ln.strip() and is_prose(ln) and not self.defines_entry(ln):
                break
            out.append(ln)
            depth += ml.count("{") - ml.count("}")
        return "\n".join(out)

    def _continuation(self, text: str, method: str, strict: bool) -> Extraction | None:
        masked = mask(text, self.lang)
        close = closing_brace(masked)
        if close < 0:
            if strict or not masked.strip():
                return None
            # truncated reply: close what is open so the honest failure is a test failure
            body = strip_trailing_prose(text, self.lang).rstrip()
            body_mask = mask(body, self.lang)
            missing = max(1, 1 + body_mask.count("{") - body_mask.count("}"))
            completion = self.close_truncated(body + "\n" + "}\n" * missing)
            return Extraction(completion, method + "-truncated", True)
        body = text[: close + 1]
        rest = cut_at_prose(text[close + 1 :], self.lang)
        tail = self.continuation_tail(body, rest, method)
        if tail is not None:
            return tail
        items = [it for it in split_items(rest, self) if it.kind in ("func", "type", "decl", "import", "preproc")]
        items = [
            it
            for it in items
            if not (it.name and it.name in self.prompt_defs) and it.name != self.entry and not self.is_harness(it)
        ]
        helpers = [(it.kind, it.name, it.text, it) for it in items if it.kind != "import"]
        body_mask = mask(body, self.lang)
        kept = select_referenced([(k, n, t) for k, n, t, _ in helpers], body_mask)
        kept_items = [h[3] for h in helpers if (h[0], h[1], h[2]) in kept]
        imports = tuple(
            norm_ws(code_of(it))
            for it in items
            if it.kind == "import" and norm_ws(code_of(it)) not in self.prompt_imports
        )
        body = self.body_prefix([it for it in kept_items if it.kind == "func"], body_mask) + body
        completion = body.rstrip("\n") + "\n"
        if kept_items:
            completion += "\n" + "\n".join(self.tidy(it) for it in kept_items) + "\n"
        return Extraction(completion, method, True, imports)

    # -- definitions -------------------------------------------------------------------
    def find_entry(self, items: list[Item]) -> tuple[Item | None, Item | None]:
        """(entry item, enclosing class item or None); the first definition wins."""
        for it in items:
            if it.kind == "func" and it.name == self.entry:
                return it, None
        return None, None

    def func_parts(self, it: Item) -> Func | None:
        m = it.masked
        paren = self.params_paren(m)
        if paren < 0:
            return None
        close = match_brace(m, paren)
        if close < 0:
            return None
        brace = self.body_brace(m, close)
        if brace < 0:
            return None
        return Func(it, brace, it.text[paren + 1 : close], it.text[:brace])

    def from_definition(self, code: str, method: str, others: list[str]) -> Extraction | None:
        items = split_items(code, self)
        entry, cls = self.find_entry(items)
        if entry is None:
            return None
        fn = self.func_parts(entry)
        if fn is None:
            return None
        return self.definition(items, entry, cls, fn, method)

    def _placed_items(self, items: list[Item], entry: Item) -> tuple[list[Item], list[Item], list[str], list[Item]]:
        """The items to keep before and after the entry point, the imports, and the includes."""
        pre: list[Item] = []
        post: list[Item] = []
        imports: list[str] = []
        includes: list[Item] = []
        seen_entry = False
        prompt_usings = {norm_ws(x) for x in re.findall(r"using namespace \w+;", self.prompt)}
        for it in items:
            if it is entry:
                seen_entry = True
                continue
            if it.kind == "blank":
                continue
            if it.kind == "import":
                t = norm_ws(code_of(it))
                if t not in self.prompt_imports:
                    imports.append(t)
                    if self.keeps_includes:
                        includes.append(it)
                continue
            if it.kind in ("package", "main", "stmt") or self.is_harness(it):
                continue
            if it.kind == "using" and norm_ws(code_of(it)) in prompt_usings:
                continue
            if it.name and (it.name in self.prompt_defs or it.name == self.entry):
                continue
            if self._in_prompt(it):
                continue  # repeats a declaration the prompt already has (a typedef, a constant)
            if self.is_example_usage(it):
                continue
            (pre if not seen_entry else post).append(it)
        pre, post = self.drop_unused(pre, post, entry)
        return pre, post, imports, includes

    def definition(self, items: list[Item], entry: Item, cls: Item | None, fn: Func, method: str) -> Extraction:
        pre, post, imports, includes = self._placed_items(items, entry)
        pnames = self.param_names(fn.params)
        renamed = (
            self.prompt_params is not None
            and pnames is not None
            and pnames != self.prompt_params
            and len(pnames) == len(self.prompt_params)
        )
        if renamed or self.needs_adapter(pre):
            return self._adapter(items, entry, fn, imports, method)
        if fn.expr_body is not None:
            body = "\n  return " + fn.expr_body + ";\n}"
        else:
            body = close_body(entry.text[fn.open_brace + 1 :], self.lang)
        body_mask = mask(body, self.lang)
        helpers = [it for it in pre + post if it.kind == "func"]
        prefix, pre = self.definition_prefix(pre, helpers, body_mask)
        body = self._drop_repeated_comment(body)
        completion = prefix + body.rstrip() + "\n"
        rest = pre + post
        if rest and includes:
            # includes go to ``imports`` (for the top of the file); repeating them here lets the
            # helpers after the body use their headers even if the engine ignores ``imports``
            rest = includes + rest
        if rest:
            completion += "\n" + "\n".join(self.tidy(it) for it in rest) + "\n"
        return Extraction(lstrip_newline(completion), method, True, tuple(imports))

    def _adapter(self, items: list[Item], entry: Item, fn: Func, imports: list[str], method: str) -> Extraction:
        impl = self.entry + IMPL_SUFFIX
        args = ", ".join(self.call_args(fn))
        keep: list[Item] = []
        for it in items:
            if it.kind in ("blank", "package", "main", "stmt") or self.is_harness(it):
                continue
            if it.kind == "import" and (not self.keeps_includes or norm_ws(code_of(it)) in self.prompt_imports):
                continue
            if it.kind == "using" and "using namespace std" in self.prompt:
                continue
            if it is not entry and ((it.name and it.name in self.prompt_defs) or self._in_prompt(it)):
                continue
            keep.append(it)
        code = "\n".join(self.tidy(it) for it in keep)
        code = rename(code, self.lang, self.entry, impl)
        lines = self.adapter_lines(fn, f"{impl}({args})", self.is_void(fn))
        completion = lines + "}\n\n" + code.strip("\n") + "\n"
        return Extraction(lstrip_newline(completion), method + "+adapter", True, tuple(imports))

    def _in_prompt(self, it: Item) -> bool:
        code = norm_ws(code_of(it))
        if not hasattr(self, "_prompt_norm"):
            self._prompt_norm = norm_ws(self.prompt)
        return len(code) > 3 and code in self._prompt_norm

    def _drop_repeated_comment(self, body: str) -> str:
        """Drop a comment at the start of the body that repeats one the prompt already has."""
        bmask = mask(body, self.lang)
        k = len(bmask) - len(bmask.lstrip())
        if k == 0 or not body[:k].strip():
            return body
        comment = norm_ws(body[:k])
        if comment and comment in norm_ws(self.prompt):
            return "\n" + body[k:].lstrip(" \t") if body[:k].startswith("\n") else body[k:]
        return body


def closing_brace(masked: str, depth: int = 1) -> int:
    """Index of the "}" that closes ``depth`` open braces in masked text, or -1."""
    for k, ch in enumerate(masked):
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return k
    return -1
