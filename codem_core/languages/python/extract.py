"""Python's extraction rules: the reply continues or repeats a function whose body is indented.

A continuation ends at the first dedented logical line that is not a helper definition; a
repeated definition is parsed with ``ast`` (retrying without trailing lines when the reply was
cut off), its body re-indented to the prompt's, its docstring dropped when it repeats the
prompt's; helpers, imports and constants are kept after the body, a model's own tests and
``__main__`` block are not. A renamed, decorated or async definition is redefined whole at
module level (the later definition wins); a LeetCode-style ``class Solution`` method is called
through an instance.
"""

from __future__ import annotations

import ast
import re

from ...inference._lex import mask, match_brace
from ...inference.extract.common import Extraction, Handler, is_prose, select_referenced, skip_leading_prose
from ._source import (
    body_indent,
    cut_program,
    is_test_def,
    is_test_import,
    logical_line_starts,
    parse_tolerant,
    prompt_params,
    reindent,
    strip_docstring,
)


class PythonHandler(Handler):
    def __init__(self, language: str, prompt: str, entry: str) -> None:
        self.lang = language
        self.prompt = prompt
        self.entry = entry
        self.indent = body_indent(prompt)
        self.prompt_defs = set(re.findall(r"^(?:def|class)\s+(\w+)|^(\w+)\s*=", prompt, re.M)) - {entry}
        self.prompt_defs = {a or b for a, b in self.prompt_defs} - {entry, ""}
        self.prompt_params = prompt_params(prompt, entry)
        self.prompt_imports = {ln.strip() for ln in prompt.split("\n") if re.match(r"(?:import|from)\s", ln)}
        self._def_re = re.compile(r"^[ \t]*(?:async\s+)?def\s+" + re.escape(entry) + r"\s*\(", re.M)

    def defines_entry(self, code: str) -> bool:
        return self._def_re.search(mask(code, "python")) is not None

    # -- continuation ------------------------------------------------------------------
    def from_lead(self, lead: str, has_blocks: bool) -> Extraction | None:
        lines = lead.split("\n")
        first = next((ln for ln in lines if ln.strip()), None)
        if first is None:
            return None
        if self.defines_entry(lead):
            # the reply repeats the signature without a fence (perhaps after a line of prose)
            code = skip_leading_prose(lead, "python")
            if re.match(r"\s*(?:@|def\s|async\s|import\s|from\s|class\s|#)", code):
                res = self.from_definition(cut_program(code), method="raw-definition", others=[])
                if res is not None:
                    return res
        if not first[:1].isspace() or is_prose(first):
            return None
        return self._continuation(lead, "continuation")

    def _continuation(self, text: str, method: str) -> Extraction | None:
        masked = mask(text, "python")
        lines = text.split("\n")
        mlines = masked.split("\n")
        starts = logical_line_starts(masked, text)
        body: list[str] = []
        k = 0
        # body: everything up to the first dedented logical line
        while k < len(lines):
            ln = lines[k]
            if starts[k] and ln.strip() and not ln[:1].isspace():
                break
            if starts[k] and ln.strip() and is_prose(ln) and not mlines[k].strip().startswith(("#",)):
                if re.match(r"\s*[A-Z]\w*(?:\s+\w+){3,}", ln) and not re.search(r"[=()\[\]:]", mlines[k]):
                    break
            body.append(ln)
            k += 1
        if not any(b.strip() for b in body):
            return None
        helpers = self._trailing_helpers(lines[k:], mlines[k:], starts[k:])
        body_text = strip_docstring(reindent("\n".join(body), self.indent))
        body_mask = mask(body_text, "python")
        kept = select_referenced(helpers, body_mask, always=lambda it: it[0] == "import")
        completion = body_text.rstrip() + "\n"
        if kept:
            completion += "\n\n" + "\n\n".join(t.strip("\n") for _, _, t in kept) + "\n"
        return Extraction(completion, method, True)

    def _trailing_helpers(
        self, lines: list[str], mlines: list[str], starts: list[bool]
    ) -> list[tuple[str, str | None, str]]:
        """Top-level defs/classes/imports after the body, up to the first other statement."""
        items: list[tuple[str, str | None, str]] = []
        cur: list[str] = []
        cur_kind: tuple[str, str | None] | None = None
        pending: list[str] = []
        for ln, ml, st in zip(lines, mlines, starts):
            top = st and ln.strip() and not ln[:1].isspace()
            if not top:
                if cur_kind is not None:
                    cur.append(ln)
                continue
            if cur_kind is not None:
                items.append((cur_kind[0], cur_kind[1], "\n".join(cur)))
                cur_kind, cur = None, []
            s = ml.strip()
            m = re.match(r"(?:async\s+)?(?:def|class)\s+(\w+)", s)
            if s.startswith("@") or (not s and ln.strip().startswith("#")):
                pending.append(ln)
                continue
            if m:
                cur_kind = ("def", m.group(1))
                cur = pending + [ln]
                pending = []
                continue
            if re.match(r"(?:import|from)\s+[\w.]+", s) and not is_prose(ln):
                items.append(("import", None, ln))
                pending = []
                continue
            break
        if cur_kind is not None:
            items.append((cur_kind[0], cur_kind[1], "\n".join(cur)))
        return [it for it in items if it[1] not in self.prompt_defs and it[1] != self.entry]

    # -- definitions -------------------------------------------------------------------
    def from_definition(self, code: str, method: str, others: list[str]) -> Extraction | None:
        code = code.expandtabs(4) if "\t" in code and " " not in code.replace("\t", "") else code
        tree, code = parse_tolerant(code)
        if tree is None:
            return self._definition_by_lines(code, method)
        lines = code.split("\n")

        def src(node: ast.AST) -> str:
            start = node.lineno
            if getattr(node, "decorator_list", None):
                start = min(d.lineno for d in node.decorator_list)
            # include comment lines directly above
            while start > 1 and lines[start - 2].strip().startswith("#"):
                start -= 1
            return "\n".join(lines[start - 1 : node.end_lineno])

        entry = None
        for node in tree.body:
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == self.entry:
                entry = node  # the last definition wins, as it would at run time
        kept: list[str] = []
        for node in tree.body:
            if node is entry:
                continue
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                s = src(node)
                if s.strip() not in self.prompt_imports and not is_test_import(node):
                    kept.append(s)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if node.name not in self.prompt_defs and node.name != self.entry and not is_test_def(node):
                    kept.append(src(node))
            elif isinstance(node, (ast.Assign, ast.AnnAssign)):
                names = {n.id for n in ast.walk(node) if isinstance(n, ast.Name)}
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                target_names = {n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name)}
                if target_names and target_names <= self.prompt_defs:
                    continue  # the prompt already defines it
                if self.entry not in names and "input" not in names and "print" not in names:
                    kept.append(src(node))
        if entry is None:
            return self._class_method_adapter(tree, lines, kept, src, method)
        params = [a.arg for a in entry.args.posonlyargs + entry.args.args]
        if (
            entry.decorator_list
            or isinstance(entry, ast.AsyncFunctionDef)
            or (self.prompt_params is not None and params != self.prompt_params)
        ):
            # redefine the function at module level: the later definition wins
            parts = [p for p in kept] + [src(entry)]
            completion = self.indent + "pass\n\n\n" + "\n\n\n".join(p.strip("\n") for p in parts) + "\n"
            return Extraction(completion, method + "+adapter", True)
        body_nodes = entry.body
        if (
            body_nodes
            and isinstance(body_nodes[0], ast.Expr)
            and isinstance(getattr(body_nodes[0], "value", None), ast.Constant)
            and isinstance(body_nodes[0].value.value, str)
            and len(body_nodes) > 1
        ):
            body_nodes = body_nodes[1:]
        first = body_nodes[0]
        same_line = first.lineno == entry.body[0].lineno and lines[first.lineno - 1].lstrip().startswith("def")
        if first.lineno == entry.lineno or same_line:
            # one-line body after the colon: "def f(x): return x"
            seg = lines[first.lineno - 1][first.col_offset :]
            body_text = self.indent + seg + "\n" + "\n".join(lines[first.lineno : entry.end_lineno])
        else:
            start = first.lineno
            while start - 1 > entry.lineno and lines[start - 2].strip().startswith("#"):
                start -= 1
            body_text = "\n".join(lines[start - 1 : entry.end_lineno])
        body_text = reindent(body_text, self.indent)
        completion = body_text.rstrip() + "\n"
        if kept:
            completion += "\n\n" + "\n\n\n".join(k.strip("\n") for k in kept) + "\n"
        return Extraction(completion, method, True)

    def _class_method_adapter(self, tree, lines, kept, src, method) -> Extraction | None:
        """``class Solution: def entry(self, ...)`` (LeetCode style): call it through an instance."""
        if self.prompt_params is None:
            return None
        for node in tree.body:
            if not isinstance(node, ast.ClassDef):
                continue
            for sub in node.body:
                if isinstance(sub, (ast.FunctionDef, ast.AsyncFunctionDef)) and sub.name == self.entry:
                    args = ", ".join(self.prompt_params)
                    call = f"{node.name}().{self.entry}({args})"
                    parts = [p for p in kept] + ([src(node)] if src(node) not in kept else [])
                    kept_text = "\n\n\n".join(p.strip("\n") for p in parts)
                    completion = self.indent + f"return {call}\n\n\n" + kept_text + "\n"
                    return Extraction(completion, method + "+adapter", True)
        return None

    def _definition_by_lines(self, code: str, method: str) -> Extraction | None:
        masked = mask(code, "python")
        m = self._def_re.search(masked)
        if not m:
            return None
        # the header ends at the ":" closing the signature
        paren = masked.find("(", m.start())
        close = match_brace(masked, paren)
        if close < 0:
            return None
        colon = masked.find(":", close)
        if colon < 0:
            return None
        nl = masked.find("\n", colon)
        rest_after_colon = code[colon + 1 : nl if nl >= 0 else len(code)]
        after = code[nl + 1 :] if nl >= 0 else ""
        if rest_after_colon.strip():
            after = self.indent + rest_after_colon.strip() + "\n" + after
        res = self._continuation(after, method)
        return res

    def from_body_block(self, code: str) -> Extraction | None:
        lines = [ln for ln in code.split("\n") if ln.strip()]
        if not lines:
            return None
        if lines[0][:1].isspace():
            return self._continuation(code, "fenced-body")
        # an unindented body in a block: indent it
        if not re.match(r"(?:def|class|import|from|@)\b", lines[0]):
            indented = "\n".join(("    " + ln if ln.strip() else ln) for ln in code.split("\n"))
            res = self._continuation(indented, "fenced-body")
            if res is not None:
                return res
        return Extraction(code.rstrip() + "\n", "fenced-other", True)
