"""One-time seeding of codem_core/benchmarks/authored/c/ (not part of the build).

Joined mechanically, then fixed by hand (see each file's ``notes``):
* header, helpers, signature and solution: LLM4Decompile's reference C function ``c_func``
  (MIT), with ``func0`` renamed to the HumanEval-X entry point;
* test / example_test: codem's own, generated from HumanEval-X's C++ tests: every
  ``assert`` is parsed into (call arguments, expected value) and re-emitted as C for the C
  signature (arrays as named locals + lengths, out-lengths, out-buffers, in-place results).
  LLM4Decompile's ``c_test`` is *not* used: it is the independent cross-check.
Problems the generator cannot translate get a test stub marked TODO, written by hand.
Usage: python scripts/translate_c.py DATA_DIR [--force] [n ...]
"""

from __future__ import annotations

import ast
import gzip
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codem_core.benchmarks.builders.authored import authored_path, format_authored  # noqa: E402

NUM = {"int", "long", "long long", "float", "double", "bool", "char", "unsigned", "size_t", "long int"}
LEN_NAME = re.compile(r"(size|count|len|length|num|^n\d?$|^N$|returnSize)", re.I)


@dataclass
class CParam:
    base: str  # "int", "float", "char", ...
    depth: int  # pointer depth incl. [] brackets
    const: bool
    name: str
    fixed: int | None = None  # T name[K]


def parse_cparams(s: str) -> list[CParam]:
    out = []
    for part in [p.strip() for p in s.split(",") if p.strip()]:
        fixed = None
        m = re.search(r"\[(\d*)\]\s*(\[\d*\])?\s*$", part)
        depth = 0
        if m:
            depth += 1 + (1 if m.group(2) else 0)
            fixed = int(m.group(1)) if m.group(1) else None
            part = part[: m.start()]
        depth += part.count("*")
        const = "const" in part.split()
        toks = part.replace("*", " ").replace("const", " ").split()
        name, base = toks[-1], " ".join(toks[:-1])
        out.append(CParam(base, depth, const, name, fixed))
    return out


def split_top(s: str, sep: str = ",") -> list[str]:
    out, depth, cur, q = [], 0, "", None
    i = 0
    while i < len(s):
        ch = s[i]
        if q:
            cur += ch
            if ch == "\\":
                cur += s[i + 1]; i += 2; continue
            if ch == q:
                q = None
        elif ch in "\"'":
            q = ch; cur += ch
        elif ch in "([{":
            depth += 1; cur += ch
        elif ch in ")]}":
            depth -= 1; cur += ch
        elif s.startswith(sep, i) and depth == 0:
            out.append(cur); cur = ""; i += len(sep); continue
        else:
            cur += ch
        i += 1
    out.append(cur)
    return [x.strip() for x in out]


def cpp_value(expr: str, env: dict):
    e = expr.strip()
    if e in env:
        return env[e]
    e = re.sub(r'string\(("(?:[^"\\]|\\.)*")\)', r"\1", e)
    e = re.sub(r"\(float\)|\(double\)|\(int\)", "", e)
    py = ""
    q = None
    for ch in e:
        if q:
            py += ch
            if ch == q and not py.endswith("\\" + q):
                q = None
            continue
        if ch == '"':
            q = ch
        py += {"{": "[", "}": "]"}.get(ch, ch)
    py = re.sub(r"\btrue\b", "True", py)
    py = re.sub(r"\bfalse\b", "False", py)
    py = re.sub(r"(\d)[fF]\b", r"\1", py)
    py = re.sub(r"(\d)(LL|ll|L)\b", r"\1", py)
    try:
        return ast.literal_eval(py)
    except ValueError:  # arithmetic such as 3 * 19 or 2.0/3.0 in upstream literals
        tree = ast.parse(py, mode="eval")
        if not all(isinstance(x, (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Constant, ast.List, ast.operator, ast.unaryop, ast.Load)) for x in ast.walk(tree)):
            raise
        return eval(compile(tree, "<cpp>", "eval"), {"__builtins__": {}}, {})


def strip_parens(e: str) -> str:
    e = e.strip()
    while e.startswith("(") and e.endswith(")") and _closing(e, 0) == len(e) - 1:
        e = e[1:-1].strip()
    return e


def _closing(s: str, start: int) -> int:
    d, q, k = 0, None, start
    while k < len(s):
        ch = s[k]
        if q:
            if ch == "\\":
                k += 2; continue
            if ch == q:
                q = None
        elif ch in "\"'":
            q = ch
        elif ch == "(":
            d += 1
        elif ch == ")":
            d -= 1
            if d == 0:
                return k
        k += 1
    return -1


def _balanced(s: str) -> bool:
    d = 0
    for ch in s:
        d += ch == "("
        d -= ch == ")"
        if d < 0:
            return False
    return d == 0


