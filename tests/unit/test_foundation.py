"""Languages, atomic IO and JSONL errors, the benchmark loader."""

from __future__ import annotations

import gzip
import json

import pytest

from codem_core.benchmarks import load_problems
from codem_core.errors import DataError, UnknownLanguageError
from codem_core.io import atomic_open, read_jsonl, write_jsonl
from codem_core.languages import EVAL_LANGUAGES, get_language, language_of_task, parse_languages


def test_language_aliases_resolve_to_canonical_keys():
    assert get_language("C++").key == "cpp"
    assert get_language("js").key == "javascript"
    assert language_of_task("CPP/12").key == "cpp"
    assert parse_languages("python, go,python") == ["python", "go"]
    assert parse_languages(None, evaluable_only=True) == list(EVAL_LANGUAGES)


def test_unknown_language_is_named():
    with pytest.raises(UnknownLanguageError, match="cobol"):
        get_language("cobol")
    with pytest.raises(UnknownLanguageError, match="HTML"):
        parse_languages("html", evaluable_only=True)


def test_malformed_jsonl_names_its_line(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"a": 1}\n\n{"a": 2\n')
    with pytest.raises(DataError, match=r"s\.jsonl:3: malformed JSON"):
        read_jsonl(path)
    path.write_text('{"a": 1}\n[1, 2]\n')
    with pytest.raises(DataError, match=r":2: expected a JSON object"):
        read_jsonl(path)


def test_atomic_write_leaves_old_file_intact_on_failure(tmp_path):
    path = tmp_path / "out.jsonl"
    write_jsonl(path, [{"x": 1}])

    def rows():
        yield {"x": 2}
        raise RuntimeError("killed halfway")

    with pytest.raises(RuntimeError):
        write_jsonl(path, rows())
    assert read_jsonl(path) == [{"x": 1}]
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]  # no temp file left behind


def test_atomic_open_creates_parents(tmp_path):
    with atomic_open(tmp_path / "a" / "b.txt") as fh:
        fh.write("ok")
    assert (tmp_path / "a" / "b.txt").read_text() == "ok"


@pytest.mark.parametrize(
    "language,prefix,entry10",
    [
        ("python", "Python", "make_palindrome"),
        ("javascript", "JavaScript", "makePalindrome"),
        ("cpp", "CPP", "make_palindrome"),
        ("java", "Java", "makePalindrome"),
        ("go", "Go", "MakePalindrome"),
    ],
)
def test_humaneval_x_loads_164_problems_with_entry_points(data_dir, language, prefix, entry10):
    problems = load_problems(language, data_dir)
    assert len(problems) == 164
    assert [p.number for p in problems] == list(range(164))
    assert all(p.task_id.startswith(prefix + "/") and p.language == language for p in problems)
    assert problems[10].entry_point == entry10
    assert all(p.entry_point and p.entry_point in p.prompt for p in problems)


def test_go_problems_keep_import_and_test_setup(data_dir):
    p = load_problems("go", data_dir)[0]
    assert p.extra["import"].startswith("import")
    assert p.extra["test_setup"].startswith("package main")


def test_errata_fix_only_canonical_solutions(data_dir):
    upstream = {
        json.loads(line)["task_id"]: json.loads(line)
        for line in gzip.open(data_dir / "humaneval-x" / "humaneval_js.jsonl.gz", "rt")
    }
    for p in load_problems("javascript", data_dir):
        row = upstream[p.task_id]
        assert (p.prompt, p.test) == (row["prompt"], row["test"])
        assert (p.canonical_solution != row["canonical_solution"]) == ("errata" in p.extra)
    assert {p.task_id for p in load_problems("javascript", data_dir) if "errata" in p.extra} == {
        "JavaScript/112",
        "JavaScript/155",
    }
    assert {p.task_id for p in load_problems("go", data_dir) if "errata" in p.extra} == {"Go/95"}


def test_missing_data_and_hub_off_gives_clear_error(tmp_path, monkeypatch):
    from codem_core.config import get_settings

    monkeypatch.setenv("CODEM_OFFLINE", "1")
    get_settings.cache_clear()
    try:
        with pytest.raises(
            DataError, match="cannot load the Java benchmark: not found at .*humaneval_java.jsonl.gz and the hub is off"
        ):
            load_problems("java", tmp_path)
    finally:
        get_settings.cache_clear()


def test_hub_loading_path_uses_datasets_json(tmp_path, monkeypatch, data_dir):
    """The hub path goes through datasets' json builder; exercised on a local copy of the file."""
    from codem_core.benchmarks import loader

    src = data_dir / "humaneval-x" / "humaneval_go.jsonl.gz"
    local = tmp_path / "humaneval.jsonl"
    local.write_bytes(gzip.decompress(src.read_bytes()))
    seen = {}

    def fake_hub(source):
        seen["url"] = f"hf://datasets/{source.hub_repo}/{source.hub_file}"
        import datasets

        return [
            dict(r)
            for r in datasets.load_dataset("json", data_files=str(local), split="train", cache_dir=str(tmp_path / "hf"))
        ]

    monkeypatch.setattr(loader, "_load_rows_from_hub", fake_hub)
    from codem_core.config import get_settings

    monkeypatch.setenv("CODEM_OFFLINE", "0")
    get_settings.cache_clear()
    try:
        problems = load_problems("go", tmp_path / "empty")
    finally:
        get_settings.cache_clear()
    assert seen["url"] == "hf://datasets/THUDM/humaneval-x/data/go/data/humaneval.jsonl"
    assert len(problems) == 164 and problems[0].extra["test_setup"].startswith("package main")


def test_shipped_benchmarks_load_without_a_data_dir(monkeypatch):
    """HumanEval-C/-TypeScript ship with codem: no data directory or hub needed."""
    from codem_core.config import get_settings

    monkeypatch.delenv("CODEM_DATA_DIR", raising=False)
    monkeypatch.setenv("CODEM_OFFLINE", "1")
    get_settings.cache_clear()
    try:
        for lang, prefix in (("c", "C/"), ("typescript", "TypeScript/")):
            problems = load_problems(lang)
            assert len(problems) == 164 and problems[0].task_id == prefix + "0"
        with pytest.raises(DataError, match="no data directory"):
            load_problems("python")
    finally:
        get_settings.cache_clear()


def test_cli_turns_a_file_system_refusal_into_one_line(monkeypatch, capsys):
    """A disk-full / read-only / vanished-folder error at write time is the user's environment,
    not a bug: one line naming the file, exit 2, no traceback."""
    import codem_core.cli as cli

    def refuse():
        raise OSError(28, "No space left on device", "/data/results.jsonl")

    monkeypatch.setattr(cli, "app", refuse)
    with pytest.raises(SystemExit) as exc:
        cli.main()
    assert exc.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["error: /data/results.jsonl: No space left on device"]
