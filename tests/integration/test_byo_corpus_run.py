"""Bring-your-own corpora end to end: ``codem train --corpus hub:<id>`` (served by a local mirror, no
network) trains and records the source; a tiny pipeline run with ``corpora_from`` skips evolution
(no teacher), trains on the file, generates, executes and reports where its data came from."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")

from tests.integration.tiny_models import CODEALPACA, child_env  # noqa: E402

REPO = Path(__file__).resolve().parents[2]


def _rows(n: int = 24) -> list[dict]:
    """CodeM-style rows (instruction / input / output), from the shared CodeAlpaca file when present."""
    if CODEALPACA.is_file():
        src = [r for r in json.loads(CODEALPACA.read_text()) if r["output"].strip()]
        return [{"instruction": r["instruction"], "input": r["input"], "output": r["output"]} for r in src[:n]]
    return [
        {
            "instruction": f"Write a Python function that returns {i} squared.",
            "input": "",
            "output": f"def f():\n    return {i} * {i}\n",
        }
        for i in range(n)
    ]


def _cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "codem_core.cli", *args],
        cwd=REPO,
        env=child_env(env),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_codem_train_on_a_hub_corpus(tmp_path, tiny_model_dir):
    mirror = tmp_path / "mirror"
    repo = mirror / "Daoguang" / "CodeM-Multilinugal-Data"
    repo.mkdir(parents=True)
    (repo / "python.json").write_text(json.dumps(_rows()))
    env = {"CODEM_HOME": str(tmp_path / "home"), "CODEM_HUB_MIRROR": str(mirror), "CODEM_OFFLINE": "1"}
    out = tmp_path / "model"
    r = _cli(
        "train",
        "--corpus",
        "hub:Daoguang/CodeM-Multilinugal-Data/python.json",
        "--base-model",
        str(tiny_model_dir),
        "--out",
        str(out),
        "--preset",
        "tiny",
        "--max-steps",
        "2",
        env=env,
    )
    assert r.returncode == 0, r.stderr[-2000:]
    prov = json.loads((out / "codem_provenance.json").read_text())
    corpus = prov["corpus"]
    assert corpus["path"] == "hub:Daoguang/CodeM-Multilinugal-Data/python.json" and corpus["rows"] == 24
    assert corpus["source"]["kind"] == "hub" and corpus["source"]["from"] == "mirror" and len(corpus["sha256"]) == 64
    assert "hub:Daoguang/CodeM-Multilinugal-Data/python.json" in (out / "README.md").read_text()
    # a corpus without the fields: one line, exit 2, nothing trained
    (repo / "bad.json").write_text(json.dumps([{"prompt": "p", "completion": "c"}]))
    r = _cli(
        "train",
        "--corpus",
        "hub:Daoguang/CodeM-Multilinugal-Data/bad.json",
        "--base-model",
        str(tiny_model_dir),
        "--out",
        str(tmp_path / "bad"),
        "--preset",
        "tiny",
        env=env,
    )
    lines = r.stderr.strip().splitlines()
    assert r.returncode == 2 and len(lines) == 1 and "lacks instruction and response" in lines[0], r.stderr[-1500:]
    assert not (tmp_path / "bad" / "checkpoints").exists()


@pytest.mark.slow
def test_a_tiny_run_with_a_brought_corpus_trains_and_reports(prefect_harness, tmp_path, monkeypatch):
    from codem_core.pipeline import stages
    from codem_core.storage import ArtifactStore
    from codem_prefect.flows.full_matrix import codem

    def no_teacher(config):
        raise AssertionError("a brought-in corpus must not start or ask a teacher")

    monkeypatch.setattr(stages, "teacher_url", no_teacher)
    corpus = tmp_path / "python.json"
    corpus.write_text(json.dumps(_rows()))
    overrides = {"corpora": ["python"], "languages": ["python"], "corpora_from": {"python": str(corpus)}}
    state = codem(
        preset="tiny",
        store=str(tmp_path / "store"),
        namespace="byo",
        workdir=str(tmp_path / "work"),
        overrides=overrides,
        return_state=True,
    )
    assert state.is_completed(), state
    res = state.result()
    store = ArtifactStore(tmp_path / "store" / "byo")
    rows = store.read_jsonl("corpora/python/train.jsonl")
    assert len(rows) == 24 and all(r["instruction"] and r["response"] for r in rows)
    report = store.read_json("corpora/python/report.json")
    assert report["source"]["path"] == str(corpus) and report["source"]["kind"] == "file" and report["rows"] == 24
    assert res["models_sha256"].keys() == {"codem-python"} and store.is_complete("models/python")
    card = store.read_json("models/python/codem_provenance.json")
    assert card["corpus"]["sha256"] == report["corpus_sha256"]
    assert store.read_json("executions/codem-python/python.summary.json")["pass@1"]["python"]["samples"] == 1
    md = store.read_text("reports/tiny/report.md")
    assert "## Training data" in md and f"| Python | brought in: `{corpus}` | 24 |" in md and "not evolved" in md
    assert "No paper table set beside this run: its base model 'tiny-gptbigcode' is neither" in md
    assert "## The paper's claims" in md
