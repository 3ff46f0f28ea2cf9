"""Provenance and the model card written next to every fine-tuned model.

The card is a ``huggingface_hub.ModelCard``: YAML metadata (``ModelCardData``: base model,
datasets, tags, and once the report knows them, the model's pass@1 row as ``model-index``
results, one ``EvalResult`` per evaluation language) over a markdown body rendered from the
provenance.  ``update_model_card`` adds or replaces the pass@1 results of a finished model,
in a local folder or in the artifact store (its manifest entry follows).
"""

from __future__ import annotations

import json
import math
import platform
import tempfile
from pathlib import Path
from typing import Any

from ..errors import DataError
from ..io import atomic_write_text, write_json

CARD = "README.md"
PROVENANCE = "codem_provenance.json"
BENCHMARK = "HumanEval-X (multilingual HumanEval, as in the CodeM paper)"
_TEMPLATE = "---\n{{ card_data }}\n---\n\n{{ body }}\n"


def hardware() -> dict:
    info = {"machine": platform.machine(), "platform": platform.platform()}
    try:
        import os

        import torch

        info["cpu_threads"] = torch.get_num_threads()
        info["cpus"] = os.cpu_count()
        if torch.cuda.is_available():
            info["gpus"] = [torch.cuda.get_device_name(i) for i in range(torch.cuda.device_count())]
    except ImportError:
        pass
    return info


def _base_name(provenance: dict) -> str:
    base = provenance["base_model"]
    return base.get("source", {}).get("hub_id") or base.get("spec")


def _language_name(lang: str) -> str:
    try:
        from ..languages import LANGUAGES

        return LANGUAGES[lang].display
    except KeyError:
        return lang


def pass_at_1_results(row: dict[str, Any], source_url: str | None = None) -> list:
    """``{"python": 41.2, "java": None, ...}`` (pass@1 in %) as model-index ``EvalResult``s; empty cells left out."""
    from huggingface_hub import EvalResult

    results = []
    for lang, value in row.items():
        if value is None or (isinstance(value, float) and math.isnan(value)):
            continue
        results.append(
            EvalResult(
                task_type="text-generation",
                task_name="Code generation",
                dataset_type="humaneval-x",
                dataset_name=f"HumanEval-X {_language_name(lang)}",
                dataset_config=lang,
                metric_type="pass@1",
                metric_name="pass@1 (%, greedy)",
                metric_value=round(float(value), 4),
                **({"source_name": "codem report", "source_url": source_url} if source_url else {}),
            )
        )
    return results


def build_model_card(provenance: dict, pass_at_1: dict[str, Any] | None = None, source_url: str | None = None):
    """The ``ModelCard`` of a fine-tune: metadata + a body with the recipe and, when known, pass@1 per language."""
    from huggingface_hub import ModelCard, ModelCardData

    corpus = provenance["corpus"]
    name = f"codem-{Path(corpus.get('path', 'corpus')).stem}"
    base_name = _base_name(provenance)
    data = ModelCardData(
        base_model=base_name if "/" in str(base_name) else None,
        library_name="transformers",
        pipeline_tag="text-generation",
        tags=["codem", "code", "instruction-tuning", "trl", "sft"],
        model_name=name,
        datasets=[provenance["hub_corpus"]] if provenance.get("hub_corpus") else None,
        eval_results=pass_at_1_results(pass_at_1, source_url) if pass_at_1 else None,
        codem_corpus_sha256=corpus.get("sha256"),
        codem_base_model=provenance["base_model"].get("spec"),
        codem_run_key=provenance.get("run_key"),
    )
    return ModelCard.from_template(data, template_str=_TEMPLATE, body=_body(provenance, pass_at_1))


def _body(provenance: dict, pass_at_1: dict[str, Any] | None) -> str:
    base = provenance["base_model"]
    cfg = provenance["config"]
    corpus = provenance["corpus"]
    metrics = provenance.get("metrics", {})
    lora = cfg.get("lora")
    langs = ", ".join(f"{k} {v}" for k, v in corpus.get("languages", {}).items())
    batch = provenance.get("global_batch") or {}
    world = provenance.get("world_size", 1)
    lora_row = (
        f"r={lora['r']} alpha={lora['alpha']} dropout={lora['dropout']} targets={lora['target_modules']}"
        if lora
        else "no (full fine-tune)"
    )
    packing = (
        cfg.get("packing_mode") + ", " + cfg.get("packing_attention") + " attention" if cfg.get("packing") else "no"
    )
    lines = [
        f"# CodeM fine-tune of {_base_name(provenance)}",
        "",
        "Instruction-tuned by codem (reproducing CodeM, arXiv 2308.16824) with the paper's",
        "Figure 2 prompt, loss on response tokens only (TRL `SFTTrainer`, completion-only loss).",
        "",
        "| | |",
        "|---|---|",
        f"| base model | `{base.get('spec')}` ({base.get('kind')}) |",
        f"| corpus | `{corpus.get('path')}`: {corpus.get('rows')} rows ({langs}) |",
        f"| corpus sha256 | `{corpus.get('sha256')}` |",
        f"| preset | `{cfg.get('name')}` |",
        f"| batch x accumulation x processes = global batch | {cfg.get('per_device_train_batch_size')} x "
        f"{cfg.get('gradient_accumulation_steps')} x {world} = {batch.get('global', '?')} |",
        f"| learning rate / schedule / warm-up | {cfg.get('learning_rate')} / {cfg.get('lr_scheduler_type')} / "
        f"{cfg.get('warmup_steps')} steps |",
        f"| epochs / max steps / max length | {cfg.get('num_train_epochs')} / {cfg.get('max_steps')} / "
        f"{cfg.get('max_length')} |",
        f"| precision / DeepSpeed | {provenance.get('precision_used')} / {cfg.get('deepspeed') or 'no'} |",
        f"| LoRA | {lora_row} |",
        f"| packing | {packing} |",
        f"| steps / train loss | {metrics.get('global_step')} / {metrics.get('train_loss')} |",
        f"| seed | {cfg.get('seed')} |",
        f"| codem commit | `{provenance.get('git_commit')}` |",
        "",
    ]
    if pass_at_1:
        lines += ["## pass@1 (greedy), from the codem report", "", "| language | pass@1 (%) |", "|---|---|"]
        for lang, value in pass_at_1.items():
            shown = "-" if value is None or (isinstance(value, float) and math.isnan(value)) else f"{float(value):.2f}"
            lines.append(f"| {_language_name(lang)} | {shown} |")
        lines.append("")
    lines += [
        "Versions: " + ", ".join(f"{k} {v}" for k, v in provenance.get("versions", {}).items() if v),
        "",
        "Full provenance (config, corpus files, token statistics, hardware): `codem_provenance.json`.",
    ]
    return "\n".join(lines)


