"""Build tests/data/extraction_corpus.jsonl.

Rows of three kinds:

* ``source: "humaneval-x"``: a realistic chat reply wrapped around the canonical solution of a
  HumanEval-X problem (Python, JavaScript, C++, Java, Go), in one of several shapes that chat
  models produce (see SHAPES). ``expected_completion`` is the canonical solution: the extracted
  completion must equal it modulo whitespace, and ``prompt + completion + test`` must pass.
* ``source: "hand"``: hand-written tricky replies (all 7 languages; C and TypeScript prompts are
  hand-written too), read from tests/data/extraction_handwritten.py, each with the exact
  expected completion and, for most, a test program to execute.
* ``source: "unseen"``: replies in styles the first two kinds lack (~~~ fences, info strings,
  indented code, HTML escapes, harnesses, two versions, body-only, cut-off, no code) to real
  benchmark problems of all 7 languages, read from tests/data/extraction_unseen.py; the prompt
  comes from the benchmark, ``passes`` says whether the completion must pass its tests.

Run:  CODEM_DATA_DIR=../shared/data .venv/bin/python tests/data/make_extraction_corpus.py
The output is deterministic (no randomness: problems are picked by a fixed stride).
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent))

from codem_core.benchmarks import load_problems  # noqa: E402

TAG = {"python": "python", "javascript": "javascript", "cpp": "cpp", "java": "java", "go": "go"}
ALT_TAG = {"python": "py", "javascript": "js", "cpp": "c++", "java": "", "go": "golang"}
WRONG_TAG = {"python": "", "javascript": "typescript", "cpp": "c", "java": "", "go": ""}

INTROS = [
    "Here is the completed function:",
    "Sure! Here's an implementation that solves the problem:",
    "Certainly. Below is a straightforward solution.",
    "You can solve this with a simple loop:",
    "Here's the code:",
]
OUTROS = [
    "This solution runs in linear time in the size of the input.",
    "The function handles the edge cases (empty input) as described in the docstring.",
    "Let me know if you have any questions!",
    "Explanation:\n1. We iterate over the input.\n2. We build the result step by step.\n3. Finally we return it.",
    "Note that the function does not modify its arguments.",
]


def signature_start(problem) -> int:
    """Offset in the prompt of the line that declares the entry point (last such line)."""
    lines = problem.prompt.split("\n")
    pat = re.compile(r"\b" + re.escape(problem.entry_point) + r"\s*(?:[(<=]|$)")
    offset = 0
    best = None
    for line in lines:
        s = line.lstrip()
        if pat.search(line) and not s.startswith(("//", "/*", "*", "#", ">>>")) and (
            problem.language != "python" or s.startswith("def ")
        ):
            best = offset
        offset += len(line) + 1
    assert best is not None, problem.task_id
    return best


def function_text(problem, with_doc: bool = True) -> str:
    """The entry function as a model would write it in full: signature (+docstring) + body."""
    sig = problem.prompt[signature_start(problem) :]
    if problem.language == "python" and not with_doc:
        sig = sig.split("\n", 1)[0] + "\n"
    body = problem.canonical_solution
    if problem.language == "java":
        body = body.rstrip()
        assert body.endswith("}"), problem.task_id
        body = body[:-1].rstrip() + "\n"  # drop the class's closing brace
        return sig + body
    return sig + body


def header(problem) -> str:
    """What precedes the entry function in the prompt, comments/docstrings removed."""
    pre = problem.prompt[: signature_start(problem)]
    if problem.language == "python":
        return pre
    pre = re.sub(r"/\*.*?\*/", "", pre, flags=re.S)
    pre = re.sub(r"(?m)^\s*//.*\n", "", pre)
    return pre


def usage_call(problem) -> str:
    m = re.search(r">>>\s*(" + re.escape(problem.entry_point) + r"\(.*\))", problem.prompt)
    if m:
        return m.group(1)
    return None


def python_program(p) -> str:
    call = usage_call(p) or f"{p.entry_point}"
    return header(p).lstrip("\n") + function_text(p) + f'\n\nif __name__ == "__main__":\n    print({call})\n'


def js_program(p) -> str:
    call = usage_call(p)
    fn = function_text(p).replace(f"const {p.entry_point} = (", f"function {p.entry_point}(").replace(") => {", ") {", 1)
    usage = f"\nconsole.log({call});\n" if call else ""
    return fn.rstrip() + "\n" + usage + f"\nmodule.exports = {p.entry_point};\n"


def cpp_program(p) -> str:
    return (
        "#include <iostream>\n"
        + header(p).lstrip("\n")
        + function_text(p).rstrip()
        + '\n\nint main() {\n    // quick check\n    std::cout << "ok" << std::endl;\n    return 0;\n}\n'
    )


def java_program(p) -> str:
    return (
        header(p).rstrip()
        + "\n"
        + function_text(p).rstrip()
        + "\n}\n\npublic class Main {\n    public static void main(String[] args) {\n        Solution s = new Solution();\n"
        + '        System.out.println("Solution ready: " + s);\n    }\n}\n'
    )


def go_program(p) -> str:
    imports = p.extra.get("import", "").strip()
    pkgs = re.findall(r'"([\w/]+)"', imports)
    if "fmt" not in pkgs:
        pkgs.append("fmt")
    block = "import (\n" + "".join(f'    "{x}"\n' for x in pkgs) + ")\n"
    return "package main\n\n" + block + "\n" + function_text(p).rstrip() + '\n\nfunc main() {\n    fmt.Println("done")\n}\n'


PROGRAM = {"python": python_program, "javascript": js_program, "cpp": cpp_program, "java": java_program, "go": go_program}


def usage_block(p) -> str | None:
    call = usage_call(p)
    if call is None:
        return None
    lang = p.language
    if lang == "python":
        return f"print({call})"
    if lang == "javascript":
        return f"console.log({call});"
    if lang == "cpp":
        return f"int main() {{\n    auto r = {call.replace('[', '{').replace(']', '}')};\n    return 0;\n}}"
    if lang == "java":
        return f"Solution s = new Solution();\nSystem.out.println(s.{call});"
    if lang == "go":
        return f"fmt.Println({call})"
    return None


def trailing_chatter(p, k: int) -> str:
    lang = p.language
    call = usage_call(p)
    if lang == "python":
        opts = [
            f"\n\n# Example usage\nprint({call or p.entry_point})\n",
            "\n\n" + OUTROS[k % len(OUTROS)] + "\n",
            f'\n\nif __name__ == "__main__":\n    import doctest\n    doctest.testmod()\n',
        ]
    elif lang == "javascript":
        opts = [f"\n\nconsole.log({call or p.entry_point});\n", "\n" + OUTROS[k % len(OUTROS)] + "\n", "\nmodule.exports = " + p.entry_point + ";\n"]
    elif lang == "cpp":
        opts = ["\n\nint main() {\n    return 0;\n}\n", "\n" + OUTROS[k % len(OUTROS)] + "\n"]
    elif lang == "java":
        opts = ["\n" + OUTROS[k % len(OUTROS)] + "\n", "\n\nThe method above solves the task.\n"]
    else:
        opts = ['\n\nfunc main() {\n    fmt.Println("ok")\n}\n', "\n" + OUTROS[k % len(OUTROS)] + "\n"]
    return opts[k % len(opts)]


def tabify(code: str) -> str:
    """Re-indent with one tab per indentation level (as an editor set to tabs would)."""
    lines = code.split("\n")
    widths = sorted({len(ln) - len(ln.lstrip(" ")) for ln in lines if ln.strip()})
    level = {w: k for k, w in enumerate(widths)}
    out = []
    for line in lines:
        stripped = line.lstrip(" ")
        out.append("\t" * level[len(line) - len(stripped)] + stripped if stripped else "")
    return "\n".join(out)


def shapes_for(p, k: int) -> dict[str, str]:
    lang = p.language
    tag = TAG[lang]
    intro = INTROS[k % len(INTROS)]
    outro = OUTROS[(k + 2) % len(OUTROS)]
    fn = function_text(p, with_doc=(k % 2 == 0))
    canon = p.canonical_solution
    shapes: dict[str, str] = {}
    # (a) raw continuation of the signature, with chatter after it
    shapes["continuation"] = canon.rstrip("\n") + trailing_chatter(p, k)
    shapes["continuation-fence"] = canon.rstrip("\n") + "\n```\n\n" + outro + "\n"
    # (b) fenced whole function, prose around it
    shapes["fenced-function"] = f"{intro}\n\n```{tag}\n{fn.rstrip()}\n```\n\n{outro}\n"
    shapes["fenced-alt-tag"] = f"{intro}\n```{ALT_TAG[lang]}\n{fn.rstrip()}\n```\n"
    shapes["unclosed-fence"] = f"{intro}\n\n```{tag}\n{fn.rstrip()}\n"
    # (c) whole program, untagged or wrongly tagged fence
    shapes["whole-program"] = f"{intro}\n\n```{WRONG_TAG[lang] if k % 2 else ''}\n{PROGRAM[lang](p).rstrip()}\n```\n\n{outro}\n"
    # (d) several blocks: usage first or second
    usage = usage_block(p)
    if usage:
        if k % 2:
            shapes["multi-block"] = (
                f"{intro}\n\n```{tag}\n{fn.rstrip()}\n```\n\nYou can call it like this:\n\n```{tag}\n{usage}\n```\n"
            )
        else:
            shapes["multi-block"] = (
                f"For example:\n\n```{tag}\n{usage}\n```\n\nshould work once the function is implemented. {intro}\n\n```{tag}\n{fn.rstrip()}\n```\n"
            )
    # line-ending and whitespace variants
    shapes["crlf"] = f"{intro}\r\n\r\n```{tag}\r\n" + fn.rstrip().replace("\n", "\r\n") + "\r\n```\r\n"
    shapes["tabs"] = f"```{tag}\n{tabify(fn.rstrip())}\n```\n{outro}\n"
    # the signature repeated without a fence, then prose
    shapes["raw-definition"] = fn.rstrip() + "\n\n" + outro + "\n"
    return shapes


PER_LANGUAGE = 22  # rows per HumanEval-X language from canonical solutions


def build_humaneval_rows() -> list[dict]:
    rows = []
    for lang in ("python", "javascript", "cpp", "java", "go"):
        problems = load_problems(lang)
        shape_names = list(shapes_for(problems[0], 0).keys()) + ["multi-block"]
        # fixed stride over problems; cycle through shapes
        picked = 0
        k = 0
        idx = 0
        while picked < PER_LANGUAGE:
            p = problems[(idx * 37 + 5) % len(problems)]
            idx += 1
            if p.task_id.endswith("/162") or p.task_id.endswith("/22") or p.task_id.endswith("/137"):
                continue  # need extra packages (js-md5, boost, openssl)
            shapes = shapes_for(p, k)
            name = shape_names[k % len(shape_names)]
            if name not in shapes:
                name = "fenced-function"
            k += 1
            rows.append(
                {
                    "id": f"hx-{lang}-{p.task_id.split('/')[1]}-{name}",
                    "source": "humaneval-x",
                    "language": lang,
                    "task_id": p.task_id,
                    "shape": name,
                    "prompt": p.prompt,
                    "entry_point": p.entry_point,
                    "reply": shapes[name],
                    "expected_completion": p.canonical_solution,
                    "code_found": True,
                }
            )
            picked += 1
    return rows


def build_unseen_rows() -> list[dict]:
    """Rows of extraction_unseen.py: replies to real benchmark problems (all 7 languages)."""
    from extraction_unseen import UNSEEN  # noqa: E402

    problems: dict[str, object] = {}
    rows = []
    for row in UNSEEN:
        lang = row["language"]
        if lang not in problems:
            problems[lang] = {p.task_id: p for p in load_problems(lang)}
        p = problems[lang][row["task_id"]]
        row = dict(row, prompt=p.prompt, entry_point=p.entry_point, source="unseen")
        row.setdefault("code_found", True)
        row.setdefault("passes", row["code_found"])
        rows.append(row)
    return rows


def main() -> None:
    sys.path.insert(0, str(HERE))
    from extraction_handwritten import HANDWRITTEN  # noqa: E402

    rows = build_humaneval_rows()
    for row in HANDWRITTEN:
        row = dict(row)
        row.setdefault("source", "hand")
        row.setdefault("code_found", True)
        rows.append(row)
    rows.extend(build_unseen_rows())
    ids = [r["id"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    out = HERE / "extraction_corpus.jsonl"
    with open(out, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} rows to {out}")


if __name__ == "__main__":
    main()
