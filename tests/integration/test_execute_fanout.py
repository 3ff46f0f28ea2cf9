"""The execute stage fanned out (``execute.chunks``): one model's samples split into chunks of whole
problems, each chunk a concurrent task, merged back into exactly what the unsplit stage writes.

Samples are written by hand (per problem: the canonical solution and a wrong answer, so verdicts mix
passes and failures in a known pattern); the stage flow ``codem-execute`` runs them in the sandbox.
A run that dies with one chunk unfinished leaves the others Cached for the rerun; a finished item
comes back Cached whole, whether it was split or not.
"""

from __future__ import annotations

import json

import pytest

from codem_core.io import sha256_bytes
from tests.integration.flow_runs import settled, work_task_runs

pytestmark = pytest.mark.slow

LANGS = ["python", "javascript"]
PROBLEMS = 3
WRONG = {"python": "    return None\n", "javascript": "  return null;\n}\n"}


def _generations() -> dict[str, str]:
    """Per language: 2 samples per problem, in the order generate writes them (sample 0, 1)."""
    from codem_core.benchmarks import load_problems

    out = {}
    for lang in LANGS:
        rows = []
        for p in load_problems(lang)[:PROBLEMS]:
            for i, completion in enumerate((p.canonical_solution, WRONG[lang])):
                rows.append({"task_id": p.task_id, "sample": i, "completion": completion, "language": lang})
        out[lang] = "".join(json.dumps(r) + "\n" for r in rows)
    return out


def _states(flow_run_id) -> dict[str, str | None]:
    from prefect.client.orchestration import get_client

    def read():
        with get_client(sync_client=True) as client:
            return {r.name: (r.state.name if r.state else None) for r in work_task_runs(client, flow_run_id)}

    return settled(read)


def _run(tmp_path, namespace: str, chunks: int):
    from codem_prefect.flows.stages import execute

    return execute(
        preset="tiny",
        store=str(tmp_path / "store"),
        namespace=namespace,
        workdir=str(tmp_path / "work" / namespace),
        models=["base"],
        overrides={
            "languages": LANGS,
            "generate": {"problems_per_language": PROBLEMS},
            "execute": {"chunks": chunks},
        },
        return_state=True,
    )


def _written(store) -> dict:
    """What the stage left per language: verdicts (durations vary) and the summary's result blocks."""
    out = {}
    for lang in LANGS:
        rows = [
            {k: v for k, v in r.items() if k != "duration_s"}
            for r in store.read_jsonl(f"executions/base/{lang}.results.jsonl")
        ]
        summary = store.read_json(f"executions/base/{lang}.summary.json")
        blocks = {k: summary[k] for k in ("pass@1", "pass@k", "per_problem", "model", "corpus", "language")}
        out[lang] = {"rows": rows, "summary": blocks}
    return out


def _store(tmp_path, namespace: str, generations: dict[str, str]):
    from codem_core.storage import ArtifactStore

    store = ArtifactStore(tmp_path / "store" / namespace)
    for lang, text in generations.items():
        store.write_text(f"generations/base/{lang}.jsonl", text)
    return store


def _chunk_shas(tmp_path, generations: dict[str, str], parts: int) -> list[str]:
    """The chunks the stage will cut the model's samples into (the same split, done here)."""
    from codem_core.execution.fanout import split_samples

    samples = tmp_path / "all.jsonl"
    samples.write_text("".join(generations[lang] for lang in LANGS))
    return [sha256_bytes(p.read_bytes()) for p in split_samples(samples, tmp_path / "split", parts)]


