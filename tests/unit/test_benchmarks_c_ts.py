"""HumanEval-C / -TypeScript: data shape, loader path, errors, reproducible build."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from codem_core.benchmarks import load_problems
from codem_core.benchmarks.audit import stubs
from codem_core.benchmarks.builders.authored import parse_authored
from codem_core.benchmarks.builders.humaneval_c_ts import BUILT_DIR, build_language, c_docstring, dumps_rows
from codem_core.benchmarks.c_conventions import parse_signature, violations, writes_through
from codem_core.benchmarks.problem import Problem
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


def test_c_problems_follow_the_conventions():
    """No caller output buffers or in-place results, ownership stated, array results carry an out-length."""
    bad = {p.task_id: v for p in load_problems("c", ROOT) if (v := violations(p))}
    assert not bad, bad


def test_no_c_prompt_has_an_output_buffer_parameter():
    # signature level, independent of the solution: no parameter typed as a buffer to fill
    # (T **out / char ***out, a fixed-size T out[N]) and no void function (results are returned)
    for p in load_problems("c", ROOT):
        ret, _, params = parse_signature(p.declaration.splitlines()[-1])
        assert ret != "void", p.task_id
        for prm in params:
            assert not (prm.fixed and prm.depth == 1 and not prm.const), (p.task_id, prm.text)  # T out[N]
            assert not re.search(r"\b(out|result|output|buf\w*)\b", prm.name) or (
                prm.depth == 1 and prm.base == "int"
            ), (p.task_id, prm.text)
        for prm in params:
            if prm.depth >= 1 and not prm.const:
                kinds = writes_through(p.canonical_solution, prm.name)
                # the only writes through a parameter: a single value (*out_len = n)
                assert not kinds or (kinds == {"deref"} and prm.depth == 1 and prm.base != "char"), (
                    p.task_id,
                    prm.text,
                    kinds,
                )


def test_every_heap_returning_c_prompt_states_ownership():
    n_heap = 0
    for p in load_problems("c", ROOT):
        ret, _, params = parse_signature(p.declaration.splitlines()[-1])
        doc = p.prompt[: p.prompt.rfind(p.declaration.splitlines()[-1])]
        if "*" in ret and not ret.startswith("const"):
            n_heap += 1
            assert "allocated with malloc" in doc or "malloc'd" in doc or "(malloc)" in doc, p.task_id
            assert "caller frees" in doc, p.task_id
            assert "free(" in p.test, f"{p.task_id}: the test does not free what it receives"
        elif ret.startswith("const"):
            assert "does not free" in doc, p.task_id
    assert n_heap >= 70  # 76 at the time of writing


def _c_problem(sig: str, solution: str, doc: str = "", test: str = "int main(void) { return 0; }\n") -> Problem:
    decl = "#include <stdlib.h>\n" + sig + "\n"
    return Problem(
        task_id="C/x",
        language="c",
        prompt="#include <stdlib.h>\n/*\n" + doc + "\n*/\n" + sig + "\n",
        declaration=decl,
        canonical_solution=solution,
        test=test,
        entry_point="f",
    )


@pytest.mark.parametrize(
    "sig,solution,doc,needle",
    [
        (
            "void f(const int *xs, int n, int *out) {",
            "    for (int i = 0; i < n; i++) out[i] = xs[i];\n}\n",
            "",
            "output buffer",
        ),
        ("void f(int *xs, int n) {", "    for (int i = 0; i < n; i++) xs[i] += 1;\n}\n", "", "in-place"),
        ("void f(const char *s, char *out) {", "    strcpy(out, s);\n}\n", "", "libcall"),
        ("int f(const int *xs, int n, int **out) {", "    *out = malloc(4);\n    return 1;\n}\n", "", "output buffer"),
        ("void f(int n, int result[2]) {", "    result[0] = n;\n}\n", "", "output buffer"),
        (
            "char *f(const char *s) {",
            "    static char b[8];\n    return b;\n}\n",
            "The caller frees it.",
            "static storage",
        ),
        ("char *f(const char *s) {", "    return malloc(4);\n}\n", "", "does not say the caller frees"),
        ("int *f(int n) {", "    return malloc(n * sizeof(int));\n}\n", "The caller frees it.", "out-length"),
        (
            "int *f(int n, int *out_len) {",
            "    *out_len = n;\n    return malloc(n * sizeof(int));\n}\n",
            "The caller frees it.",
            "*out_len",
        ),
        ("const char *f(int n) {", '    return "x";\n}\n', "", "does not free"),
    ],
)
def test_c_convention_checker_catches_each_departure(sig, solution, doc, needle):
    found = violations(_c_problem(sig, solution, doc))
    assert any(needle in v for v in found), found


def test_c_convention_checker_accepts_the_conventions():
    ok = _c_problem(
        "int *f(const int *xs, int n, int *out_len) {",
        "    int *r = malloc(n * sizeof *r);\n    for (int i = 0; i < n; i++) r[i] = xs[i];\n    *out_len = n;\n"
        "    return r;\n}\n",
        "The returned array is allocated with malloc; the caller frees it.\nIts length is stored in *out_len.",
    )
    assert violations(ok) == []


def test_typescript_random_tests_are_seeded():
    seeded = 0
    for p in load_problems("typescript", ROOT):
        for text in (p.test, p.example_test):
            assert not re.search(r"Math\.random\s*\(", text), p.task_id
            seeded += "seededRandom()" in text
    assert seeded >= 4  # 32, 38, 50, 53 draw random inputs from the seeded generator


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
