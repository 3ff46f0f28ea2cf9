"""HumanEval-C / -TypeScript: data shape, loader path, errors, reproducible build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from codem_core.benchmarks.audit import signature, stubs
from codem_core.benchmarks.builders.authored import parse_authored
from codem_core.benchmarks.builders.humaneval_c_ts import BUILT_DIR, build_language, c_docstring, dumps_rows
from codem_core.errors import DataError, UnknownLanguageError

ROOT = BUILT_DIR.parent  # any root resolves the built files (absolute paths)


@pytest.mark.parametrize("lang,prefix", [("c", "C"), ("typescript", "TypeScript")])
def test_164_problems_with_humaneval_x_fields(lang, prefix):
    problems = load_problems(lang, ROOT)
    assert [p.number for p in problems] == list(range(164))
    for p in problems:
        assert p.task_id == f"{prefix}/{p.number}" and p.language == lang
        assert p.prompt.endswith(p.declaration.splitlines()[-1] + "\n")  # docstring then signature
        assert "/*" in p.prompt and p.entry_point in p.declaration.splitlines()[-1]
        assert p.canonical_solution.rstrip().endswith("}") and p.test.strip()
    # spot checks: C arrays as pointer + length, TS typed
    c0 = load_problems("c", ROOT)[0] if lang == "c" else None
    if c0:
        assert "has_close_elements(float numbers[], int size, float threshold)" in c0.declaration
    else:
        assert "function hasCloseElements(numbers: number[], threshold: number): boolean {" in problems[0].prompt


def test_typescript_tests_are_modules_using_node_assert():
    for p in load_problems("typescript", ROOT):
        assert p.test.rstrip().endswith("export {};") and 'require("node:assert")' in p.test
        assert "console.assert" not in p.test


def test_c_prompts_state_ownership_where_memory_is_returned():
    for p in load_problems("c", ROOT):
        sig = signature("c", p.declaration.splitlines()[-1])
        if sig[2].endswith("*"):
            assert "free" in p.prompt, p.task_id


def test_unknown_language_and_missing_data_errors(tmp_path):
    with pytest.raises(UnknownLanguageError):
        load_problems("cobol", ROOT)
    with pytest.raises(DataError, match="upstream docstrings not found"):
        build_language("c", tmp_path)
    with pytest.raises(DataError, match="no builder"):
        build_language("python", tmp_path)


def test_authored_parser_rejects_bad_files(tmp_path):
    with pytest.raises(DataError, match="unknown section"):
        parse_authored("//@@ bogus\nx\n", tmp_path / "000.c", 0)
    with pytest.raises(DataError, match="missing or empty"):
        parse_authored("//@@ signature\nint f(void) {\n//@@ solution\n}\n", tmp_path / "000.c", 0)


def test_c_docstring_transformation_is_deterministic():
    doc = c_docstring("/*\n    Return a vector of vectors.\n    */\nint f(){", "C/x", "The caller frees it.")
    assert doc == "/*\nReturn a array of arrays.\nThe caller frees it.\n*/"


def test_stub_catalogue():
    assert set(stubs("c", None)) == {"empty body", "return 0"}
    assert "return undefined as any;" in stubs("typescript", None)["return undefined"]


@pytest.mark.parametrize("lang", ["c", "typescript"])
def test_committed_build_equals_fresh_build(lang, data_dir):
    rows, prov = build_language(lang, Path(data_dir))
    committed = (BUILT_DIR / f"humaneval_{lang}.jsonl").read_text(encoding="utf-8")
    assert committed == dumps_rows(rows), "stale build: run `codem benchmarks build`"
    recorded = json.loads((BUILT_DIR / "provenance.json").read_text())[lang]
    assert recorded["authored_sha256"] == prov["authored_sha256"]
    assert recorded["upstream_inputs_sha256"] == prov["upstream_inputs_sha256"]
