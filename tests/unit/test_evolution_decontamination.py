"""Decontamination: n-gram overlap against every loadable benchmark's prompts."""

import pytest

from codem_core.benchmarks import load_problems
from codem_core.evolution.decontamination import build_index, load_benchmark_index


@pytest.fixture(scope="module")
def index():
    return load_benchmark_index()


def test_uses_every_loadable_eval_language(index):
    assert {"python", "javascript", "cpp", "java", "go"} <= set(index.used)
    assert set(index.used) | set(index.skipped) == {"python", "javascript", "typescript", "c", "cpp", "java", "go"}
    assert index.n == 13


def test_benchmark_docstring_in_a_pair_is_caught(index):
    p = load_problems("python")[12]
    doc = p.prompt.split('"""')[1]
    hits = index.matches(f"Write a Go function for this task: {doc}\n```go\nfunc f() {{}}\n```")
    assert "Python/12" in hits


def test_generic_code_is_not_flagged(index):
    java = (
        "import java.util.*;\nimport java.lang.*;\n\nclass Solution {\n    public int add(int a, int b) {\n"
        "        return a + b;\n    }\n}"
    )
    cpp = (
        "#include<stdio.h>\n#include<math.h>\n#include<vector>\n#include<string>\nusing namespace std;\n"
        "int main(){return 0;}"
    )
    assert index.matches(java) == set()
    assert index.matches(cpp) == set()
    assert (
        index.matches("Write a function that takes a string as input and returns the number of vowels in it.") == set()
    )


def test_boilerplate_shared_by_many_problems_is_not_indexed():
    shared = "this exact sentence is scaffolding repeated across every single benchmark problem prompt here"
    prompts = {
        f"X/{i}": f"{shared}\nunique words number {i} " + " ".join(f"w{i}_{j}x" for j in range(20)) for i in range(5)
    }
    idx = build_index(prompts, n=13, max_problem_share=3)
    assert idx.matches(shared) == set()
    assert idx.matches(prompts["X/2"]) == {"X/2"}
