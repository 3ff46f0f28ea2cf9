"""Artifact store: the behaviour every backend must have (StoreContract) run on local files,
plus local-only checks. tests/integration/test_storage_s3.py runs the same contract on S3 (moto)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from codem_core.errors import CodemError
from codem_core.storage import (
    MANIFEST,
    ArtifactNotFoundError,
    ArtifactStore,
    StorageError,
    corpus_key,
    execution_results_key,
    execution_summary_key,
    generations_key,
    model_key,
    model_name,
    open_store,
    report_key,
)


def make_model_dir(root: Path) -> Path:
    d = root / "model"
    (d / "sub").mkdir(parents=True)
    (d / "config.json").write_text(json.dumps({"model_type": "gpt_bigcode"}))
    (d / "model.safetensors").write_bytes(os.urandom(70_000))
    (d / "sub" / "tokenizer.json").write_text("{}")
    return d


class StoreContract:
    """Needs a ``store`` fixture giving an ArtifactStore over an empty location."""

    def test_check_passes(self, store):
        store.check()
        store.check(write=False)
        assert store.list() == []  # the write probe left nothing behind

    def test_roundtrip_bytes_text_json_jsonl(self, store):
        url = store.write_bytes("a/b.bin", b"\x00\x01abc")
        assert url == store.url_for("a/b.bin") and url.startswith(store.protocol + "://")
        assert store.read_bytes("a/b.bin") == b"\x00\x01abc"
        assert store.size("a/b.bin") == 5
        store.write_text("a/t.txt", "héllo\n")
        assert store.read_text("a/t.txt") == "héllo\n"
        store.write_json("a/j.json", {"x": [1, 2], "y": "ü"})
        assert store.read_json("a/j.json") == {"x": [1, 2], "y": "ü"}
        store.write_jsonl("a/rows.jsonl", [{"i": i} for i in range(3)])
        assert store.read_jsonl("a/rows.jsonl") == [{"i": 0}, {"i": 1}, {"i": 2}]
        assert store.exists("a/b.bin") and store.exists("a") and store.isdir("a")
        assert not store.exists("a/nope") and not store.isdir("a/b.bin")
        store.write_text("a/t.txt", "second")  # overwrite
        assert store.read_text("a/t.txt") == "second"

    def test_missing_artifact_is_a_codem_and_filenotfound_error(self, store):
        with pytest.raises(ArtifactNotFoundError) as info:
            store.read_bytes("generations/codem-python/go.jsonl")
        assert isinstance(info.value, CodemError) and isinstance(info.value, FileNotFoundError)
        assert "generations/codem-python/go.jsonl" in str(info.value) and "\n" not in str(info.value)

    def test_malformed_json_names_the_artifact(self, store):
        store.write_text("x.json", "{nope")
        with pytest.raises(StorageError, match=r"x\.json: malformed JSON"):
            store.read_json("x.json")
        store.write_text("x.jsonl", '{"a": 1}\n[1]\n')
        with pytest.raises(StorageError, match=r"x\.jsonl:2: expected a JSON object"):
            store.read_jsonl("x.jsonl")

    def test_listing(self, store):
        for key in (
            "generations/codem-go/python.jsonl",
            "generations/codem-go/go.jsonl",
            "generations/base/python.jsonl",
            "reports/r1/report.md",
        ):
            store.write_text(key, key)
        assert store.list("generations") == [
            "generations/base/python.jsonl",
            "generations/codem-go/go.jsonl",
            "generations/codem-go/python.jsonl",
        ]
        assert store.list("generations/codem-go", recursive=False) == [
            "generations/codem-go/go.jsonl",
            "generations/codem-go/python.jsonl",
        ]
        assert store.list("generations", recursive=False) == []
        assert store.list_dirs("generations") == ["base", "codem-go"]
        assert store.list_dirs() == ["generations", "reports"]
        assert store.list("nothing/here") == []
        assert len(store.list()) == 4

    def test_failed_streaming_write_leaves_old_content(self, store):
        store.write_text("g/rows.jsonl", "old\n")
        with pytest.raises(RuntimeError):
            with store.open_write("g/rows.jsonl", "w") as fh:
                fh.write("partial new content\n")
                raise RuntimeError("killed mid-write")
        assert store.read_text("g/rows.jsonl") == "old\n"
        with pytest.raises(RuntimeError):
            with store.open_write("g/fresh.jsonl") as fh:
                fh.write(b"partial")
                raise RuntimeError("killed mid-write")
        assert not store.exists("g/fresh.jsonl")
        assert store.list("g") == ["g/rows.jsonl"]

    def test_upload_download_dir(self, store, tmp_path):
        src = make_model_dir(tmp_path)
        manifest = store.upload_dir(src, model_key("python"))
        assert set(manifest["files"]) == {"config.json", "model.safetensors", "sub/tokenizer.json"}
        assert store.is_complete("models/python")
        assert store.list("models/python") == [
            "models/python/" + n for n in (MANIFEST, "config.json", "model.safetensors", "sub/tokenizer.json")
        ]
        dest = tmp_path / "dl" / "python"
        dest.mkdir(parents=True)
        (dest / "stale.txt").write_text("from an older download")
        store.download_dir("models/python", dest)
        assert sorted(p.relative_to(dest).as_posix() for p in dest.rglob("*") if p.is_file()) == [
            MANIFEST,
            "config.json",
            "model.safetensors",
            "sub/tokenizer.json",
        ]
        assert (dest / "model.safetensors").read_bytes() == (src / "model.safetensors").read_bytes()
        assert not [p for p in dest.parent.iterdir() if p.name != "python"]  # no staging dirs left

        # re-upload with a file removed: replace=True drops the stale object
        (src / "sub" / "tokenizer.json").unlink()
        store.upload_dir(src, "models/python")
        assert "models/python/sub/tokenizer.json" not in store.list("models/python")

    def test_incomplete_folder_is_not_trusted(self, store, tmp_path):
        src = make_model_dir(tmp_path)
        store.upload_dir(src, "models/go")
        store.delete(f"models/go/{MANIFEST}")  # as if the upload died before its manifest
        assert not store.is_complete("models/go")
        with pytest.raises(StorageError, match="incomplete"):
            store.download_dir("models/go", tmp_path / "out")
        assert not (tmp_path / "out").exists()
        out = store.download_dir("models/go", tmp_path / "out", require_complete=False)
        assert (out / "sub" / "tokenizer.json").read_text() == "{}"
        # a manifest that lists a file that is missing
        store.upload_dir(src, "models/c")
        store.delete("models/c/config.json")
        assert not store.is_complete("models/c")
        with pytest.raises(ArtifactNotFoundError):
            store.download_dir("models/none", tmp_path / "none")

    def test_delete(self, store):
        store.write_text("d/a.txt", "a")
        store.write_text("d/e/b.txt", "b")
        with pytest.raises(StorageError, match="recursive"):
            store.delete("d")
        store.delete("d/a.txt")
        assert store.list("d") == ["d/e/b.txt"]
        store.delete("d", recursive=True)
        assert store.list("d") == [] and not store.exists("d/e/b.txt")
        store.delete("d/never")  # missing is fine

    def test_bad_keys(self, store):
        for key in ("", "../escape", "a/../b", "a//b", "a\\b", "./a"):
            with pytest.raises(StorageError, match="store key"):
                store.write_text(key, "x")
        assert store.list() == []


class TestLocalContract(StoreContract):
    @pytest.fixture()
    def store(self, tmp_path):
        return open_store(tmp_path / "store")


# ---------------------------------------------------------------------------- local only


def test_layout_keys():
    assert corpus_key("python") == "corpora/python/train.jsonl"
    assert corpus_key("mixed", "report.json") == "corpora/mixed/report.json"
    assert model_key("cpp") == "models/cpp"
    assert model_name("cpp") == "codem-cpp" and model_name("base") == "base" and model_name("codem-go") == "codem-go"
    assert generations_key("codem-python", "go") == "generations/codem-python/go.jsonl"
    assert execution_results_key("base", "java") == "executions/base/java.results.jsonl"
    assert execution_summary_key("base", "java") == "executions/base/java.summary.json"
    assert report_key("run-1") == "reports/run-1" and report_key("run-1", "report.md") == "reports/run-1/report.md"
    for bad in ("a/b", "..", "", "-x"):
        with pytest.raises(StorageError):
            generations_key(bad, "go")


def test_default_location_and_env(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("CODEM_STORE", raising=False)
    store = ArtifactStore()
    assert store.is_local and store.root == str(tmp_path / "artifacts") and store.url == f"file://{tmp_path}/artifacts"
    store.check()
    assert (tmp_path / "artifacts").is_dir()
    monkeypatch.setenv("CODEM_STORE", f"file://{tmp_path}/elsewhere")
    assert ArtifactStore().root == str(tmp_path / "elsewhere")
    monkeypatch.setenv("CODEM_STORE", "s3://my-bucket/runs/exp1/")
    s3 = ArtifactStore()
    assert (s3.protocol, s3.bucket, s3.root, s3.url) == (
        "s3",
        "my-bucket",
        "my-bucket/runs/exp1",
        "s3://my-bucket/runs/exp1",
    )
    assert s3.url_for("models/go/config.json") == "s3://my-bucket/runs/exp1/models/go/config.json"
    assert ArtifactStore("relative/dir").root == str(tmp_path / "relative" / "dir")


@pytest.mark.parametrize(
    "url, match",
    [
        ("gs://bucket/x", "unsupported artifact store"),
        ("s3://", "bad S3 bucket name"),
        ("s3://Bad_Bucket/x", "bad S3 bucket name"),
        ("s3://bucket/a/../b", "bad store key"),
        ("   ", "empty artifact store URL"),
    ],
)
def test_bad_urls_fail_at_construction(url, match):
    with pytest.raises(StorageError, match=match):
        ArtifactStore(url)


def test_check_root_is_a_file(tmp_path):
    (tmp_path / "f").write_text("x")
    with pytest.raises(StorageError, match="is not a folder") as info:
        ArtifactStore(tmp_path / "f").check()
    assert "\n" not in str(info.value)
    with pytest.raises(StorageError, match="not writable"):
        ArtifactStore(tmp_path / "f" / "below").check()
    with pytest.raises(StorageError, match="does not exist"):
        ArtifactStore(tmp_path / "missing").check(write=False)


def test_local_writes_leave_no_temp_files(tmp_path):
    store = ArtifactStore(tmp_path / "s")
    store.write_json("executions/base/go.summary.json", {"pass@1": {}})
    with pytest.raises(ValueError):
        with store.open_write("executions/base/go.results.jsonl", "w") as fh:
            fh.write("half")
            raise ValueError("boom")
    with pytest.raises(FileNotFoundError) as info:  # the caller's own error is not turned into a store error
        with store.open_write("executions/base/x.jsonl", "w") as fh:
            open(tmp_path / "absent")
    assert not isinstance(info.value, StorageError)
    assert [p.name for p in (tmp_path / "s" / "executions" / "base").iterdir()] == ["go.summary.json"]
    assert (
        store.local_path("executions/base/go.summary.json")
        == tmp_path / "s" / "executions" / "base" / "go.summary.json"
    )


def test_upload_file_and_download_file(tmp_path):
    store = ArtifactStore(tmp_path / "s")
    src = tmp_path / "big.bin"
    src.write_bytes(os.urandom(300_000))
    store.upload_file(src, "corpora/python/train.jsonl")
    out = store.download_file("corpora/python/train.jsonl", tmp_path / "back" / "x.bin")
    assert out.read_bytes() == src.read_bytes()
    with pytest.raises(ArtifactNotFoundError):
        store.download_file("corpora/go/train.jsonl", tmp_path / "back" / "y.bin")
    assert sorted(p.name for p in (tmp_path / "back").iterdir()) == ["x.bin"]  # no .part left
    with pytest.raises(StorageError, match="no such file"):
        store.upload_file(tmp_path / "absent", "a/b")
