"""Every language's adapter classifies the outcomes a model's code can have."""

from __future__ import annotations

import pytest

from codem_core.benchmarks import load_problems
from codem_core.execution.engine import ExecutionEngine
from codem_core.execution.status import Status

# Completions for problem 0 (has_close_elements) in each language.
CASES = {
    "python": {
        "wrong": "    return False\n",
        "broken": "    return (\n",
        "loop": "    while True:\n        pass\n",
        "membomb": "    x = []\n    while True:\n        x.append(' ' * 10**7)\n",
        "crash": "    return numbers[100]\n",
    },
    "javascript": {
        "wrong": "  return false\n}\n",
        "broken": "  return (\n}\n",
        "loop": "  while (true) {}\n}\n",
        "membomb": "  const a = [];\n  while (true) { a.push(new Array(1e6).fill(1.5)); }\n}\n",
        "crash": "  return null.x\n}\n",
    },
    "cpp": {
        "wrong": "    return false;\n}\n",
        "broken": "    return undefined_name;\n}\n",
        "loop": "    volatile long x = 0; while (true) { x++; }\n    return false;\n}\n",
        "membomb": "    std::vector<std::vector<char>> v; while (true) v.emplace_back(1 << 20, 'x');\n"
        "    return false;\n}\n",
        "crash": "    int *p = nullptr; return *p == 1;\n}\n",
    },
    "java": {
        "wrong": "        return false;\n    }\n}",
        "broken": "        return undefinedName;\n    }\n}",
        "loop": "        while (true) {}\n    }\n}",
        "membomb": "        java.util.List<long[]> l = new java.util.ArrayList<>(); while (true) l.add(new long[1 << "
        "20]);\n    }\n}",
        "crash": "        return numbers.get(100) > 0;\n    }\n}",
    },
    "go": {
        "wrong": "    return false\n}\n",
        "broken": "    return undefinedName\n}\n",
        "loop": "    for {\n    }\n}\n",
        "membomb": "    var s [][]byte\n    for {\n        b := make([]byte, 1<<20)\n        for i := range b {\n"
        "            b[i] = 1\n        }\n        s = append(s, b)\n    }\n}\n",
        "crash": "    return numbers[100] > 0\n}\n",
    },
    "c": {
        "wrong": "    return 0;\n}\n",
        "broken": "    return undefined_name;\n}\n",
        "loop": "    volatile long x = 0; while (1) { x++; }\n    return 0;\n}\n",
        "membomb": '    for (;;) { char *p = malloc(1 << 20); if (!p) { fprintf(stderr, "out of memory\\n"); abort(); '
        "} memset(p, 1, 1 << 20); }\n}\n",
        "crash": "    int *p = 0; return *p;\n}\n",
    },
    "typescript": {
        "wrong": "  return false;\n}\n",
        "broken": '  const x: number = "not a number";\n  return x > 0;\n}\n',
        "loop": "  while (true) {}\n}\n",
        "membomb": "  const a: number[][] = [];\n  while (true) { a.push(new Array(1e6).fill(1.5)); }\n}\n",
        "crash": "  const o: any = null;\n  return o.x;\n}\n",
    },
}
EXPECTED = {
    "wrong": {Status.FAILED},
    "broken": {Status.COMPILE_ERROR},
    "loop": {Status.TIMEOUT},
    "membomb": {Status.OOM},
    "crash": {Status.RUNTIME_ERROR, Status.FAILED},
}


@pytest.fixture(scope="module")
def outcomes(data_dir, tmp_path_factory):
    pairs, keys = [], []
    for lang, cases in CASES.items():
        problem = load_problems(lang, data_dir)[0]
        pairs.append((problem, problem.canonical_solution))
        keys.append((lang, "canonical"))
        for case, completion in cases.items():
            pairs.append((problem, completion))
            keys.append((lang, case))
    engine = ExecutionEngine(cache=tmp_path_factory.mktemp("verdicts"), timeout_scale=0.5)
    verdicts = engine.evaluate(pairs)
    return dict(zip(keys, verdicts)), engine


@pytest.mark.parametrize("lang", list(CASES))
@pytest.mark.parametrize("case", ["canonical", *EXPECTED])
def test_outcome_is_classified(outcomes, lang, case):
    verdict = outcomes[0][(lang, case)]
    expected = {Status.PASSED} if case == "canonical" else EXPECTED[case]
    assert verdict.status in expected, f"{lang}/{case}: {verdict.status.value}: {verdict.detail[-500:]}"
    if case != "canonical":
        assert verdict.detail.strip(), "a failing verdict keeps the reason (stderr tail)"


def test_second_run_is_served_from_the_verdict_cache(outcomes, data_dir):
    _, engine = outcomes
    problem = load_problems("python", data_dir)[0]
    before = engine.stats.executed
    again = engine.evaluate([(problem, CASES["python"]["wrong"]), (problem, CASES["python"]["wrong"])])
    assert engine.stats.executed == before
    assert [v.status for v in again] == [Status.FAILED, Status.FAILED] and all(v.cached for v in again)


def test_identical_programs_in_one_run_execute_once(data_dir, tmp_path):
    problem = load_problems("cpp", data_dir)[3]
    engine = ExecutionEngine(cache=False)
    verdicts = engine.evaluate([(problem, problem.canonical_solution)] * 4)
    assert [v.status for v in verdicts] == [Status.PASSED] * 4
    assert engine.stats.executed == 1 and engine.stats.deduplicated == 3


def test_java_batch_isolates_a_broken_program(data_dir):
    """One non-compiling program in a javac batch gets its own compile_error; the rest still pass."""
    problems = load_problems("java", data_dir)[:6]
    pairs = [(p, p.canonical_solution) for p in problems]
    pairs[2] = (problems[2], "        return undefinedName;\n    }\n}")
    verdicts = ExecutionEngine(cache=False, workers=1).evaluate(pairs)
    assert [v.status for v in verdicts] == [
        Status.PASSED,
        Status.PASSED,
        Status.COMPILE_ERROR,
        Status.PASSED,
        Status.PASSED,
        Status.PASSED,
    ]
    assert "undefinedName" in verdicts[2].detail


@pytest.mark.parametrize("lang", ["java", "go", "typescript", "cpp"])
def test_a_lone_program_builds_like_a_batched_one(data_dir, lang):
    """Languages that batch builds also build a single program by itself (the path re-checks use)."""
    problem = load_problems(lang, data_dir)[1]
    verdict = ExecutionEngine(cache=False).evaluate([(problem, problem.canonical_solution)])[0]
    assert verdict.status is Status.PASSED, verdict.detail
