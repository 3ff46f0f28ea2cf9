"""Build HumanEval-C and HumanEval-TypeScript from upstream docstrings + codem's authored parts.

Inputs:
* upstream (read from the data directory, never copied into the repo): HumanEval-X C++ prompts
  (docstrings for C) and HumanEval-X JavaScript prompts (docstrings for TypeScript);
* authored (in the repo): ``authored/<language>/<nnn>.<ext>`` (see ``authored.py``).

Outputs (``built/``): ``humaneval_<language>.jsonl`` with the HumanEval-X fields and
``provenance.json`` (sha256 of every input, builder version, output hashes). The build is
deterministic: no timestamps, stable ordering, so rebuilding yields identical bytes.

Prompt layout (the docstring sits right before the signature, as in HumanEval-X JS):
``header + helpers + docstring comment + signature``; ``declaration`` is the same without
the docstring. A program is ``prompt + completion + "\\n" + test`` (HumanEval-X convention).

Docstring transformation for C (deterministic): the C++ prompt's last ``/* ... */`` block,
dedented; the words "vector(s)" become "array(s)"; the authored ``doc_append`` lines (lengths
and who frees what) are added at the end. TypeScript uses the JavaScript prompt's last
``/* ... */`` block unchanged (JS call syntax is TS call syntax).
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from pathlib import Path

from ...errors import DataError
from ...io import read_jsonl, sha256_file, write_json
from ..loader import entry_point_from_declaration
from .authored import AUTHORED_DIR, EXT, load_authored

BUILDER_VERSION = "1.0.0"
BUILT_DIR = Path(__file__).resolve().parent.parent / "built"
LANGS = ("c", "typescript")
TASK_PREFIX = {"c": "C", "typescript": "TypeScript"}
# Upstream file (relative to the data dir) whose prompts give each language's docstrings.
DOC_SOURCE = {"c": "humaneval-x/humaneval_cpp.jsonl.gz", "typescript": "humaneval-x/humaneval_js.jsonl.gz"}
N_PROBLEMS = 164


def last_comment_block(prompt: str, task_id: str) -> str:
    start = prompt.rfind("/*")
    end = prompt.find("*/", start)
    if start < 0 or end < 0:
        raise DataError(f"{task_id}: no /* */ docstring in the upstream prompt")
    return prompt[start : end + 2]


def _trailing_line_comments(prompt: str) -> str | None:
    lines = prompt.rstrip().splitlines()
    run: list[str] = []
    for line in reversed(lines):
        if line.strip().startswith("//"):
            run.insert(0, line.strip()[2:].strip())
        elif run:
            break
    return "\n".join(run) if run else None


def c_docstring(cpp_prompt: str, task_id: str, doc_append: str) -> str:
    """The C++ prompt's last ``/* */`` block (or trailing ``//`` lines, C++ task 50) as C text."""
    if "/*" in cpp_prompt:
        inner = last_comment_block(cpp_prompt, task_id)[2:-2].strip("\n")
    else:
        inner = _trailing_line_comments(cpp_prompt)
        if inner is None:
            raise DataError(f"{task_id}: no docstring comment in the upstream prompt")
    lines = textwrap.dedent(inner).strip("\n").splitlines()
    text = "\n".join(line.rstrip() for line in lines)
    text = re.sub(r"\bvectors\b", "arrays", text)
    text = re.sub(r"\bvector\b", "array", text)
    text = re.sub(r"\bVector\b", "Array", text)
    if doc_append.strip():
        text += "\n" + doc_append.strip("\n")
    return "/*\n" + text + "\n*/"


def _join(*parts: str) -> str:
    return "".join(p if p.endswith("\n") else p + "\n" for p in parts if p.strip())


def build_language(language: str, data_dir: Path, authored_root: Path = AUTHORED_DIR) -> tuple[list[dict], dict]:
    if language not in LANGS:
        raise DataError(f"no builder for {language!r}; buildable: {', '.join(LANGS)}")
    src_path = Path(data_dir) / DOC_SOURCE[language]
    if not src_path.is_file():
        raise DataError(f"cannot build {language}: upstream docstrings not found at {src_path} (set CODEM_DATA_DIR)")
    upstream = {int(r["task_id"].split("/")[1]): r for r in read_jsonl(src_path)}
    authored = load_authored(language, authored_root)
    numbers = [a.number for a in authored]
    if numbers != list(range(N_PROBLEMS)):
        missing = sorted(set(range(N_PROBLEMS)) - set(numbers))
        raise DataError(f"authored {language} problems must be 0..{N_PROBLEMS - 1}; missing {missing[:10]}")
    rows = []
    for a in authored:
        task_id = f"{TASK_PREFIX[language]}/{a.number}"
        up = upstream.get(a.number)
        if up is None:
            raise DataError(f"{task_id}: upstream row missing in {src_path}")
        if language == "c":
            doc = c_docstring(up["prompt"], task_id, a.get("doc_append"))
        else:
            doc = last_comment_block(up["prompt"], task_id)
            if a.get("doc_append").strip():
                doc = doc[:-2].rstrip() + "\n  " + a.get("doc_append").strip().replace("\n", "\n  ") + "\n  */"
        header, helpers, sig = a.get("header"), a.get("helpers"), a.get("signature")
        helpers_block = helpers + "\n" if helpers.strip() else ""
        prompt = _join(header, helpers_block, doc, sig)
        declaration = _join(header, helpers_block, sig)
        rows.append(
            {
                "task_id": task_id,
                "prompt": prompt,
                "declaration": declaration,
                "canonical_solution": a.get("solution"),
                "test": a.get("test"),
                "example_test": a.get("example_test"),
                "entry_point": entry_point_from_declaration(language, sig),
            }
        )
    inputs = {DOC_SOURCE[language]: sha256_file(src_path)}
    h = hashlib.sha256()
    for a in authored:
        h.update(a.path.name.encode() + b"\0" + a.path.read_bytes() + b"\0")
    prov = {
        "builder": "codem_core.benchmarks.builders.humaneval_c_ts",
        "builder_version": BUILDER_VERSION,
        "upstream_inputs_sha256": inputs,
        "authored_files": len(authored),
        "authored_sha256": h.hexdigest(),
        "authored_dir": f"codem_core/benchmarks/authored/{language}/*.{EXT[language]}",
    }
    return rows, prov


def dumps_rows(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def build(languages: list[str], data_dir: Path, out_dir: Path = BUILT_DIR) -> dict:
    """Build the given languages into ``out_dir``; returns the provenance record written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    prov_path = out_dir / "provenance.json"
    prov = json.loads(prov_path.read_text()) if prov_path.is_file() else {}
    for lang in languages:
        rows, p = build_language(lang, data_dir)
        out = out_dir / f"humaneval_{lang}.jsonl"
        text = dumps_rows(rows)
        from ...io import atomic_write_text

        atomic_write_text(out, text)
        p["output"] = out.name
        p["output_sha256"] = hashlib.sha256(text.encode("utf-8")).hexdigest()
        p["problems"] = len(rows)
        prov[lang] = p
    prov = {k: prov[k] for k in sorted(prov)}
    write_json(prov_path, prov)
    return prov
