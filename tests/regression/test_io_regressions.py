"""File-writing bugs found earlier, pinned: permissions of atomically written files, the store
keeping a caller's own exception, and empty evolved corpora that could not be loaded back."""

from __future__ import annotations

import os
import stat

import pytest

from codem_core.io import atomic_write_text, write_jsonl
from codem_core.storage import open_store


def test_atomically_written_files_are_0644(tmp_path):
    """Results and reports came out 0600 (mkstemp's mode survives the rename), unreadable to the
    other users of a shared results folder. Fixed in 1a7a22a (``atomic_open`` fchmods 0644)."""
    old = os.umask(0o022)
    try:
        atomic_write_text(tmp_path / "report.md", "x")
        write_jsonl(tmp_path / "results.jsonl", [{"a": 1}])
    finally:
        os.umask(old)
    for name in ("report.md", "results.jsonl"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o644


def test_store_open_write_keeps_the_callers_exception_and_the_old_file(tmp_path):
    """An OSError raised by the caller inside ``store.open_write`` was turned into a store
    error (ArtifactNotFoundError / StorageError naming the artifact), hiding the real bug. Fixed in
    554021a: only failures of the store become StorageError; either way the old object is kept and no
    temp remains."""
    store = open_store(str(tmp_path / "store"))
    with store.open_write("runs/a.json", "w") as fh:
        fh.write("old")
    with pytest.raises(OSError) as info:
        with store.open_write("runs/a.json", "w") as fh:
            fh.write("half")
            open(tmp_path / "input-that-is-missing")  # the caller's own bug, not the store's
    # before the fix: ArtifactNotFoundError "no artifact 'runs/a.json'", which misled the user
    assert type(info.value) is FileNotFoundError and "input-that-is-missing" in str(info.value)
    assert store.read_text("runs/a.json") == "old"
    assert sorted(p.name for p in (tmp_path / "store" / "runs").iterdir()) == ["a.json"]


def test_an_empty_evolved_corpus_loads_back(tmp_path):
    """A corpus that evolution left empty (a small teacher can) was saved without any shard, and
    ``datasets.load_from_disk`` then failed, breaking training on that corpus. Fixed in 91e475e
    (``save_to_disk(num_shards=1)``)."""
    datasets = pytest.importorskip("datasets")
    from codem_core.evolution.corpus import _save_dataset

    _save_dataset([], tmp_path / "empty")
    loaded = datasets.load_from_disk(str(tmp_path / "empty"))
    assert len(loaded) == 0 and "instruction" in loaded.column_names