def match_call(e: str, entry: str):
    """(call, rest) when e starts with entry(...)."""
    if not e.startswith(entry + "("):
        return None
    k = _closing(e, len(entry))
    return (e[: k + 1], e[k + 1:].strip()) if k > 0 else None


def parse_cpp_test(test: str, entry: str):
    """-> list of (kind, args, expected) or raise ValueError."""
    m = re.search(r"int\s+main\s*\(\s*\)\s*\{(.*)\}\s*$", test, re.S)
    if not m:
        raise ValueError("no main")
    body = re.sub(r"//[^\n]*", "", m.group(1))
    env, cases = {}, []
    for stmt in split_top(body, ";"):
        stmt = stmt.strip()
        if not stmt:
            continue
        d = re.match(r"^(?:vector<[\w<> ]+>|string|int|float|double|long long)\s+(\w+)\s*=\s*(.+)$", stmt, re.S)
        if d:
            env[d.group(1)] = cpp_value(d.group(2), env); continue
        a = re.match(r"^assert\s*\((.*)\)$", stmt, re.S)
        if not a:
            raise ValueError(f"statement: {stmt[:80]}")
        e = strip_parens(a.group(1))
        neg = False
        while e.startswith("not") or e.startswith("!"):
            e = strip_parens(e[3:] if e.startswith("not") else e[1:]); neg = not neg
        tol = False
        mm = re.match(r"^issame\s*\((.*)\)$", e, re.S)
        if mm:
            call, exp = split_top(mm.group(1))
        else:
            mm = re.match(r"^f?abs\s*\((.*)\)\s*<\s*([\d.e-]+)$", e, re.S)
            if mm and match_call(mm.group(1).strip(), entry):
                call, rest = match_call(mm.group(1).strip(), entry)
                exp = repr(-float(cpp_value(rest, env)))
                tol = True
            elif "==" in e and len(split_top(e, "==")) == 2:
                call, exp = split_top(e, "==")
            elif e.startswith("not ") or e.startswith("!"):
                call, exp = e.lstrip("!").removeprefix("not ").strip(), "false"
            else:
                call, exp = e, "true"
        call = strip_parens(call.strip())
        if neg:
            if exp not in ("true", "false"):
                raise ValueError("negated comparison")
            exp = "false" if exp == "true" else "true"
        cm = re.match(rf"^{entry}\s*\((.*)\)$", call, re.S)
        if not cm:
            raise ValueError(f"call: {call[:80]}")
        args = [cpp_value(x, env) for x in split_top(cm.group(1))] if cm.group(1).strip() else []
        cases.append((tol, args, cpp_value(exp, env)))
    return cases


def cpp_params(decl: str):
    ms = list(re.finditer(r"^\s*([\w:<>, ]+?)\s+(\w+)\s*\(([^;]*)\)\s*\{?\s*$", decl, re.M))
    ms = [m for m in ms if m.group(2) not in ("for", "if", "while", "return")]
    m = ms[-1]
    ret, name, ps = m.group(1), m.group(2), m.group(3)
    params = []
    for p in split_top(ps):
        if not p:
            continue
        mm = re.match(r"^(.*?[\w>*&])\s*([\w]+)$", p.strip())
        if not mm:
            raise ValueError(f"C++ param {p!r}")
        params.append((mm.group(1).replace(" ", "").replace("long", "long ").strip(), mm.group(2)))
    return ret.strip(), name, params


def cstr(s: str) -> str:
    out = '"'
    for ch in s:
        if ch == '"': out += '\\"'
        elif ch == "\\": out += "\\\\"
        elif ch == "\n": out += "\\n"
        elif ch == "\t": out += "\\t"
        elif ord(ch) < 32 or ord(ch) > 126: out += "".join(f"\\x{b:02x}" for b in ch.encode()) + '""'
        else: out += ch
    return out + '"'


def cnum(v, base: str) -> str:
    if isinstance(v, bool):
        return "1" if v else "0"
    if base in ("float", "double"):
        r = repr(float(v))
        return r + ("f" if base == "float" else "")
    if isinstance(v, float):
        raise ValueError(f"float {v} for {base}")
    return str(v) + ("LL" if base == "long long" and abs(v) > 2**31 else "")


def is_str_param(p: CParam) -> bool:
    return p.base == "char" and p.depth == 1


