"""Import/include lines extracted from chat replies reach the top of the program (``imports``)."""

from __future__ import annotations

import json

import pytest

from codem_core.benchmarks import load_problems
from codem_core.errors import DataError
from codem_core.execution.adapters import ADAPTERS
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.evaluate import evaluate_samples, read_samples
from codem_core.execution.status import Status

# problem 0 (has_close_elements) bodies that need a package/header the prompt lacks
JAVA_STREAMS = (
    "        return IntStream.range(0, numbers.size()).anyMatch(i -> IntStream.range(i + 1, numbers.size())\n"
    "            .anyMatch(j -> Math.abs(numbers.get(i) - numbers.get(j)) < threshold));\n    }\n}"
)
GO_SORT_ALIAS = (
    "    xs := append([]float64(nil), numbers...)\n    srt.Float64s(xs)\n"
    "    for i := 1; i < len(xs); i++ {\n        if xs[i]-xs[i-1] < threshold {\n            return true\n        }\n"
    "    }\n    return false\n}\n"
)
CPP_NUMERIC = (
    "    vector<float> xs = numbers; sort(xs.begin(), xs.end());\n    vector<float> d(xs.size());\n"
    "    adjacent_difference(xs.begin(), xs.end(), d.begin());\n"
    "    for (size_t i = 1; i < d.size(); i++) if (d[i] < threshold) return true;\n    return false;\n}\n"
)
CASES = {
    "java": (JAVA_STREAMS, ["import java.util.stream.IntStream;"]),
    "go": (GO_SORT_ALIAS, ['import srt "sort"']),
    "cpp": (CPP_NUMERIC, ["#include <numeric>"]),
}


@pytest.mark.parametrize("lang", list(CASES))
def test_imports_make_a_chat_completion_compile(data_dir, lang):
    problem = load_problems(lang, data_dir)[0]
    completion, imports = CASES[lang]
    with_imports, without = ExecutionEngine(cache=False).evaluate(
        [(problem, completion, tuple(imports)), (problem, completion)]
    )
    assert with_imports.status is Status.PASSED, with_imports.detail
    if lang != "cpp":  # the C++ prelude's <algorithm> may already pull <numeric> in
        assert without.status is Status.COMPILE_ERROR


def test_lines_the_program_has_are_not_repeated(data_dir):
    java = ADAPTERS["java"]()
    problem = load_problems("java", data_dir)[0]
    source = java.assemble_with_imports(
        problem, problem.canonical_solution, ("import java.util.*;", "import java.util.function.*;")
    )
    assert source.count("import java.util.*;") == 1 and source.startswith("import java.util.function.*;\n")
    go = ADAPTERS["go"]()
    gp = load_problems("go", data_dir)[0]
    src = go.assemble_with_imports(
        gp, gp.canonical_solution, ('import "math"', 'import (\n    "unicode"\n    u8 "unicode/utf8"\n)')
    )
    assert src.count('"math"') == 1 and '"unicode"' in src and 'u8 "unicode/utf8"' in src
    assert src.index('u8 "unicode/utf8"') < src.index("func HasCloseElements")


def test_evaluate_reads_imports_and_rejects_a_bad_field(data_dir, tmp_path):
    problem = load_problems("java", data_dir)[0]
    samples = tmp_path / "s.jsonl"
    samples.write_text(
        json.dumps({"task_id": problem.task_id, "completion": JAVA_STREAMS, "imports": CASES["java"][1]}) + "\n"
    )
    summary = evaluate_samples(samples, tmp_path / "r.jsonl", engine=ExecutionEngine(cache=False), data_dir=data_dir)
    assert summary["pass@1"]["java"]["passed"] == 1
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"task_id": problem.task_id, "completion": "x"})
        + "\n"
        + json.dumps({"task_id": problem.task_id, "completion": "x", "imports": "import java.util.*;"})
        + "\n"
    )
    with pytest.raises(DataError, match=r"bad.jsonl:2: 'imports' must be a list"):
        read_samples(bad)
