"""Reading Python source in model replies: indentation, logical lines, docstrings, tests.

Helpers of ``extract.PythonHandler``; each works on possibly broken code (a reply cut off, mixed
tabs) and never raises on it.
"""

from __future__ import annotations

import ast

from ...inference._lex import mask
from ...inference.extract.common import is_prose

_PY_TEST_MODULES = {"unittest", "pytest", "doctest"}


def is_test_import(node: ast.Import | ast.ImportFrom) -> bool:
    """``import unittest`` and the like: only a model's own test harness needs them."""
    names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
    return all(n.split(".")[0] in _PY_TEST_MODULES for n in names)


def is_test_def(node: ast.AST) -> bool:
    """A model's own tests: ``def test_x``, ``class TestX(unittest.TestCase)``."""
    name = getattr(node, "name", "")
    if name.startswith("test"):
        return True
    if isinstance(node, ast.ClassDef):
        bases = [ast.unparse(b) for b in node.bases]
        return name.startswith("Test") or any(b.endswith("TestCase") for b in bases)
    return False


def body_indent(prompt: str) -> str:
    for ln in reversed(prompt.rstrip("\n").split("\n")):
        if ln.strip():
            ws = ln[: len(ln) - len(ln.lstrip())]
            if ln.lstrip().startswith("def ") and ln.rstrip().endswith(":"):
                return ws + "    "
            return ws if ws else "    "
    return "    "


def prompt_params(prompt: str, entry: str) -> list[str] | None:
    try:
        tree = ast.parse(prompt.rstrip() + "\n    pass\n")
    except SyntaxError:
        return None
    names = None
    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == entry:
            names = [a.arg for a in node.args.posonlyargs + node.args.args]
    return names


def logical_line_starts(masked: str, text: str | None = None) -> list[bool]:
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


def reindent(body: str, indent: str) -> str:
    """Re-indent a Python body so its least-indented code line sits at ``indent``."""
    masked = mask(body, "python")
    lines = body.split("\n")
    mlines = masked.split("\n")
    in_string = []
    for ln, ml in zip(lines, mlines):
        s = ln.lstrip()
        k = len(ln) - len(s)
        in_string.append(bool(s) and k < len(ml) and ml[k] == " " and not s.startswith("#"))
    leads = [ln[: len(ln) - len(ln.lstrip())] for ln in lines]
    mixed = any(lead.count("\t") and " " in lead for lead in leads)
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


def strip_docstring(body: str) -> str:
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


def parse_tolerant(code: str) -> tuple[ast.Module | None, str]:
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


def cut_program(text: str) -> str:
    """The code part of an unfenced reply that starts with code: up to the first prose line."""
    out = []
    masked = mask(text, "python")
    starts = logical_line_starts(masked, text)
    for ln, st in zip(text.split("\n"), starts):
        if st and ln.strip() and not ln[:1].isspace() and is_prose(ln):
            break
        out.append(ln)
    return "\n".join(out)
