"""Turn a chat model's raw reply into a HumanEval-X ``completion``.

The model was prompted with the paper's Figure 3 prompt, whose response part ends with the
problem's signature. Evaluation runs ``problem.prompt + completion + problem.test`` (for Go the
engine also drops the prompt's import block), so the completion must continue the prompt from
inside the function: the function body with its closing brace (Java: the class's closing brace
too), then whatever helpers the body needs, placed where the language allows them.

What replies look like and what is done with them (``Extraction.method`` names the rule):

* ``continuation``: the reply continues the signature with the body, perhaps followed by
  prose, an example, or a stray fence. Python stops at the first dedented line that is not a
  helper definition; brace languages balance braces from the open signature (braces inside
  strings, chars, template literals and comments do not count) and cut where the function
  closes. Helpers the model wrote after the function are kept when the body uses them.
* ``fenced-definition`` / ``raw-definition``: a block (```lang, ```, ~~~ or unclosed) or the
  bare reply holds the whole function, perhaps a whole program. The signature is dropped and the
  body kept; helpers, types and constants are kept and moved after the body where that is legal
  (C/C++ get block-scope prototypes so the body can call helpers defined later; ``#define``s move
  into the body); a model-written ``main`` (C/C++/Go), ``public class Main`` (Java), ``package``
  lines, ``if __name__ == "__main__"`` blocks, the model's own tests (Python ``test_*`` and
  ``TestCase`` classes, Go ``TestX``), example calls and ``console.log`` lines are
  dropped, as are definitions that the prompt already provides. Imports that cannot be placed
  inside a completion (Java, Go, JS ``import``, C/C++ ``#include`` needed by the body) are
  returned in ``Extraction.imports`` for the execution engine to put at the top of the file.
* ``...+adapter``: when the model renamed the parameters, decorated a Python function, or (C/C++)
  defined types, globals or templates before the function that the body needs, the body becomes
  a call to the model's own function, renamed and kept whole (Python simply redefines it).
* ``fenced-body``: the chosen block holds only a body (closed here if the model left the
  function's closing brace out).
* ``no-code``: no code at all; the reply's text up to a stop sequence is returned so that
  evaluation fails honestly (``code_found`` is False).

With several blocks, the one that defines the entry point wins (a block tagged with the
problem's language first, then the earliest, unless the prose before a later one presents it as
a fix: "an improved version", "the corrected code"); otherwise the longest block in the language.
Blocks (see ``_blocks``) may use ``` or ~~~ fences and any tag form; HTML-escaped code
(``&lt;``) is unescaped. Go ``imports`` keep only the packages the completion uses (Go rejects
unused imports, and a model's ``fmt`` often served only its dropped ``main``).
Only the prompt text and entry point are needed, so the same code serves benchmarks that are
not registered in the loader yet (C, TypeScript).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field, replace

from ..languages import get_language
from ._blocks import CodeBlock, find_code_blocks, html_blocks_to_fences, revised_block, unescape_html
from ._items import Item, find_call_paren, param_names, split_items, split_params
from ._lex import mask, match_brace

__all__ = ["Extraction", "extract_completion", "extract_for_problem", "find_code_blocks", "CodeBlock", "STOP_SEQUENCES"]

# Stop sequences for raw continuations when no code structure can be found (HumanEval-X style,
# plus the chat markers models emit).
STOP_SEQUENCES: dict[str, tuple[str, ...]] = {
    "python": ("\ndef ", "\nclass ", "\nif __name__", "\nprint(", "\n#", "\n```", "\nassert "),
    "javascript": ("\nfunction ", "\n/*", "\n//", "\nconsole.log", "\n```", "\nmodule.exports"),
    "typescript": ("\nfunction ", "\n/*", "\n//", "\nconsole.log", "\n```", "\nclass "),
    "c": ("\nint main", "\n/*", "\n//", "\n#", "\n```"),
    "cpp": ("\nint main", "\n/*", "\n//", "\n#", "\n```"),
    "java": ("\npublic class Main", "\n/*", "\n//", "\n```"),
    "go": ("\nfunc main", "\n/*", "\n//", "\n```"),
}
_END_MARKERS = (
    "<|endoftext|>", "</s>", "<|im_end|>", "<|end|>", "<|eot_id|>", "<|end_of_text|>", "<file_sep>",
    "<|file_separator|>", "\n### Instruction", "\n### Response", "\n### Input", "\nHuman:", "\nUser:", "\n<|user|>",
)
_IMPL_SUFFIX = "__codem"


@dataclass(frozen=True)
class Extraction:
    """The completion to append to ``prompt``, and how it was found."""

    completion: str
    method: str
    code_found: bool
    imports: tuple[str, ...] = ()  # import/include lines the completion needs at the top of the file
    block_language: str | None = None  # the fence tag of the block used, if any


# --------------------------------------------------------------------------------------------
# reply-level helpers


def _normalize(reply: str) -> str:
    text = reply.replace("\r\n", "\n").replace("\r", "\n")
    cut = len(text)
    for marker in _END_MARKERS:
        k = text.find(marker)
        if 0 <= k < cut:
            cut = k
    return text[:cut]


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


def _is_prose(line: str) -> bool:
    s = line.strip()
    if not s or s.startswith(("//", "/*", "*", "#include", "#define", "}", "{", ")", "@")):
        return False
    if s.startswith(("```", "~~~")):
        return True
    if _CODE_START.match(s) and not re.match(r"^\w+\s+(?:is|are|was|will|can|should|function|method)\b", s):
        return False
    if s[-1] in ";{}(,=" or "=>" in s or ":=" in s or re.search(r"\w\s*=\s*[\w\[({\"']", s) and not s.endswith((".", ":")):
        return False
    return bool(_PROSE.match(s))


def _stop_cut(text: str, language: str) -> str:
    cut = len(text)
    for stop in STOP_SEQUENCES.get(language, ()):
        k = text.find(stop)
        if 0 <= k < cut:
            cut = k
    return text[:cut]


def _word_re(name: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w$])" + re.escape(name) + r"(?![\w$])")


def _references(masked: str, name: str | None) -> bool:
    return bool(name) and _word_re(name).search(masked) is not None


def _rename(text: str, language: str, old: str, new: str) -> str:
    masked = mask(text, language)
    out = []
    last = 0
    for m in _word_re(old).finditer(masked):
        out.append(text[last : m.start()])
        out.append(new)
        last = m.end()
    out.append(text[last:])
    return "".join(out)


# --------------------------------------------------------------------------------------------
# entry points


def extract_completion(reply: str, *, language: str, prompt: str, entry_point: str) -> Extraction:
    """The completion of ``prompt`` that a raw chat ``reply`` stands for."""
    lang = get_language(language).key
    res = _extract(_normalize(reply or ""), lang, prompt, entry_point)
    if lang == "go" and res.imports:
        res = replace(res, imports=_go_used_imports(res.imports, res.completion))
    return res


def _extract(text: str, lang: str, prompt: str, entry_point: str) -> Extraction:
    handler = _PythonHandler(prompt, entry_point) if lang == "python" else _BraceHandler(lang, prompt, entry_point)
    text = html_blocks_to_fences(text)
    blocks, first_fence = find_code_blocks(text)
    blocks = [replace(b, code=unescape_html(b.code, lang)) for b in blocks]
    lead = unescape_html(text[:first_fence], lang)

    # 1. the reply continues the signature (or repeats it) before any fence
    result = handler.from_lead(lead, has_blocks=bool(blocks))
    if result is not None:
        return result

    # 2. fenced blocks: the one defining the entry point, tagged for the language first
    tags = set(get_language(lang).fence_tags) | {lang}

    def rank(block: CodeBlock) -> int:
        return 0 if block.tag in tags else (1 if not block.tag else 2)

    defining = [b for b in blocks if handler.defines_entry(b.code)]
    if defining:
        top = min(rank(b) for b in defining)
        best = revised_block(text, blocks, [b for b in defining if rank(b) == top])
        others = [b for b in blocks if b is not best and rank(b) < 2]
        res = handler.from_definition(best.code, method="fenced-definition", others=[b.code for b in others])
        if res is not None:
            return _with_tag(res, best.tag)
    candidates = [b for b in blocks if rank(b) < 2] or blocks
    if candidates:
        best = max(candidates, key=lambda b: (rank(b) == 0, len(b.code.strip())))
        res = handler.from_body_block(best.code)
        if res is not None:
            return _with_tag(res, best.tag)

    # 3. no code at all
    return Extraction(_stop_cut(text, lang), "no-code", False)


def extract_for_problem(reply: str, problem) -> Extraction:
    """Convenience wrapper taking a ``codem_core.benchmarks.Problem``."""
    return extract_completion(reply, language=problem.language, prompt=problem.prompt, entry_point=problem.entry_point)


_GO_SPEC = re.compile(r'(?:([A-Za-z_]\w*|\.)\s+)?"([^"]+)"')


def _go_used_imports(imports: tuple[str, ...], completion: str) -> tuple[str, ...]:
    """Go rejects unused imports: keep one ``import [alias] "path"`` line per package the
    completion uses (the model's ``fmt``, needed only by its dropped ``main``, must not come)."""
    used = mask(completion, "go")
    out: list[str] = []
    for line in imports:
        for alias, path in _GO_SPEC.findall(line.removeprefix("import")):
            name = alias or path.rstrip("/").split("/")[-1]
            if alias in ("_", ".") or re.search(r"(?<![\w.])" + re.escape(name) + r"\s*\.", used):
                spec = f'import {alias} "{path}"' if alias else f'import "{path}"'
                if spec not in out:
                    out.append(spec)
    return tuple(out)


def _with_tag(res: Extraction, tag: str) -> Extraction:
    return Extraction(res.completion, res.method, res.code_found, res.imports, tag or None)


# --------------------------------------------------------------------------------------------
# Python


class _PythonHandler:
    def __init__(self, prompt: str, entry: str) -> None:
        self.prompt = prompt
        self.entry = entry
        self.indent = _python_body_indent(prompt)
        self.prompt_defs = set(re.findall(r"^(?:def|class)\s+(\w+)|^(\w+)\s*=", prompt, re.M)) - {entry}
        self.prompt_defs = {a or b for a, b in self.prompt_defs} - {entry, ""}
        self.prompt_params = _python_prompt_params(prompt, entry)
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
            code = _skip_leading_prose(lead, "python")
            if re.match(r"\s*(?:@|def\s|async\s|import\s|from\s|class\s|#)", code):
                res = self.from_definition(_cut_python_program(code), method="raw-definition", others=[])
                if res is not None:
                    return res
        if not first[:1].isspace() or _is_prose(first):
            return None
        return self._continuation(lead, "continuation")

    def _continuation(self, text: str, method: str) -> Extraction | None:
        masked = mask(text, "python")
        lines = text.split("\n")
        mlines = masked.split("\n")
        starts = _python_logical_line_starts(masked, text)
        body: list[str] = []
        k = 0
        # body: everything up to the first dedented logical line
        while k < len(lines):
            ln = lines[k]
            if starts[k] and ln.strip() and not ln[:1].isspace():
                break
            if starts[k] and ln.strip() and _is_prose(ln) and not mlines[k].strip().startswith(("#",)):
                if re.match(r"\s*[A-Z]\w*(?:\s+\w+){3,}", ln) and not re.search(r"[=()\[\]:]", mlines[k]):
                    break
            body.append(ln)
            k += 1
        if not any(b.strip() for b in body):
            return None
        helpers = self._trailing_helpers(lines[k:], mlines[k:], starts[k:])
        body_text = _strip_docstring(_reindent("\n".join(body), self.indent))
        body_mask = mask(body_text, "python")
        kept = _select_referenced(helpers, body_mask, always=lambda it: it[0] == "import")
        completion = body_text.rstrip() + "\n"
        if kept:
            completion += "\n\n" + "\n\n".join(t.strip("\n") for _, _, t in kept) + "\n"
        return Extraction(completion, method, True)

    def _trailing_helpers(self, lines: list[str], mlines: list[str], starts: list[bool]) -> list[tuple[str, str | None, str]]:
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
            if re.match(r"(?:import|from)\s+[\w.]+", s) and not _is_prose(ln):
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
        tree, code = _parse_python(code)
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
                if s.strip() not in self.prompt_imports and not _py_test_import(node):
                    kept.append(s)
            elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                if node.name not in self.prompt_defs and node.name != self.entry and not _py_test_def(node):
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
        if entry.decorator_list or isinstance(entry, ast.AsyncFunctionDef) or (
            self.prompt_params is not None and params != self.prompt_params
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
        if first.lineno == entry.lineno or (first.lineno == entry.body[0].lineno and lines[first.lineno - 1].lstrip().startswith("def")):
            # one-line body after the colon: "def f(x): return x"
            seg = lines[first.lineno - 1][first.col_offset :]
            body_text = self.indent + seg + "\n" + "\n".join(lines[first.lineno : entry.end_lineno])
        else:
            start = first.lineno
            while start - 1 > entry.lineno and lines[start - 2].strip().startswith("#"):
                start -= 1
            body_text = "\n".join(lines[start - 1 : entry.end_lineno])
        body_text = _reindent(body_text, self.indent)
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
                    completion = self.indent + f"return {call}\n\n\n" + "\n\n\n".join(p.strip("\n") for p in parts) + "\n"
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


_PY_TEST_MODULES = {"unittest", "pytest", "doctest"}


def _py_test_import(node: ast.Import | ast.ImportFrom) -> bool:
    """``import unittest`` and the like: only a model's own test harness needs them."""
    names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    return all(n.split(".")[0] in _PY_TEST_MODULES for n in names)


def _py_test_def(node: ast.AST) -> bool:
    """A model's own tests: ``def test_x``, ``class TestX(unittest.TestCase)``."""
    name = getattr(node, "name", "")
    if name.startswith("test"):
        return True
    if isinstance(node, ast.ClassDef):
        bases = [ast.unparse(b) for b in node.bases]
        return name.startswith("Test") or any(b.endswith("TestCase") for b in bases)
    return False


def _python_body_indent(prompt: str) -> str:
    for ln in reversed(prompt.rstrip("\n").split("\n")):
        if ln.strip():
            ws = ln[: len(ln) - len(ln.lstrip())]
            if ln.lstrip().startswith("def ") and ln.rstrip().endswith(":"):
                return ws + "    "
            return ws if ws else "    "
    return "    "


def _python_prompt_params(prompt: str, entry: str) -> list[str] | None:
    try:
        tree = ast.parse(prompt.rstrip() + "\n    pass\n")
    except SyntaxError:
        return None
    names = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == entry:
            names = [a.arg for a in node.args.posonlyargs + node.args.args]
    return names


def _python_logical_line_starts(masked: str, text: str | None = None) -> list[bool]:
    """For each physical line: does a new logical line start there (not inside brackets/strings)?"""
    starts: list[bool] = []
    depth = 0
    prev_backslash = False
    tlines = text.split("\n") if text is not None else None
    for idx, ml in enumerate(masked.split("\n")):
        in_string = False
        if tlines is not None:
            ln = tlines[idx]
            s = ln.lstrip()
            k = len(ln) - len(s)
            in_string = bool(s) and k < len(ml) and ml[k] == " " and not s.startswith("#")
        starts.append(depth == 0 and not prev_backslash and not in_string)
        for ch in ml:
            if ch in "([{":
                depth += 1
            elif ch in ")]}":
                depth = max(0, depth - 1)
        prev_backslash = ml.rstrip().endswith("\\")
    # lines inside triple-quoted strings: the masked line is blank while the text is not;
    # they are handled by the callers through the mask (a blank masked line never starts code)
    return starts


def _reindent(body: str, indent: str) -> str:
    """Re-indent a Python body so its least-indented code line sits at ``indent``."""
    masked = mask(body, "python")
    lines = body.split("\n")
    mlines = masked.split("\n")
    in_string = []
    for ln, ml in zip(lines, mlines):
        s = ln.lstrip()
        k = len(ln) - len(s)
        in_string.append(bool(s) and k < len(ml) and ml[k] == " " and not s.startswith("#"))
    mixed = any(ln[: len(ln) - len(ln.lstrip())].count("\t") and " " in ln[: len(ln) - len(ln.lstrip())] for ln in lines)
    tab = 8 if mixed else 4

    def width(ln: str) -> int:
        return len(ln[: len(ln) - len(ln.lstrip())].expandtabs(tab))

    widths = [width(ln) for ln, s in zip(lines, in_string) if ln.strip() and not s]
    if not widths:
        return body
    base = min(widths)
    out = []
    for ln, s in zip(lines, in_string):
        if not ln.strip():
            out.append("")
        elif s:
            out.append(ln)
        else:
            out.append(indent + " " * (width(ln) - base) + ln.lstrip())
    return "\n".join(out)


def _strip_docstring(body: str) -> str:
    """Drop a leading docstring that repeats the prompt's (only if code follows it)."""
    try:
        tree = ast.parse("def _f():\n" + body)
    except SyntaxError:
        return body
    fn = tree.body[0]
    if (
        isinstance(fn, ast.FunctionDef)
        and len(fn.body) > 1
        and isinstance(fn.body[0], ast.Expr)
        and isinstance(getattr(fn.body[0], "value", None), ast.Constant)
        and isinstance(fn.body[0].value.value, str)
    ):
        lines = body.split("\n")
        end = fn.body[0].end_lineno - 1  # line index in body (header is line 1)
        return "\n".join(lines[end:])
    return body


def _parse_python(code: str) -> tuple[ast.Module | None, str]:
    """Parse code; if it does not parse, retry with trailing lines removed (truncated replies)."""
    try:
        return ast.parse(code), code
    except SyntaxError:
        pass
    lines = code.rstrip("\n").split("\n")
    for cut in range(len(lines) - 1, max(0, len(lines) - 40), -1):
        candidate = "\n".join(lines[:cut]) + "\n"
        try:
            return ast.parse(candidate), candidate
        except SyntaxError:
            continue
    return None, code


def _skip_leading_prose(text: str, language: str) -> str:
    """Drop prose lines (and blank lines) before the first line of code."""
    lines = text.split("\n")
    k = 0
    while k < len(lines) and (not lines[k].strip() or _is_prose(lines[k])):
        k += 1
    return "\n".join(lines[k:])


def _cut_python_program(text: str) -> str:
    """The code part of an unfenced reply that starts with code: up to the first prose line."""
    out = []
    masked = mask(text, "python")
    starts = _python_logical_line_starts(masked, text)
    for ln, st in zip(text.split("\n"), starts):
        if st and ln.strip() and not ln[:1].isspace() and _is_prose(ln):
            break
        out.append(ln)
    return "\n".join(out)


def _select_referenced(items, body_mask: str, always=lambda it: False):
    """Items (kind, name, text) transitively referenced from the body, in their order."""
    kept_idx: set[int] = set()
    frontier = [body_mask]
    while frontier:
        src = frontier.pop()
        for idx, it in enumerate(items):
            if idx in kept_idx:
                continue
            if always(it) or _references(src, it[1]):
                kept_idx.add(idx)
                frontier.append(it[2])
    return [it for idx, it in enumerate(items) if idx in kept_idx]


# --------------------------------------------------------------------------------------------
# brace languages


@dataclass
class _Func:
    item: Item
    open_brace: int  # index of the body "{" in item.text (-1: arrow expression body)
    params: str
    head: str  # text before the body brace
    expr_body: str | None = None
    extra: dict = field(default_factory=dict)


class _BraceHandler:
    def __init__(self, language: str, prompt: str, entry: str) -> None:
        self.lang = language
        self.prompt = prompt
        self.entry = entry
        self.java = language == "java"
        self.js = language in ("javascript", "typescript")
        self.cfam = language in ("c", "cpp")
        pmask = mask(prompt, language)
        self.prompt_mask = pmask
        self.prompt_params = None
        idx = [m.start() for m in _word_re(entry).finditer(pmask)]
        if idx:
            paren = pmask.find("(", idx[-1])
            if paren >= 0:
                close = match_brace(pmask, paren)
                if close > 0:
                    self.prompt_params = param_names(prompt[paren + 1 : close], language)
        self.prompt_defs: set[str] = set()
        self.prompt_imports: set[str] = set()
        for it in split_items(prompt, language, pmask):
            if it.kind == "import":
                self.prompt_imports.add(_norm_ws(_code_of(it)))
            for x in [it, *it.children]:
                if x.kind in ("func", "type", "decl") and x.name and x.name != entry:
                    self.prompt_defs.add(x.name)
        # Java prompts leave ``class Solution {`` open; count how many braces the prompt leaves open
        self.open_depth = max(1, pmask.count("{") - pmask.count("}"))
        if language == "go":
            self._def_re = re.compile(r"(?m)^\s*func\s+" + re.escape(entry) + r"\s*[\[(]")
        elif self.js:
            e = re.escape(entry)
            self._def_re = re.compile(
                r"(?:\bfunction\s*\*?\s*" + e + r"\s*[<(]|\b(?:const|let|var)\s+" + e + r"\s*(?::[^=]+)?=\s*(?:async\s*)?(?:function\b|\(|[\w$]+\s*=>|<))"
            )
        else:
            self._def_re = re.compile(r"\b" + re.escape(entry) + r"\s*\([^;{}]*\)\s*(?:const\s*)?(?:throws\s+[\w.,\s]+)?\{")

    def defines_entry(self, code: str) -> bool:
        return self._def_re.search(mask(code, self.lang)) is not None

    # -- continuation ------------------------------------------------------------------
    def from_lead(self, lead: str, has_blocks: bool) -> Extraction | None:
        first = next((ln for ln in lead.split("\n") if ln.strip()), None)
        if first is None:
            return None
        if self.defines_entry(lead):
            cut = self._cut_program(_skip_leading_prose(lead, self.lang))
            res = self.from_definition(cut, method="raw-definition", others=[])
            if res is not None:
                return res
        if _is_prose(first):
            return None
        return self._continuation(lead, "continuation", strict=has_blocks)

    def _cut_program(self, text: str) -> str:
        """Unfenced code that starts with code: up to the first prose line at brace depth 0."""
        masked = mask(text, self.lang)
        out = []
        depth = 0
        for ln, ml in zip(text.split("\n"), masked.split("\n")):
            if depth == 0 and ln.strip() and _is_prose(ln) and not self.defines_entry(ln):
                break
            out.append(ln)
            depth += ml.count("{") - ml.count("}")
        return "\n".join(out)

    def _continuation(self, text: str, method: str, strict: bool) -> Extraction | None:
        masked = mask(text, self.lang)
        depth = 1
        close = -1
        for k, ch in enumerate(masked):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    close = k
                    break
        if close < 0:
            if strict or not masked.strip():
                return None
            # truncated reply: close what is open so the honest failure is a test failure
            body = _strip_trailing_prose(text, self.lang).rstrip()
            body_mask = mask(body, self.lang)
            missing = max(1, 1 + body_mask.count("{") - body_mask.count("}"))
            completion = body + "\n" + "}\n" * missing
            if self.java and self.open_depth >= 2:
                completion += "}\n"
            return Extraction(completion, method + "-truncated", True)
        body = text[: close + 1]
        rest = text[close + 1 :]
        rest = _cut_at_prose(rest, self.lang)
        if self.java and self.open_depth >= 2:
            return self._java_continuation_tail(body, rest, method)
        items = [it for it in split_items(rest, self.lang) if it.kind in ("func", "type", "decl", "import", "preproc")]
        items = [it for it in items if not (it.name and it.name in self.prompt_defs) and it.name != self.entry and not self._is_harness(it)]
        helpers = [(it.kind, it.name, it.text, it) for it in items if it.kind != "import"]
        body_mask = mask(body, self.lang)
        kept = _select_referenced([(k, n, t) for k, n, t, _ in helpers], body_mask)
        kept_items = [h[3] for h in helpers if (h[0], h[1], h[2]) in kept]
        imports = tuple(_norm_ws(_code_of(it)) for it in items if it.kind == "import" and _norm_ws(_code_of(it)) not in self.prompt_imports)
        if self.cfam:
            protos = self._prototypes([it for it in kept_items if it.kind == "func"], body_mask)
            body = protos + body
        completion = body.rstrip("\n") + "\n"
        if kept_items:
            completion += "\n" + "\n".join(self._tidy(it) for it in kept_items) + "\n"
        return Extraction(completion, method, True, imports if self.lang in ("go", "java", "c", "cpp") else imports)

    def _java_continuation_tail(self, body: str, rest: str, method: str) -> Extraction:
        rmask = mask(rest, "java")
        depth = 1
        close = -1
        for k, ch in enumerate(rmask):
            if ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    close = k
                    break
        members_text = rest if close < 0 else rest[:close]
        after = "" if close < 0 else rest[close + 1 :]
        members = [it for it in split_items(members_text, "java") if it.kind not in ("main", "blank")]
        members = [it for it in members if not (it.name and (it.name in self.prompt_defs or it.name == self.entry))]
        completion = body.rstrip("\n") + "\n"
        if members:
            completion += "\n" + "\n".join(it.text.strip("\n") for it in members) + "\n"
        completion += "}\n"
        tail = [it for it in split_items(after, "java") if it.kind == "class" and not _java_has_main(it)]
        if tail:
            completion += "\n" + "\n".join(_java_unpublic(it.text.strip("\n")) for it in tail) + "\n"
        return Extraction(completion, method, True)

    # -- definitions -------------------------------------------------------------------
    def _find_entry(self, items: list[Item]) -> tuple[Item | None, Item | None]:
        """(entry item, enclosing Java class item or None); the first definition wins."""
        for it in items:
            if it.kind in ("func",) and it.name == self.entry:
                return it, None
            if self.java and it.kind == "class":
                for ch in it.children:
                    if ch.kind == "func" and ch.name == self.entry:
                        return ch, it
        return None, None

    def _func_parts(self, it: Item) -> _Func | None:
        m = it.masked
        if self.js:
            name_m = re.search(r"\b" + re.escape(self.entry) + r"\b", m)
            if not name_m:
                return None
            arrow_m = re.match(
                r"\s*(?::[^=]+)?=\s*(?:async\s*)?(?:<[^>]*>\s*)?(\(|[\w$]+\s*=>)", m[name_m.end() :]
            )
            is_fn_expr = re.match(r"\s*(?::[^=]+)?=\s*(?:async\s*)?function\b", m[name_m.end() :])
            paren = m.find("(", name_m.end())
            if arrow_m and not is_fn_expr:
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
                    return _Func(it, k, params, it.text[:k])
                expr = it.text[k:].rstrip().rstrip(";").rstrip()
                return _Func(it, -1, params, it.text[:k], expr_body=expr)
            if paren < 0:
                return None
            close = match_brace(m, paren)
            if close < 0:
                return None
            brace = _ts_body_brace(m, close)
            if brace < 0:
                return None
            return _Func(it, brace, it.text[paren + 1 : close], it.text[:brace])
        paren = find_call_paren(m, self.entry) if self.lang != "go" else m.find("(", re.search(r"\bfunc\s+" + re.escape(self.entry), m).end())
        if paren < 0:
            return None
        close = match_brace(m, paren)
        if close < 0:
            return None
        if self.lang == "go":
            k = close + 1
            brace = -1
            depth = 0
            while k < len(m):
                ch = m[k]
                if ch in "([":
                    depth += 1
                elif ch in ")]":
                    depth -= 1
                elif ch == "{" and depth == 0:
                    if re.search(r"\b(?:interface|struct)\s*$", m[:k]):
                        close_t = match_brace(m, k)
                        k = close_t + 1 if close_t > 0 else k + 1
                        continue
                    brace = k
                    break
                k += 1
        else:
            brace = m.find("{", close)
        if brace < 0:
            return None
        return _Func(it, brace, it.text[paren + 1 : close], it.text[:brace])

    def from_definition(self, code: str, method: str, others: list[str]) -> Extraction | None:
        items = split_items(code, self.lang)
        entry, cls = self._find_entry(items)
        if entry is None:
            return None
        fn = self._func_parts(entry)
        if fn is None:
            return None
        if self.java:
            return self._java_definition(items, entry, cls, fn, method)
        pre: list[Item] = []
        post: list[Item] = []
        imports: list[str] = []
        includes: list[Item] = []
        seen_entry = False
        for it in items:
            if it is entry:
                seen_entry = True
                continue
            if it.kind == "blank":
                continue
            if it.kind == "import":
                t = _norm_ws(_code_of(it))
                if t not in self.prompt_imports:
                    imports.append(t)
                    if self.cfam:
                        includes.append(it)
                continue
            if it.kind in ("package", "main", "stmt") or self._is_harness(it):
                continue
            if it.kind == "using" and _norm_ws(_code_of(it)) in {_norm_ws(x) for x in re.findall(r"using namespace \w+;", self.prompt)}:
                continue
            if it.name and (it.name in self.prompt_defs or it.name == self.entry):
                continue
            if self._in_prompt(it):
                continue  # repeats a declaration the prompt already has (a typedef, a constant)
            if self.js and it.kind == "decl" and _references(it.masked.split("=", 1)[-1], self.entry):
                continue  # "const result = f(...)": example usage
            (pre if not seen_entry else post).append(it)
        if self.js:
            pre, post = _drop_unused_requires(pre, post, mask(entry.text, self.lang))
        pnames = param_names(fn.params, self.lang)
        renamed = self.prompt_params is not None and pnames is not None and pnames != self.prompt_params and len(pnames) == len(self.prompt_params)
        unmovable = self.cfam and any(it.kind in ("type", "decl") for it in pre)
        if renamed or unmovable or fn.expr_body is not None and renamed:
            return self._adapter(items, entry, fn, imports, method)
        if fn.expr_body is not None:
            body = "\n  return " + fn.expr_body + ";\n}"
        else:
            body = entry.text[fn.open_brace + 1 :]
            body = _close_body(body, self.lang)
        body_mask = mask(body, self.lang)
        prefix = ""
        if self.cfam:
            defines = [it for it in pre if it.kind == "preproc"]
            pre = [it for it in pre if it.kind != "preproc"]
            helpers = [it for it in pre + post if it.kind == "func"]
            prefix = "".join("\n" + it.text.strip() for it in defines)
            prefix += self._prototypes(helpers, body_mask)
        body = self._drop_repeated_comment(body)
        completion = prefix + body.rstrip() + "\n"
        rest = pre + post
        if rest and includes:
            # includes go to ``imports`` (for the top of the file); repeating them here lets the
            # helpers after the body use their headers even if the engine ignores ``imports``
            rest = includes + rest
        if rest:
            completion += "\n" + "\n".join(self._tidy(it) for it in rest) + "\n"
        return Extraction(_lstrip_newline(completion), method, True, tuple(imports))

    def _adapter(self, items: list[Item], entry: Item, fn: _Func, imports: list[str], method: str) -> Extraction:
        impl = self.entry + _IMPL_SUFFIX
        args = ", ".join(self._call_args(fn))
        keep: list[Item] = []
        for it in items:
            if it.kind in ("blank", "package", "main", "stmt") or (it.kind == "import" and not self.cfam) or self._is_harness(it):
                continue
            if it.kind == "import" and _norm_ws(_code_of(it)) in self.prompt_imports:
                continue
            if it.kind == "using" and "using namespace std" in self.prompt:
                continue
            if it is not entry and ((it.name and it.name in self.prompt_defs) or self._in_prompt(it)):
                continue
            keep.append(it)
        code = "\n".join(self._tidy(it) for it in keep)
        code = _rename(code, self.lang, self.entry, impl)
        void = self._is_void(fn)
        call = f"{impl}({args})"
        if self.cfam:
            proto = _rename(_strip_storage(fn.head).strip(), self.lang, self.entry, impl)
            proto = re.sub(r"^(?:\s*(?://[^\n]*|/\*.*?\*/)\s*)*", "", proto, flags=re.S)
            lines = f"\n    {proto};\n    " + (f"{call};\n    return;\n" if void else f"return {call};\n")
        elif self.lang == "go":
            lines = f"\n    " + (f"{call}\n" if void else f"return {call}\n")
        else:
            lines = f"\n    return {call};\n"
        completion = lines + "}\n\n" + code.strip("\n") + "\n"
        return Extraction(_lstrip_newline(completion), method + "+adapter", True, tuple(imports))

    def _call_args(self, fn: _Func) -> list[str]:
        names = self.prompt_params or []
        if self.lang == "go":
            parts = split_params(fn.params)
            out = []
            for k, name in enumerate(names):
                variadic = k == len(names) - 1 and parts and "..." in parts[-1]
                out.append(name + ("..." if variadic else ""))
            return out
        if self.js:
            parts = split_params(fn.params)
            return [("..." + n if k < len(parts) and parts[k].startswith("...") else n) for k, n in enumerate(names)]
        return list(names)

    def _is_void(self, fn: _Func) -> bool:
        if self.lang == "go":
            close = fn.head.rfind(")")
            return not fn.head[close + 1 :].strip()
        if self.cfam or self.java:
            head = mask(fn.head, self.lang)
            k = head.rfind(self.entry)
            return re.search(r"\bvoid\s*$", head[:k]) is not None
        return False

    def _java_definition(self, items: list[Item], entry: Item, cls: Item | None, fn: _Func, method: str) -> Extraction:
        imports = [_norm_ws(_code_of(it)) for it in items if it.kind == "import" and _norm_ws(_code_of(it)) not in self.prompt_imports]
        members = cls.children if cls is not None else [it for it in items if it.kind not in ("import", "package", "class")]
        extra_classes = [it for it in items if it.kind == "class" and it is not cls and not _java_has_main(it)]
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
        pnames = param_names(fn.params, "java")
        renamed = self.prompt_params is not None and pnames is not None and pnames != self.prompt_params and len(pnames) == len(self.prompt_params)
        close_class = "}\n" if self.open_depth >= 2 else ""
        tail = ""
        if extra_classes:
            tail = "\n" + "\n\n".join(_java_unpublic(it.text.strip("\n")) for it in extra_classes) + "\n"
        if renamed:
            impl = self.entry + _IMPL_SUFFIX
            call = f"{impl}({', '.join(self.prompt_params or [])})"
            head = "\n        " + (f"{call};\n" if self._is_void(fn) else f"return {call};\n") + "    }\n"
            kept = "\n".join(it.text.strip("\n") for it in pre + [entry] + post)
            kept = _rename(kept, "java", self.entry, impl)
            completion = head + "\n" + kept + "\n" + close_class + tail
            return Extraction(_lstrip_newline(completion), method + "+adapter", True, tuple(imports))
        body = self._drop_repeated_comment(_close_body(entry.text[fn.open_brace + 1 :], "java"))
        completion = body.rstrip() + "\n"
        if pre or post:
            completion += "\n" + "\n".join(it.text.strip("\n") for it in pre + post) + "\n"
        completion += close_class + tail
        return Extraction(_lstrip_newline(completion), method, True, tuple(imports))

    def _is_harness(self, it: Item) -> bool:
        """Go ``func TestX(t *testing.T)`` (and benchmarks, examples, fuzz targets): the model's
        own tests, which would also clash with the benchmark's ``TestX``."""
        return self.lang == "go" and it.kind == "func" and re.match(r"(?:Test|Benchmark|Example|Fuzz)(?![a-z])", it.name or "") is not None

    def _in_prompt(self, it: Item) -> bool:
        code = _norm_ws(_code_of(it))
        if not hasattr(self, "_prompt_norm"):
            self._prompt_norm = _norm_ws(self.prompt)
        return len(code) > 3 and code in self._prompt_norm

    def _drop_repeated_comment(self, body: str) -> str:
        """Drop a comment at the start of the body that repeats one the prompt already has."""
        bmask = mask(body, self.lang)
        k = len(bmask) - len(bmask.lstrip())
        if k == 0 or not body[:k].strip():
            return body
        comment = _norm_ws(body[:k])
        if comment and comment in _norm_ws(self.prompt):
            return "\n" + body[k:].lstrip(" \t") if body[:k].startswith("\n") else body[k:]
        return body

    def _prototypes(self, helpers: list[Item], body_mask: str) -> str:
        """Block-scope declarations so the body can call helpers defined after it (C/C++)."""
        out = ""
        for it in helpers:
            if it.kind != "func" or not _references(body_mask, it.name) or it.open_brace < 0:
                continue
            head = _strip_storage(it.text[: it.open_brace]).strip()
            head = re.sub(r"^(?:\s*(?://[^\n]*|/\*.*?\*/)\s*)*", "", head, flags=re.S)
            out += "\n    " + " ".join(head.split()) + ";"
        return out

    def _tidy(self, it: Item) -> str:
        text = it.text.strip("\n")
        if self.cfam and it.kind == "func":
            k = it.open_brace - (len(it.text) - len(it.text.lstrip("\n")))
            text = _strip_storage(text[:k]) + text[k:]
        if self.js:
            text = re.sub(r"^(\s*(?://[^\n]*\n|/\*.*?\*/\s*)*\s*)export\s+(?:default\s+)?", r"\1", text, flags=re.S)
        return text

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


def _ts_body_brace(masked: str, close: int) -> int:
    """The "{" opening a JS/TS function body after the parameter list's ")" at ``close``,
    skipping a return type annotation that may itself contain braces ({[k: string]: number})."""
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


def _drop_unused_requires(pre: list[Item], post: list[Item], entry_mask: str) -> tuple[list[Item], list[Item]]:
    """JS/TS: drop ``const x = require(...)`` lines nothing kept uses (a test harness's
    ``assert``): repeated after the body they would clash with the benchmark's own."""
    def is_require(it: Item) -> bool:
        return it.kind == "decl" and re.search(r"=\s*require\s*\(", it.masked) is not None

    others = entry_mask + "\n".join(it.masked for it in pre + post if not is_require(it))
    keep = lambda it: not is_require(it) or _references(others, it.name)  # noqa: E731
    return [it for it in pre if keep(it)], [it for it in post if keep(it)]


def _java_has_main(it: Item) -> bool:
    return any(ch.kind == "main" for ch in it.children) or re.search(r"\bstatic\s+void\s+main\s*\(", it.masked) is not None


def _java_unpublic(text: str) -> str:
    return re.sub(r"^(\s*(?:@\w+\s+)*)public\s+", r"\1", text)


def _strip_storage(head: str) -> str:
    return re.sub(r"\b(?:static|inline|extern)\s+", "", head)


def _close_body(body: str, language: str) -> str:
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


def _norm_ws(text: str) -> str:
    return " ".join(text.split())


def _code_of(it: Item) -> str:
    """An item's text without the comments that precede it."""
    k = len(it.masked) - len(it.masked.lstrip())
    return it.text[k:].strip()


def _lstrip_newline(text: str) -> str:
    return text[1:] if text.startswith("\n") else text


def _cut_at_prose(rest: str, language: str) -> str:
    """Cut text after a function at the first prose or fence line at brace depth 0."""
    masked = mask(rest, language)
    depth = 0
    offset = 0
    for ln, ml in zip(rest.split("\n"), masked.split("\n")):
        if depth == 0 and ln.strip() and (_is_prose(ln) or ln.strip().startswith(("```", "~~~"))):
            return rest[:offset]
        depth += ml.count("{") - ml.count("}")
        offset += len(ln) + 1
    return rest


def _strip_trailing_prose(text: str, language: str) -> str:
    lines = text.split("\n")
    while lines and (not lines[-1].strip() or _is_prose(lines[-1])):
        lines.pop()
    return "\n".join(lines)
