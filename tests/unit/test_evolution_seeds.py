"""Seeds: the Python-related rule, sources, malformed files, seeded sampling."""

import json
from pathlib import Path

import pytest

from codem_core.errors import DataError
from codem_core.evolution.seeds import load_seeds, python_related, sample_seeds

DATA = Path("/work/shared/data/codealpaca")


@pytest.mark.parametrize(
    "instruction,inp,output,expected",
    [
        ("Write a Python function to reverse a list.", "", "", "explicit"),
        ("Using pandas, load a CSV file.", "", "", "explicit"),
        ("Write a JavaScript function to reverse a list.", "", "function r(a){return a.reverse()}", None),
        ("Create a C program to add two numbers.", "", "int main(){}", None),
        ("Write a SQL query to list users.", "", "SELECT * FROM users", None),
        ("Create an HTML page with a form.", "", "<html></html>", None),
        ("How would you go about finding the largest value in a list?", "", "def m(l):\n    return max(l)", "implicit"),
        (
            "Build a function that finds the median of three values.",
            "",
            "def median(a, b, c):\n    return sorted([a, b, c])[1]",
            "implicit",
        ),
        ("What are the distinct values from the given list?", "[3, 9, 3]", "The distinct values are 3 and 9.", None),
        ("Sort the numbers.", "a, b, C", "x = sorted(nums)", None),  # a capital C reads as the C language
    ],
)
def test_python_related_rule(instruction, inp, output, expected):
    assert python_related(instruction, inp, output) == expected


def test_real_subset_selection_counts():
    name, seeds, rows = load_seeds(DATA / "code_alpaca_2k.json")
    assert name == "code_alpaca_2k.json" and rows == 2017
    # The documented rule keeps ~41% of CodeAlpaca (scaled to 20K: ~8.2K, near the paper's ~9K per language).
    assert 700 <= len(seeds) <= 950
    assert {s.why for s in seeds} == {"explicit", "implicit"}
    assert len({s.seed_id for s in seeds}) == len(seeds)
    assert not any("javascript" in s.instruction.lower() and "python" not in s.instruction.lower() for s in seeds)


def test_auto_prefers_the_20k_sample_in_data_dir(monkeypatch):
    from codem_core.config import get_settings

    monkeypatch.setenv("CODEM_DATA_DIR", "/work/shared/data")
    get_settings.cache_clear()
    try:
        name, seeds, _ = load_seeds("auto")
    finally:
        get_settings.cache_clear()
    assert name == "code_alpaca_2k.json" and seeds


def test_jsonl_and_duplicates(tmp_path):
    rows = [
        {"instruction": "Write a Python function to add numbers.", "input": "", "output": ""},
        {"instruction": "write a  python function to add numbers.", "input": "", "output": ""},
        {"instruction": "Write a Java class.", "input": "", "output": ""},
    ]
    f = tmp_path / "s.jsonl"
    f.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    _, seeds, n = load_seeds(f)
    assert n == 3 and [s.seed_id for s in seeds] == ["s.jsonl#0"]


@pytest.mark.parametrize(
    "content,needle",
    [
        ('[{"instruction": "a"', "malformed JSON"),
        ('{"instruction": "ok"}\n{"instr', ":2: malformed JSON"),
        ('[{"input": "x"}]', "lacks a string 'instruction'"),
        ("[]", "no seed rows"),
    ],
)
def test_malformed_seed_files_raise_one_line(tmp_path, content, needle):
    f = tmp_path / "bad.json"
    f.write_text(content)
    with pytest.raises(DataError) as err:
        load_seeds(f)
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_missing_file():
    with pytest.raises(DataError, match="no such file"):
        load_seeds("/nonexistent/seeds.json")


def test_sampling_is_seeded_and_prefix_stable():
    _, seeds, _ = load_seeds(DATA / "code_alpaca_2k.json")
    a = sample_seeds(seeds, 20, seed=7)
    assert a == sample_seeds(seeds, 20, seed=7)
    assert a != sample_seeds(seeds, 20, seed=8)
    assert sample_seeds(seeds, 50, seed=7)[:20] == a
    assert len(sample_seeds(seeds, 10_000, seed=7)) == len(seeds)
