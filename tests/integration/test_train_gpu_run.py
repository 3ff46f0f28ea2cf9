"""A first GPU run's two failure modes, reproduced on the CPU: ranks that write over each other or open a
context on GPU 0 (a two-process gloo launch, each rank audited), and a preempted pod that loses its disk
(an interrupted fine-tune restarted in a fresh working directory resumes from the artifact store)."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytest.importorskip("trl")

from codem_core.storage import ArtifactStore  # noqa: E402
from codem_core.training.checkpoints import CheckpointStore, store_spec  # noqa: E402
from codem_core.training.trainer import train  # noqa: E402

# Installed in each training rank through PYTHONPATH: an audit hook records every file the rank creates or
# replaces under the output folder, and a stand-in for CUDA's device properties records which GPU index the
# rank asks about (codem_core.devices.probe_cuda is the one place that reads them).
RANK_AUDIT = """
import json, os, sys
_dir, _out, _rank = os.environ.get("AUDIT_DIR"), os.environ.get("AUDIT_OUT"), os.environ.get("RANK")
if _dir and _out and _rank is not None:
    _log = open(os.path.join(_dir, "rank-%s.jsonl" % _rank), "a", buffering=1)
    _root = os.path.realpath(_out)
    _WRITE = os.O_WRONLY | os.O_RDWR | os.O_CREAT

    def _record(kind, path):
        try:
            path = os.path.realpath(os.fsdecode(path))
        except (TypeError, ValueError):
            return
        if path == _root or path.startswith(_root + os.sep):
            _log.write(json.dumps({"kind": kind, "path": os.path.relpath(path, _root)}) + "\\n")

    def _hook(event, args):
        if event == "open" and args[0] is not None and not isinstance(args[0], int):
            mode, flags = args[1], args[2]
            if (mode and any(c in mode for c in "wax+")) or (mode is None and flags & _WRITE):
                _record("write", args[0])
        elif event in ("os.rename", "os.replace", "shutil.copyfile", "shutil.move"):
            _record("write", args[1])
        elif event == "os.mkdir":
            _record("mkdir", args[0])

    sys.addaudithook(_hook)

    from codem_core import devices as _devices

    def _probe(index):
        _log.write(json.dumps({"kind": "probe", "index": index}) + "\\n")
        return {"name": "Stand-in GPU", "memory": 80.0 * 2**30, "count": 2}

    _devices.cuda_available = lambda: True
    _devices.probe_cuda = _probe
    _devices.driver_version = lambda: "stand-in"
"""


def _quiet(_msg: str) -> None:
    pass


def _audit(folder: Path, rank: int) -> list[dict]:
    path = folder / f"rank-{rank}.jsonl"
    return [json.loads(line) for line in path.read_text().splitlines()] if path.is_file() else []


def test_two_ranks_only_rank_0_writes_and_each_queries_its_own_device(
    tmp_path, monkeypatch, tiny_corpus, tiny_model_dir
):
    hooks, audit, out = tmp_path / "hooks", tmp_path / "audit", tmp_path / "model"
    hooks.mkdir()
    audit.mkdir()
    (hooks / "sitecustomize.py").write_text(RANK_AUDIT)
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(hooks), os.environ.get("PYTHONPATH", "")]))
    monkeypatch.setenv("AUDIT_DIR", str(audit))
    monkeypatch.setenv("AUDIT_OUT", str(out))
    lora = {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": "all-linear"}  # the merge is a write too
    logs: list[str] = []
    res = train(tiny_corpus, str(tiny_model_dir), out, "tiny", {"nproc": 2, "lora": lora}, log=logs.append)
    assert res.world_size == 2 and (out / "codem_provenance.json").is_file() and (out / "adapter").is_dir()

    zero, one = _audit(audit, 0), _audit(audit, 1)
    assert [e["index"] for e in zero if e["kind"] == "probe"] and {
        e["index"] for e in zero if e["kind"] == "probe"
    } == {0}
    assert {e["index"] for e in one if e["kind"] == "probe"} == {1}  # never GPU 0
    written0 = {e["path"] for e in zero if e["kind"] == "write"}
    for name in ("codem_provenance.json", "README.md", "tokenizer_config.json", "config.json", "adapter"):
        assert any(p == name or p.startswith(name + os.sep) for p in written0), (name, sorted(written0))
    # rank 1 writes only its own share of a checkpoint (its RNG state) and its own log
    written1 = sorted(e["path"] for e in one if e["kind"] == "write")
    allowed = [p for p in written1 if p.startswith(("checkpoints" + os.sep, "logs" + os.sep))]
    assert written1 == allowed, written1
    assert all("rng_state_1" in p or p.startswith("logs") for p in written1), written1
    prov = json.loads((out / "codem_provenance.json").read_text())
    assert prov["device"]["name"] == "Stand-in GPU" and prov["device"]["index"] == 0
    assert prov["attention"]["implementation"] in ("sdpa", "eager") and prov["attention"]["why"]


def _wait_for(predicate, seconds: float = 120.0) -> bool:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return predicate()


class _Preempted(Exception):
    pass


def test_an_interrupted_fine_tune_resumes_in_a_fresh_folder_from_the_store(tmp_path, tiny_corpus, tiny_model_dir):
    from transformers import TrainerCallback

    class Preempt(TrainerCallback):  # the pod goes away after step 3 (checkpoint-2 was taken)
        def on_step_end(self, args, state, control, **kwargs):
            if state.global_step == 3:
                raise _Preempted()

    store = ArtifactStore(tmp_path / "store")
    spec = store_spec(store, "checkpoints/python", keep=2)
    settings = {"max_steps": 6, "save_steps": "auto", "saves_per_run": 3}  # every 2 of the 6 steps
    logs: list[str] = []
    with pytest.raises(_Preempted):
        train(
            tiny_corpus,
            str(tiny_model_dir),
            tmp_path / "pod-1" / "model",
            "tiny",
            settings,
            log=logs.append,
            callbacks=[Preempt()],
            checkpoint_store=spec,
        )
    assert any(line.startswith("checkpoints: every 2 steps; kept in file://") for line in logs), logs
    run_dirs = store.list_dirs("checkpoints/python")
    assert len(run_dirs) == 1
    target = CheckpointStore(store, f"checkpoints/python/{run_dirs[0]}")
    assert _wait_for(lambda: target.steps() == [2]), target.steps()  # the background upload lands

    fresh = tmp_path / "pod-2" / "model"  # a new pod: nothing of pod-1's disk
    logs2: list[str] = []
    res = train(tiny_corpus, str(tiny_model_dir), fresh, "tiny", settings, log=logs2.append, checkpoint_store=spec)
    assert res.resumed_from and Path(res.resumed_from).name == "checkpoint-2", logs2
    assert res.metrics["global_step"] == 6 and (fresh / "codem_provenance.json").is_file()
    assert any("checkpoint-2 downloaded from file://" in line for line in logs2), logs2
    assert target.steps() == [4, 6]  # the resumed run's checkpoints went to the store too, two kept
    prov = json.loads((fresh / "codem_provenance.json").read_text())
    assert prov["checkpoints"]["save_steps"] == 2 and len(prov["checkpoints"]["uploaded"]) == 2
