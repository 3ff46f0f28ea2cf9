"""The ``evaluate-samples`` flow runs the engine as a Prefect task and caches by content."""

from __future__ import annotations

import json

from codem_core.benchmarks import load_problems


def test_flow_evaluates_and_reuses_cached_result(prefect_harness, tmp_path, data_dir, monkeypatch):
    from flows.evaluate_samples import evaluate_samples_flow

    monkeypatch.setenv("CODEM_HOME", str(tmp_path / "home"))
    js = load_problems("javascript", data_dir)
    samples = tmp_path / "s.jsonl"
    samples.write_text(
        json.dumps({"task_id": "JavaScript/0", "completion": js[0].canonical_solution}) + "\n"
        + json.dumps({"task_id": "JavaScript/1", "completion": "  return []\n}\n"}) + "\n"
    )
    out = tmp_path / "r.jsonl"
    state = evaluate_samples_flow(str(samples), str(out), return_state=True)
    summary = state.result()
    assert summary["pass@1"]["javascript"]["passed"] == 1 and summary["pass@1"]["javascript"]["samples"] == 2
    assert [json.loads(l)["status"] for l in out.read_text().splitlines()] == ["passed", "failed"]

    # same content: the task's persisted result is reused (no execution at all)
    out.unlink()
    again = evaluate_samples_flow(str(samples), str(out))
    assert again["pass@1"] == summary["pass@1"] and not out.exists()

    # new content under the same path: evaluated afresh
    samples.write_text(json.dumps({"task_id": "JavaScript/1", "completion": js[1].canonical_solution}) + "\n")
    third = evaluate_samples_flow(str(samples), str(out))
    assert third["pass@1"]["javascript"] == {"samples": 1, "passed": 1, "pass@1": 100.0, "statuses": {"passed": 1}}
