"""Flow ``evaluate-samples``: execute generated samples and publish the pass@1 table.

    prefect deployment run evaluate-samples/default --param samples=S.jsonl --param out=R.jsonl
or, in-process:  python -m flows.evaluate_samples S.jsonl R.jsonl
"""

from __future__ import annotations

import sys

from prefect import flow
from prefect.artifacts import create_table_artifact

from codem_core.io import sha256_file
from tasks.execute import evaluate_samples_task


@flow(name="evaluate-samples", log_prints=True)
def evaluate_samples_flow(samples: str, out: str, sandbox: str | None = None, workers: int | None = None) -> dict:
    """Evaluate one samples file; the task's cache key includes the samples' content hash."""
    summary = evaluate_samples_task(samples, out, sandbox=sandbox, workers=workers, samples_sha256=sha256_file(samples))
    rows = [{"language": lang, **{k: v for k, v in e.items() if k != "statuses"}} for lang, e in summary["pass@1"].items()]
    create_table_artifact(rows, key="pass-at-1", description=f"pass@1 of {samples}")
    for row in rows:
        print(f"{row['language']:>10}: pass@1 {row['pass@1']:6.2f}% ({row['passed']}/{row['samples']})")
    return summary


if __name__ == "__main__":
    evaluate_samples_flow(sys.argv[1], sys.argv[2])