def emit_case(idx: int, tol: bool, args: list, exp, cps: list[CParam], cret: str, cxx: list, cxx_ret: str, entry: str) -> str:
    lines, callargs = [], []
    i = j = 0
    named = []  # (var, CParam, value) of array/string args
    while j < len(cxx):
        qt, qn = cxx[j]
        p = cps[i]
        v = args[j]
        if qt.startswith("vector<vector"):
            raise ValueError("nested vector")
        if qt.startswith("vector<"):
            var = f"a{j}"
            if p.base == "char" and p.depth == 2:
                ctype = ("const " if p.const else "") + "char *"
                lines.append(f"{ctype}{var}[] = {{{', '.join(cstr(x) for x in v) or 'NULL'}}};")
            elif p.depth == 1:
                if not isinstance(v, list):
                    raise ValueError("expected a list")
                lines.append(f"{p.base} {var}[] = {{{', '.join(cnum(x, p.base) for x in v) or '0'}}};")
            else:
                raise ValueError(f"vector -> {p}")
            callargs.append(var); named.append((var, p, v)); i += 1
            if i < len(cps) and cps[i].depth == 0 and cps[i].base == "int" and (j + 1 >= len(cxx) or cps[i].name != cxx[j + 1][1]):
                callargs.append(str(len(v))); i += 1
        elif qt == "string":
            if not isinstance(v, str) or not is_str_param(p):
                raise ValueError(f"string -> {p}")
            if p.const:
                callargs.append(cstr(v))
            else:
                var = f"a{j}"
                lines.append(f"char {var}[{max(len(v.encode()) + 1, 1) * 2 + 64}] = {cstr(v)};")
                callargs.append(var); named.append((var, p, v))
            i += 1
        else:
            if p.depth != 0:
                raise ValueError(f"scalar -> {p}")
            callargs.append(cnum(v, p.base)); i += 1
        j += 1
    outs = cps[i:]
    out_len = None
    result_expr = None
    for p in outs:
        if p.depth == 1 and p.base == "int" and LEN_NAME.search(p.name) and not p.fixed:
            lines.append("int n = -1;"); callargs.append("&n"); out_len = "n"
        elif p.depth == 1 and p.base == "char" and not p.const:
            lines.append("char out[4096] = {0};"); callargs.append("out"); result_expr = result_expr or ("out", "str")
        elif p.depth == 1:
            lines.append(f"{p.base} out[1024] = {{0}};"); callargs.append("out"); result_expr = result_expr or ("out", p.base)
        elif p.depth == 2 and p.base != "char":
            lines.append(f"{p.base} *out = NULL;"); callargs.append("&out"); result_expr = result_expr or ("out", p.base)
        elif p.depth == 3 and p.base == "char":
            lines.append("char **out = NULL;"); callargs.append("&out"); result_expr = result_expr or ("out", "strs")
        else:
            raise ValueError(f"output {p}")
    call = f"{entry}({', '.join(callargs)})"
    rb = cret.replace("const", "").strip()
    rdepth = rb.count("*")
    rbase = rb.replace("*", "").strip()
    checks = []
    if rdepth == 0 and rbase == "int" and isinstance(exp, list) and result_expr is not None:
        lines.append(f"int n = {call};")
        out_len = "n"
        rdepth, rbase, call = 0, "void", None
    if rdepth == 0 and rbase != "void":
        if isinstance(exp, list):
            raise ValueError("list expected, scalar return")
        if isinstance(exp, str):
            if rbase == "char" and len(exp) == 1:
                checks.append(f"assert({call} == {cstr(exp).replace(chr(34), chr(39))});")
            else:
                raise ValueError("string expected, scalar return")
        elif rbase in ("float", "double") or isinstance(exp, float) or tol:
            checks.append(f"assert(fabs({call} - {repr(float(exp))}) < 1e-4);")
        else:
            checks.append(f"assert({call} == {cnum(exp, rbase)});")
        return "{\n    " + "\n    ".join(lines + checks) + "\n}"
    if rdepth == 1 and rbase == "char":
        if not isinstance(exp, str):
            raise ValueError("string return, non-string expected")
        checks.append(f"assert(strcmp({call}, {cstr(exp)}) == 0);")
        return "{\n    " + "\n    ".join(lines + checks) + "\n}"
    # array-valued results
    if rdepth >= 1:
        kind = "strs" if (rbase == "char" and rdepth == 2) else rbase
        lines.append(f"{'char *' if kind == 'strs' else rbase + ' '}{'*' if kind != 'strs' else '*'}r = {call};".replace("char **r", "char **r"))
        res = "r"
    else:
        if call:
            lines.append(f"{call};")
        if result_expr is None:
            if not named:
                raise ValueError("void without outputs")
            var, p, _ = named[0]
            result_expr = (var, "str" if is_str_param(p) else p.base)
        res, kind = result_expr
    if kind == "str":
        if not isinstance(exp, str):
            raise ValueError("string result")
        checks.append(f"assert(strcmp({res}, {cstr(exp)}) == 0);")
        return "{\n    " + "\n    ".join(lines + checks) + "\n}"
    if not isinstance(exp, list):
        raise ValueError(f"array result, expected {exp!r}")
    if out_len:
        checks.append(f"assert({out_len} == {len(exp)});")
    for k, x in enumerate(exp):
        if kind == "strs":
            checks.append(f"assert(strcmp({res}[{k}], {cstr(x)}) == 0);")
        elif kind in ("float", "double") or isinstance(x, float):
            checks.append(f"assert(fabs({res}[{k}] - {repr(float(x))}) < 1e-4);")
        else:
            checks.append(f"assert({res}[{k}] == {cnum(x, kind)});")
    return "{\n    " + "\n    ".join(lines + checks) + "\n}"


