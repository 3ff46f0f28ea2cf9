"""The text policy's building blocks in ``codem_core/io.py`` and ``errors.py`` (docs/text.md)."""

from __future__ import annotations

import hashlib
import json

import pytest

from codem_core.errors import DataError
from codem_core.io import (
    MAX_JSON_DEPTH,
    dumps,
    json_problem,
    parse_json,
    parse_jsonl_lines,
    read_jsonl,
    replace_unencodable,
    sha256_text,
    stable_hash,
    unencodable,
    write_jsonl,
)

HOSTILE = {
    "lone": "a\ud83db",
    "low": "\udc00",
    "nul": "\x00",
    "breaks": "\u2028\u2029\x85\r\n",
    "astral": "😀𝔘",
    "escape": "\\ud83d",
    "long": "x" * 1_000_000,
    "key\ud800": [1, {"deep": "\udfff"}],
}


def test_written_json_is_utf8_one_line_and_reads_back_the_same(tmp_path):
    text = dumps(HOSTILE)
    text.encode("utf-8")  # no UnicodeEncodeError
    assert len(text.splitlines()) == 1  # U+2028, U+2029 and U+0085 are escaped too
    assert json.loads(text) == HOSTILE
    write_jsonl(tmp_path / "rows.jsonl", [HOSTILE, {"a": 1}])
    lines = (tmp_path / "rows.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == [HOSTILE, {"a": 1}]


def test_valid_text_is_written_and_hashed_as_before():
    row = {"completion": "print('é 😀 \\u2028')", "n": [1, 2.5, None]}
    assert dumps(row) == json.dumps(row, ensure_ascii=False)
    assert sha256_text("é 😀") == hashlib.sha256("é 😀".encode()).hexdigest()
    old = hashlib.sha256(json.dumps(row, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()
    assert stable_hash(row) == old
    assert stable_hash({"s": "\ud83d"}) != stable_hash({"s": "\ufffd"})  # any text hashes, distinctly


def test_reading_names_the_line_and_the_field():
    lines = [b'{"ok": "\\ud83d\\ude00"}', b"", b'{"a": {"b": ["x", "\\udc00"]}}']
    with pytest.raises(DataError) as err:
        parse_jsonl_lines(lines, "f.jsonl")
    assert str(err.value) == (
        "f.jsonl:3: field 'a.b[1]' holds a lone UTF-16 surrogate (\\udc00 at character 1), which UTF-8 cannot encode"
    )
    assert parse_jsonl_lines(lines[:2], "f.jsonl") == [(1, {"ok": "😀"})]  # a surrogate pair is one character


@pytest.mark.parametrize("depth, ok", [(MAX_JSON_DEPTH, True), (MAX_JSON_DEPTH + 1, False), (200_000, False)])
def test_nesting_is_bounded(depth, ok):
    line = ("[" * (depth - 1) + "]" * (depth - 1)).encode()
    raw = b'{"x": ' + line + b"}"
    if ok:
        assert parse_jsonl_lines([raw], "f") == [(1, json.loads(raw))]
    else:
        with pytest.raises(DataError, match=f"^f:1: JSON nested deeper than {MAX_JSON_DEPTH} levels$"):
            parse_jsonl_lines([raw], "f")


def test_numbers_python_cannot_convert_are_malformed():
    with pytest.raises(DataError, match="^f:1: malformed JSON"):
        parse_jsonl_lines([b'{"n": ' + b"9" * 5000 + b"}"], "f")


def test_a_whole_json_document_and_raw_surrogates_in_text():
    assert parse_json(b'{"a": [1, "\\u2028"]}', "s.json") == {"a": [1, "\u2028"]}
    with pytest.raises(DataError, match=r"^s\.json: field 'a' holds a lone UTF-16 surrogate"):
        parse_json('{"a": "\ud800"}', "s.json")  # already-decoded text holding one


def test_problem_and_replacement_helpers():
    assert unencodable("fine 😀") is None and "\\ud83d" in unencodable("x\ud83d")
    assert json_problem({"a": ["x"]}) is None
    assert replace_unencodable({"k\ud800": ["a\udfffb", 3]}) == {"k\ufffd": ["a\ufffdb", 3]}


def test_files_codem_writes_read_back_under_the_policy_when_they_hold_no_lone_surrogate(tmp_path):
    rows = [{k: v for k, v in HOSTILE.items() if json_problem({k: v}) is None}]
    write_jsonl(tmp_path / "r.jsonl", rows)
    assert read_jsonl(tmp_path / "r.jsonl") == rows


def test_user_errors_are_one_printable_line():
    msg = str(DataError("task_id 'a\nb\u2028c\x00\ud83d' " + "x" * 5000))
    assert len(msg.splitlines()) == 1 and len(msg) <= 2000
    msg.encode("utf-8")
    assert msg.startswith("task_id 'a\\nb\\u2028c\\x00\\ud83d' x")
