"""HumanEval-C's calling conventions, checked statically on every problem.

The conventions (docs/benchmarks-c-typescript.md):

* inputs: arrays as pointer + length, strings as ``char *``; a function never writes through a
  parameter it was given, so the caller's arrays and strings are left as they were;
* results are returned: a string as a ``char *`` allocated with malloc, an array as a ``T *``
  (or ``char **`` / ``int **``) allocated with malloc whose number of elements is stored through
  a trailing ``int *`` out-length parameter; the caller frees what it receives, and the prompt
  says so. ``const char *`` results are not the caller's (a string constant or one of the
  inputs) and the prompt says the caller does not free them;
* the only writes through a parameter are to such single-value out-parameters (``*out_len =
  n``): no caller-provided output buffer, no in-place result.

:func:`violations` reads a problem's signature, prompt and canonical solution and lists every
departure; the audit reports them and ``tests/unit/test_benchmarks_c_ts.py`` requires none.
It is a static reading (regular expressions over the canonical solution, aliases of a
parameter followed one level), not a proof; the sanitizer run in the audit checks the same
solutions dynamically (leaks, out-of-bounds writes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .problem import Problem

SCALARS = {
    "int",
    "bool",
    "float",
    "double",
    "long",
    "long long",
    "long int",
    "size_t",
    "unsigned",
    "unsigned int",
    "char",
}
_WRITE_FN = r"(?:strcpy|strncpy|strcat|strncat|sprintf|snprintf|vsprintf|memcpy|memmove|memset|qsort|strtok|fgets)"
_ASSIGN = r"(?:=(?!=)|\+=|-=|\*=|/=|%=|\|=|&=|\^=|<<=|>>=|\+\+|--)"


@dataclass(frozen=True)
class CParam:
    name: str
    base: str  # element type without qualifiers, e.g. "int", "char"
    depth: int  # pointer levels, [] counted as one
    const: bool  # pointee const-qualified (const T *, T const *)
    fixed: int | None  # T name[N]
    text: str


def parse_signature(sig: str) -> tuple[str, str, list[CParam]]:
    """(return type, name, params) of a C signature line ``ret name(params) {``."""
    m = re.match(r"^\s*(.*?)\b(\w+)\s*\((.*)\)\s*\{?\s*$", sig.strip())
    if not m:
        raise ValueError(f"not a C signature: {sig!r}")
    params = []
    for part in [x.strip() for x in m.group(3).split(",") if x.strip() and x.strip() != "void"]:
        fixed_m = re.search(r"\[(\d+)\]\s*$", part)
        depth = part.count("*") + part.count("[")
        toks = re.sub(r"\[\d*\]", " ", part).replace("*", " ").split()
        name = toks[-1]
        base = " ".join(t for t in toks[:-1] if t != "const")
        const = bool(
            re.match(r"^\s*const\b", part) or re.search(r"\bconst\s*\*", part) and part.index("const") < part.index("*")
        )
        params.append(CParam(name, base, depth, const, int(fixed_m.group(1)) if fixed_m else None, part))
    return re.sub(r"\s+", " ", m.group(1)).strip(), m.group(2), params


def _strip_comments(code: str) -> str:
    return re.sub(r"//[^\n]*|/\*.*?\*/", "", code, flags=re.S)


def writes_through(solution: str, name: str) -> set[str]:
    """How ``solution`` writes through pointer parameter ``name``: ``indexed`` (``p[i] = ``,
    ``*(p + i) = ``, ``*p++ = ``), ``libcall`` (``strcpy(p, ...)`` and kin), ``deref``
    (``*p = ``). Pointer variables initialised from ``p`` count as ``p``."""
    s = _strip_comments(solution)
    names = {name}
    for m in re.finditer(rf"\*\s*(\w+)\s*=\s*(?:\([^)]*\)\s*)?{name}\b(?!\s*\[)", s):
        names.add(m.group(1))
    kinds: set[str] = set()
    for n in names:
        if (
            re.search(rf"\b{n}\s*(\[[^\]]*\]\s*)+{_ASSIGN}", s)
            or re.search(rf"(\+\+|--)\s*{n}\s*\[", s)
            or re.search(rf"\*\s*\(\s*{n}\s*[+-][^)]*\)\s*{_ASSIGN}", s)
            or re.search(rf"\*\s*{n}\s*(\+\+|--)\s*=", s)
            or re.search(rf"\(\s*\*\s*{n}\s*\)\s*\[", s)
        ):
            kinds.add("indexed")
        if re.search(rf"\b{_WRITE_FN}\s*\(\s*(\([^)]*\)\s*)?{n}\b", s):
            kinds.add("libcall")
        if re.search(rf"(?<![\w)\]])\*\s*{n}\s*{_ASSIGN}", s) or re.search(rf"\(\s*\*\s*{n}\s*\)\s*{_ASSIGN}", s):
            kinds.add("deref")
    return kinds


def violations(p: Problem) -> list[str]:
    """Every departure of problem ``p`` from the C conventions (empty when it follows them)."""
    sig = [ln for ln in p.declaration.splitlines() if ln.strip()][-1]
    ret, _, params = parse_signature(sig)
    out: list[str] = []
    doc = p.prompt[: p.prompt.rfind(sig)]
    rdepth = ret.count("*")
    rconst = ret.startswith("const")
    for prm in params:
        if prm.depth == 0:
            continue
        if prm.const:
            continue  # writing through it would not compile
        kinds = writes_through(p.canonical_solution, prm.name)
        scalar_out = prm.depth == 1 and prm.base in SCALARS and prm.base != "char" and kinds <= {"deref"}
        if kinds and not scalar_out:
            out.append(
                f"{prm.text}: the solution writes into it ({', '.join(sorted(kinds))}): "
                "an output buffer or an in-place result"
            )
        if scalar_out and kinds and f"*{prm.name}" not in doc:
            out.append(f"{prm.text}: out-parameter not described in the prompt (no '*{prm.name}')")
    if rdepth and re.search(r"\bstatic\b[^;(]*\[", _strip_comments(p.canonical_solution)):
        out.append(f"{ret} result: the solution returns static storage (not reentrant; the caller cannot free it)")
    if rdepth:
        if rconst:
            if rdepth != 1 or "does not free" not in doc:
                out.append(f"{ret} result: the prompt must say the caller does not free it")
        else:
            if not re.search(r"caller frees", doc):
                out.append(f"{ret} result: the prompt does not say the caller frees it")
            is_string = ret.replace(" ", "") == "char*"
            if not is_string:
                last = params[-1] if params else None
                if not (last and last.depth == 1 and last.base == "int" and not last.const):
                    out.append(f"{ret} result: an array result needs a trailing int * out-length parameter")
                elif f"*{last.name}" not in doc:
                    out.append(f"{ret} result: the prompt does not say the length is stored in *{last.name}")
    elif ret.replace(" ", "") == "void":
        out.append("void function: results are returned, not written into parameters")
    return out
