"""One-time seeding of codem_core/benchmarks/authored/typescript/ (not part of the build).

Joined mechanically, then fixed by hand (see each file's ``notes``):
* signature: HumanEval-X JS entry-point and parameter names, with parameter/return types taken
  positionally from MultiPL-E's typed prompt (mxeval's where MultiPL-E lacks the task);
* helpers and solution: HumanEval-X JS (Apache-2.0) prompt helpers and canonical solution;
* test / example_test: HumanEval-X JS tests with ``console.assert(`` -> ``assert.ok(`` (node's
  ``assert``, which throws), loaded through ``require`` and made a module with ``export {};``.
MultiPL-E's and mxeval's tests are *not* used: they are the independent cross-check.
Usage: python scripts/translate_ts.py DATA_DIR [--force]
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from codem_core.benchmarks.builders.authored import authored_path, format_authored  # noqa: E402

TEST_HEAD = 'declare var require: any;\nconst assert = require("node:assert");\n'
TEST_TAIL = "\nexport {};\n"


def rd(p: Path) -> list[dict]:
    op = gzip.open if p.suffix == ".gz" else open
    with op(p, "rt", encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def split_top(s: str) -> list[str]:
    out, depth, cur = [], 0, ""
    for ch in s:
        if ch in "([{<":
            depth += 1
        elif ch in ")]}>":
            depth -= 1
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    return out


def typed_sig(line: str) -> tuple[list[str], str] | None:
    m = re.search(r"\((.*)\)\s*:\s*(.+?)\s*\{\s*$", line)
    if not m:
        return None
    params = split_top(m.group(1))
    types = [p.split(":", 1)[1].strip() if ":" in p else "any" for p in params]
    return types, m.group(2).strip()


def translate_test(js_test: str) -> str:
    body = js_test.replace("console.assert(", "assert.ok(").strip("\n")
    return TEST_HEAD + "\n" + body + "\n" + TEST_TAIL


def main() -> None:
    data = Path(sys.argv[1])
    force = "--force" in sys.argv
    js = {int(r["task_id"].split("/")[1]): r for r in rd(data / "humaneval-x/humaneval_js.jsonl.gz")}
    mpl = {int(r["name"].split("_")[1]): r for r in rd(data / "multipl-e-ts/humaneval-ts.jsonl")}
    mx = {int(r["task_id"].split("/")[1]): r for r in rd(data / "mxeval-ts/HumanEval_typescript_v1.jsonl")}
    for n, row in sorted(js.items()):
        path = authored_path("typescript", n)
        if path.exists() and not force:
            continue
        prompt = row["prompt"]
        start = prompt.rfind("/*")
        helpers = prompt[:start].strip()
        last = prompt.rstrip().splitlines()[-1]
        m = re.match(r"const (\w+) = \((.*)\) => \{", last)
        name, params = m.group(1), [p.strip() for p in m.group(2).split(",") if p.strip()]
        src, typed = None, None
        if n in mpl:
            typed, src = typed_sig(mpl[n]["prompt"].rstrip().splitlines()[-1]), "MultiPL-E"
        if typed is None and n in mx:
            typed, src = typed_sig(mx[n]["prompt"].rstrip().splitlines()[-1]), "mxeval"
        notes = [
            "Solution and helpers: HumanEval-X JavaScript (Apache-2.0); "
            "test: HumanEval-X JS test, console.assert -> assert.ok."
        ]
        if typed and len(typed[0]) == len(params):
            sig = f"function {name}(" + ", ".join(f"{p}: {t}" for p, t in zip(params, typed[0])) + f"): {typed[1]} {{"
            notes.append(f"Types seeded from {src}'s prompt.")
        else:
            sig = f"function {name}({', '.join(params)}) {{"
            notes.append("Types: TODO (no typed prompt matched).")
        sections = {
            "header": "",
            "helpers": helpers,
            "signature": sig,
            "solution": row["canonical_solution"],
            "test": translate_test(row["test"]),
            "example_test": translate_test(row["example_test"]) if row.get("example_test", "").strip() else "",
            "notes": "\n".join(notes),
        }
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(format_authored(sections), encoding="utf-8")


if __name__ == "__main__":
    main()
