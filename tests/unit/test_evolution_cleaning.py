"""Elimination rules (each reason reachable, first-failing order), language detection, dedup."""

import pytest

from codem_core.evolution.cleaning import duplicate_reasons, elimination_reason, is_wrong_language

SEED = "Write a function to reverse a list."
GOOD_PY = (
    "Here is the code:\n```python\ndef reverse_list(items):\n    return items[::-1]\n```\nIt slices the list backwards."
)
GOOD_INSTR = (
    "Write a Python function that reverses a linked list in place without recursion and returns the new head node."
)


def test_good_pair_is_kept():
    assert elimination_reason(SEED, GOOD_INSTR, GOOD_PY, "python") is None


@pytest.mark.parametrize(
    "instruction,response,language,reason",
    [
        ("   ", None, "python", "empty_evolution"),
        (
            "#Rewritten Prompt#: Write a Go function that reverses a list of integers in place using two indices.",
            GOOD_PY,
            "go",
            "copied_scaffolding",
        ),
        (
            "Here is the rewritten prompt: reverse a list with constraints on memory and speed please.",
            GOOD_PY,
            "python",
            "copied_scaffolding",
        ),
        ("Write a Java function to reverse a list.", GOOD_PY, "java", "no_new_information"),
        (
            "I'm sorry, but I cannot rewrite that prompt into a harder version for you today.",
            GOOD_PY,
            "python",
            "refusal",
        ),
        (GOOD_INSTR, "Sorry, I cannot help with that request.", "python", "refusal"),
        (GOOD_INSTR, "Yes, it is.", "python", "too_short"),
        (GOOD_INSTR.replace("Python", "Java"), GOOD_PY, "java", "wrong_language"),
    ],
)
def test_each_reason(instruction, response, language, reason):
    assert elimination_reason(SEED, instruction, response, language) == reason


def test_wrong_language_detection():
    java = "```java\npublic class A { public static void main(String[] args) { System.out.println(1); } }\n```"
    assert is_wrong_language(java, "python")
    assert not is_wrong_language(java, "java")
    untagged_py = "def f(x):\n    return x\n\nprint(f(1))"
    assert is_wrong_language(untagged_py, "cpp")
    assert not is_wrong_language(untagged_py, "python")
    js = "```javascript\nconst f = (x) => x * 2;\nconsole.log(f(2));\n```"
    assert not is_wrong_language(js, "typescript")  # JS is accepted TypeScript
    assert is_wrong_language(js, "go")
    page = "```html\n<!DOCTYPE html>\n<html><body><p>Hello</p></body></html>\n```\n```css\np { color: red; }\n```"
    assert not is_wrong_language(page, "html")
    assert not is_wrong_language("Just prose, no code at all here.", "go")


def test_exact_and_near_duplicates():
    texts = [
        "Write a Go function that sorts a slice of integers using merge sort and returns a new slice.",
        "write a go function that sorts a slice  of integers using merge sort and returns a new slice.",
        "Write a Go function that sorts a slice of integers using merge sort and returns a new sorted slice.",
        "Implement a Go HTTP server that serves static files from a directory with caching headers.",
    ]
    assert duplicate_reasons(texts) == [None, "exact_duplicate", "near_duplicate", None]