def write_model_card(out: Path, provenance: dict, pass_at_1: dict[str, Any] | None = None) -> None:
    """README.md (a ``huggingface_hub.ModelCard``) + codem_provenance.json, written last."""
    write_json(Path(out) / PROVENANCE, provenance)
    atomic_write_text(Path(out) / CARD, str(build_model_card(provenance, pass_at_1)))


def read_pass_at_1(path: str | Path, row: str) -> dict[str, float | None]:
    """The ``row`` of a report's matrix (``matrix.csv`` or ``report.json``) as ``{language: pass@1 %}``."""
    path = Path(path)
    if not path.is_file():
        raise DataError(f"{path}: no such report file")
    if path.suffix == ".json":
        data = json.loads(path.read_text(encoding="utf-8"))
        matrix = data.get("matrix", data)
        if row not in matrix:
            raise DataError(f"{path}: no row {row!r} in the pass@1 matrix (rows: {', '.join(map(str, matrix))})")
        return {k: v for k, v in matrix[row].items()}
    import pandas as pd

    frame = pd.read_csv(path, index_col=0)
    if row not in frame.index:
        raise DataError(f"{path}: no row {row!r} in the pass@1 matrix (rows: {', '.join(map(str, frame.index))})")
    return {str(k): (None if pd.isna(v) else float(v)) for k, v in frame.loc[row].items()}


def update_model_card(
    model: str | Path, pass_at_1_row: dict[str, Any], *, store=None, source_url: str | None = None
) -> str:
    """Put ``pass_at_1_row`` ({language: pass@1 %}) into a model's card as model-index results.

    ``model``: a local model folder, or (with ``store``, an ``ArtifactStore``) the store key of an
    uploaded one (e.g. ``models/codem-python``), whose README.md and manifest entry are replaced.
    ``source_url``: where the report is (recorded with each result).
    Returns where the card now is.
    """
    if store is None:
        folder = Path(model)
        prov = folder / PROVENANCE
        if not prov.is_file():
            raise DataError(f"{folder}: not a codem model folder (no {PROVENANCE})")
        atomic_write_text(
            folder / CARD,
            str(build_model_card(json.loads(prov.read_text(encoding="utf-8")), pass_at_1_row, source_url)),
        )
        return str(folder / CARD)
    from ..io import sha256_file
    from ..storage import MANIFEST

    key = str(model).strip("/")
    provenance = store.read_json(f"{key}/{PROVENANCE}")
    with tempfile.TemporaryDirectory() as tmp:
        card = Path(tmp) / CARD
        card.write_text(str(build_model_card(provenance, pass_at_1_row, source_url)), encoding="utf-8")
        manifest = store.manifest(key)
        store.upload_file(card, f"{key}/{CARD}")
        if manifest is not None:  # the folder stays verifiable: download_dir checks every file against it
            manifest["files"][CARD] = {"size": card.stat().st_size, "sha256": sha256_file(card)}
            store.write_json(f"{key}/{MANIFEST}", manifest)
    return store.url_for(f"{key}/{CARD}")


def update_model_cards(
    store, matrix: dict[str, dict[str, Any]], *, source_url: str | None = None, log=print
) -> list[str]:
    """The report stage's hook: every fine-tuned model of the pass@1 ``matrix`` ({row: {language: %}}) in
    ``store`` gets its row in its card.  Rows without a stored codem model (the base model) are skipped."""
    from ..storage import model_key

    done = []
    for row, values in matrix.items():
        key = model_key(str(row))
        if row == "base" or not store.exists(f"{key}/{PROVENANCE}"):
            continue
        done.append(update_model_card(key, values, store=store, source_url=source_url))
        log(f"model card: {store.url_for(key + '/' + CARD)} holds its pass@1 row")
    return done
