"""Flow ``finetune``: one model per training corpus (CodeM: 8 languages + Mixed).

    python -m flows.finetune --corpora runs/corpora --base-model bigcode/starcoderbase-7b --out runs/models
    prefect deploy ...  (work pool ``gpu``: the task carries the ``gpu`` tag)

``corpora`` is a folder of corpora (each ``<name>.jsonl`` or ``<name>/`` becomes the model
``<out>/codem-<name>``) or a list of paths.  Models train one after another (one GPU node).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from prefect import flow

from tasks.train import finetune_task

GPU_WORK_POOL = "gpu"


def _corpora(corpora: str | list[str]) -> dict[str, str]:
    if isinstance(corpora, list):
        return {Path(c).name.split(".")[0]: c for c in corpora}
    root = Path(corpora)
    if root.is_file():
        return {root.name.split(".")[0]: str(root)}
    found = {p.name.split(".")[0]: str(p) for p in sorted(root.iterdir()) if p.name.endswith(".jsonl") or p.is_dir()}
    return found or {root.name: str(root)}


@flow(name="finetune", log_prints=True)
def finetune_flow(corpora: str | list[str], out: str, base_model: str | None = None, preset: str = "paper",
                  overrides: dict | None = None) -> dict:
    results = {}
    for name, corpus in _corpora(corpora).items():
        results[name] = finetune_task(corpus, str(Path(out) / f"codem-{name}"), base_model=base_model, preset=preset, overrides=overrides)
        print(f"{name}: {results[name]['out']} (steps {results[name]['metrics'].get('global_step')})")
    return results


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpora", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--base-model")
    ap.add_argument("--preset", default="paper")
    ap.add_argument("--max-steps", type=int)
    a = ap.parse_args()
    finetune_flow(a.corpora, a.out, a.base_model, a.preset, {"max_steps": a.max_steps} if a.max_steps else None)
