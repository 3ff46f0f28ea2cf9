"""Flow ``generate``: samples for each model over the 7 evaluation languages.

    python -m flows.generate --models runs/models/codem-python runs/models/codem-java --out runs/samples
"""

from __future__ import annotations

import argparse
from pathlib import Path

from prefect import flow

from tasks.generate import generate_task


@flow(name="generate", log_prints=True)
def generate_flow(models: list[str], out: str, languages: str = "all", limit: int | None = None, backend: str = "transformers",
                  base_url: str | None = None, batch_size: int = 8, max_new_tokens: int = 512, dtype: str = "auto") -> dict:
    results = {}
    for model in models:
        name = Path(model).name if Path(model).exists() else model.replace("/", "--")
        target = str(Path(out) / f"{name}.samples.jsonl")
        results[model] = generate_task(model, target, languages=languages, limit=limit, backend=backend, base_url=base_url,
                                       batch_size=batch_size, max_new_tokens=max_new_tokens, dtype=dtype)
        print(f"{model}: {results[model]['samples']} samples -> {target}")
    return results


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--models", nargs="+", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--languages", default="all")
    ap.add_argument("--limit", type=int)
    ap.add_argument("--max-new-tokens", type=int, default=512)
    a = ap.parse_args()
    generate_flow(a.models, a.out, a.languages, a.limit, max_new_tokens=a.max_new_tokens)