TEST_HEAD = "#include <assert.h>\n#include <math.h>\n#include <stdlib.h>\n#include <string.h>\n\n"


def translate_test(cpp_test: str, entry: str, cps, cret, cxx, cxx_ret) -> str:
    cases = parse_cpp_test(cpp_test, entry)
    blocks = [emit_case(k, tol, args, exp, cps, cret, cxx, cxx_ret, entry) for k, (tol, args, exp) in enumerate(cases)]
    body = "\n".join("    " + b.replace("\n", "\n    ") for b in blocks)
    return TEST_HEAD + "int main(void) {\n" + body + "\n    return 0;\n}\n"


def split_cfunc(cfunc: str, entry: str):
    cfunc = cfunc.replace("func0", entry)
    lines = cfunc.splitlines()
    header = "\n".join(l for l in lines if l.startswith("#include"))
    rest = "\n".join(l for l in lines if not l.startswith("#include")).strip("\n")
    m = re.search(rf"^([^\n]*\b{entry}\s*\(([^)]*)\)\s*)\{{", rest, re.M)
    helpers = rest[: m.start()].strip("\n")
    sig = m.group(1).rstrip() + " {"
    solution = rest[m.end():].strip("\n")
    if solution.startswith("\n"):
        solution = solution[1:]
    ret = re.match(rf"^(.*?)\b{entry}\s*\(", m.group(1)).group(1).strip()
    return header, helpers, sig, solution, parse_cparams(m.group(2)), ret


def ownership_note(cret: str, solution: str, cps) -> str:
    r = cret.replace(" ", "")
    notes = []
    allocs = re.search(r"\b(malloc|calloc|realloc|strdup)\b", solution)
    if r.endswith("**"):
        notes.append("The returned array and each string in it are allocated with malloc; the caller frees them.")
    elif r.endswith("*") and not r.startswith("const"):
        notes.append("The result is allocated with malloc; the caller frees it." if allocs else "The result points to memory the caller does not free.")
    elif r.startswith("const") and r.endswith("*"):
        notes.append("The result is a string constant; the caller does not free it.")
    for p in cps:
        if p.depth == 1 and p.base == "int" and LEN_NAME.search(p.name) and not p.const:
            notes.append(f"The number of elements of the result is stored in *{p.name}.")
    return "\n".join(notes)


def rd(p: Path) -> list[dict]:
    op = gzip.open if p.suffix == ".gz" else open
    with op(p, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main() -> None:
    data = Path(sys.argv[1])
    force = "--force" in sys.argv
    only = {int(a) for a in sys.argv[2:] if a.isdigit()}
    cpp = {int(r["task_id"].split("/")[1]): r for r in rd(data / "humaneval-x/humaneval_cpp.jsonl.gz")}
    l4d = {int(r["task_id"].split("/")[1]): r for r in rd(data / "humaneval-c-llm4decompile/humaneval_c_llm4decompile_164.jsonl")}
    todo = []
    for n in sorted(cpp):
        if only and n not in only:
            continue
        path = authored_path("c", n)
        if path.exists() and not force:
            continue
        cxx_ret, entry, cxx = cpp_params(cpp[n]["declaration"])
        header, helpers, sig, solution, cps, cret = split_cfunc(l4d[n]["c_func"], entry)
        notes = [f"Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed {entry}.",
                 "Test: generated from the HumanEval-X C++ test (scripts/translate_c.py)."]
        tests = {}
        for field in ("test", "example_test"):
            try:
                tests[field] = translate_test(cpp[n][field], entry, cps, cret, cxx, cxx_ret)
            except Exception as exc:  # noqa: BLE001
                tests[field] = "" if field == "example_test" else f"// TODO hand-written test ({type(exc).__name__}: {exc})\nint main(void) {{ return 1; }}\n"
                if field == "test":
                    todo.append(n)
                    notes.append("Test: TODO by hand.")
        sections = {"header": header, "helpers": helpers, "doc_append": ownership_note(cret, solution, cps),
                    "signature": sig, "solution": solution, "test": tests["test"], "example_test": tests["example_test"],
                    "notes": "\n".join(notes)}
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(format_authored(sections), encoding="utf-8")
    print("TODO:", todo, len(todo))


if __name__ == "__main__":
    main()