def test_chunked_execution_merges_into_the_unsplit_results_and_resumes(prefect_harness, tmp_path, monkeypatch):
    import codem_core.pipeline.stages as stages
    from codem_core.errors import CodemError

    generations = _generations()
    whole_store = _store(tmp_path, "whole", generations)
    whole = _run(tmp_path, "whole", chunks=1)
    assert whole.is_completed(), whole
    assert set(_states(whole.state_details.flow_run_id)) == {"execute-base"}
    expected = _written(whole_store)
    for lang in LANGS:  # the known pattern: canonical passes, the wrong answer fails
        assert [r["passed"] for r in expected[lang]["rows"]] == [True, False] * PROBLEMS
        assert expected[lang]["summary"]["pass@k"]["overall"]["samples"] == 2 * PROBLEMS

    split_store = _store(tmp_path, "split", generations)
    shas = _chunk_shas(tmp_path, generations, 3)
    assert len(shas) == 3
    real = stages.execute_chunk

    def dies_on_the_last_chunk(cfg, store, model, samples_sha, workdir, log=print):
        if samples_sha == shas[-1]:
            raise CodemError("the worker running this chunk died")
        return real(cfg, store, model, samples_sha, workdir, log)

    monkeypatch.setattr(stages, "execute_chunk", dies_on_the_last_chunk)
    killed = _run(tmp_path, "split", chunks=3)
    assert killed.is_failed(), killed
    assert _states(killed.state_details.flow_run_id) == {
        "execute-base-split": "Completed",
        "execute-base-chunk-000": "Completed",
        "execute-base-chunk-001": "Completed",
        "execute-base-chunk-002": "Failed",
    }
    assert not split_store.exists("executions/base/python.summary.json")  # nothing half-published

    monkeypatch.setattr(stages, "execute_chunk", real)
    resumed = _run(tmp_path, "split", chunks=3)
    assert resumed.is_completed(), resumed
    assert _states(resumed.state_details.flow_run_id) == {
        "execute-base-split": "Cached",
        "execute-base-chunk-000": "Cached",
        "execute-base-chunk-001": "Cached",
        "execute-base-chunk-002": "Completed",
        "execute-base": "Completed",
    }
    assert _written(split_store) == expected
    assert (
        resumed.result()["base"]["pass@1"] == whole.result()["base"]["pass@1"] == {"python": 50.0, "javascript": 50.0}
    )
    assert split_store.read_json("executions/base/python.summary.json")["chunks"] == 3

    # a finished item comes back whole and Cached, split or not (chunks do not key the item)
    for namespace in ("split", "whole"):
        again = _run(tmp_path, namespace, chunks=3)
        assert again.is_completed(), again
        assert _states(again.state_details.flow_run_id) == {"execute-base": "Cached"}, namespace


def test_chunks_run_on_dask_workers(prefect_harness, tmp_path, monkeypatch):
    """CODEM_DASK_ADDRESS=local: the stage flow's task runner is a Dask LocalCluster, and the chunks run there."""
    pytest.importorskip("prefect_dask")
    from prefect_dask import DaskTaskRunner

    from codem_prefect.flows.stages import _task_runner, execute

    monkeypatch.setenv("CODEM_DASK_ADDRESS", "local")
    monkeypatch.setenv("CODEM_DASK_WORKERS", "2")
    runner = _task_runner()
    assert isinstance(runner, DaskTaskRunner)
    store = _store(tmp_path, "dask", _generations())
    state = execute.with_options(task_runner=runner)(
        preset="tiny",
        store=str(tmp_path / "store"),
        namespace="dask",
        workdir=str(tmp_path / "work"),
        models=["base"],
        overrides={"languages": LANGS, "generate": {"problems_per_language": PROBLEMS}, "execute": {"chunks": 2}},
        return_state=True,
    )
    assert state.is_completed(), state
    assert _states(state.state_details.flow_run_id) == {
        "execute-base-split": "Completed",
        "execute-base-chunk-000": "Completed",
        "execute-base-chunk-001": "Completed",
        "execute-base": "Completed",
    }
    for lang in LANGS:
        verdicts = [r["passed"] for r in store.read_jsonl(f"executions/base/{lang}.results.jsonl")]
        assert verdicts == [True, False] * PROBLEMS
