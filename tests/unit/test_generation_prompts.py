"""Figure 3 prompt, signatures, and per-language stop rules."""

from __future__ import annotations

import pytest

from codem_core.benchmarks import Problem
from codem_core.inference.prompts import build_prompt, signature_of
from codem_core.inference.stops import cut_at_stop
from tests.integration.tiny_models import C_PROBLEMS, DATA_DIR, TS_PROBLEMS

PY = Problem(
    task_id="Python/0",
    language="python",
    prompt='from typing import List\n\n\ndef add(a: int, b: int) -> int:\n    """Add two numbers."""\n',
    declaration="from typing import List\n\n\ndef add(a: int, b: int) -> int:\n",
    canonical_solution="    return a + b\n",
    test="",
    entry_point="add",
)


def test_figure3_prompt_is_verbatim():
    text, sig = build_prompt(PY)
    assert sig == "def add(a: int, b: int) -> int:\n"
    assert text == (
        "Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n"
        "### Instruction:\nComplete the Python code for this problem:\n"
        'from typing import List\n\n\ndef add(a: int, b: int) -> int:\n    """Add two numbers."""\n\n'
        "### Response:\ndef add(a: int, b: int) -> int:\n"
    )


def test_signatures_of_hand_written_c_and_typescript():
    assert signature_of(C_PROBLEMS[1]) == "int sum_to_n(int n){\n"
    assert (
        signature_of(TS_PROBLEMS[0]) == "function hasCloseElements(numbers: number[], threshold: number): boolean {\n"
    )
    assert "Complete the TypeScript code" in build_prompt(TS_PROBLEMS[0])[0]
    assert "Complete the C code" in build_prompt(C_PROBLEMS[0])[0]


@pytest.mark.skipif(not (DATA_DIR / "humaneval-x").is_dir(), reason="HumanEval-X data not present")
@pytest.mark.parametrize("language", ["python", "javascript", "cpp", "java", "go"])
def test_every_humaneval_x_signature_names_its_entry_point(language):
    from codem_core.benchmarks import load_problems

    for p in load_problems(language, DATA_DIR):
        sig = signature_of(p)
        assert p.entry_point in sig.splitlines()[0] or (language == "java" and p.entry_point in sig), (p.task_id, sig)
        assert not sig.lstrip().startswith(("#include", "import", "from ")), (p.task_id, sig)
        assert sig.endswith("\n") and sig.rstrip() in p.prompt, (p.task_id, sig)


@pytest.mark.parametrize(
    "language,text,kept,stopped",
    [
        ("python", "    return a + b\n\nprint(add(1, 2))\n", "    return a + b\n\n", True),
        (
            "python",
            "    return helper(a) + b\n\ndef helper(x):\n    return x\n\nassert add(1,2)==3\n",
            "    return helper(a) + b\n\ndef helper(x):\n    return x\n\n",
            True,
        ),
        ("python", "    return a + b\n\n### Instruction:\nnext", "    return a + b\n", True),
        ("python", "    x = 1\n    retu", "    x = 1\n    retu", False),
        ("cpp", "    return a+b;\n}\n\nint main(){\n", "    return a+b;\n}\n", True),
        (
            "c",
            "    return h(n);\n}\nint h(int n){\n    return n;\n}\n\nint main(void){\n",
            "    return h(n);\n}\nint h(int n){\n    return n;\n}\n",
            True,
        ),
        ("java", "        return 1;\n    }\n}\n\npublic class Main {\n", "        return 1;\n    }\n}\n", True),
        ("go", "    return 1\n}\n\nfunc main() {\n", "    return 1\n}\n", True),
        ("javascript", "  return 1;\n};\nconsole.log(f(1));\n", "  return 1;\n};\n", True),
        ("typescript", "  return 1;\n}\n", "  return 1;\n}\n", False),  # nothing follows yet: keep going
        ("go", "    return 1\n}\n<|endoftext|>", "    return 1\n}\n", True),
        ("java", "```java\nclass Solution {\n}\n```\nThis works because", "```java\nclass Solution {\n}\n```\n", True),
    ],
)
def test_stop_rules(language, text, kept, stopped):
    assert cut_at_stop(text, language) == (kept, stopped)
