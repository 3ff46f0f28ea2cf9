"""Publishing to a Hugging Face Hub: the fine-tuned model with its card, and the corpus as a dataset.

``huggingface_hub.HfApi`` does the work (repo creation, one commit per folder); ``HF_ENDPOINT``
and ``HF_TOKEN`` are read as usual, so a private hub or a stand-in server works the same way.
Checkpoints and logs stay local.  A hub that cannot be reached, or refuses, stops with one line.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from ..errors import CodemError

# what a model folder holds that is not the model
_NOT_PUBLISHED = ["checkpoints/*", "logs/*", "runs/*", "codem_run.json", "_MANIFEST.json"]


class HubError(CodemError):
    """The hub refused or could not be reached."""


def _api():
    import os

    from huggingface_hub import HfApi

    # HF_ENDPOINT read now, not when huggingface_hub was first imported (a long-lived worker, tests)
    return HfApi(endpoint=os.environ.get("HF_ENDPOINT") or None)


def _call(what: str, fn, *args, **kwargs):
    try:
        return fn(*args, **kwargs)
    except Exception as exc:  # httpx/requests errors, HfHubHTTPError: one line for the user
        first = (str(exc).strip().splitlines() or [""])[0][:200]
        raise HubError(f"hub: {what} failed ({type(exc).__name__}: {first})") from None


def push_model(folder: str | Path, repo_id: str, *, private: bool = True, log: Callable[[str], None] = print) -> str:
    """Upload a model folder (weights, tokenizer, README.md model card, codem_provenance.json) to ``repo_id``."""
    api = _api()
    _call(f"creating model repo {repo_id}", api.create_repo, repo_id, repo_type="model", private=private, exist_ok=True)
    info = _call(
        f"uploading {folder} to {repo_id}",
        api.upload_folder,
        repo_id=repo_id,
        folder_path=str(folder),
        repo_type="model",
        ignore_patterns=_NOT_PUBLISHED,
        commit_message="codem: fine-tuned model and model card",
    )
    log(f"published model -> {getattr(info, 'commit_url', repo_id)}")
    return repo_id


def push_corpus(corpus, repo_id: str, *, private: bool = True, log: Callable[[str], None] = print) -> str:
    """Upload a loaded ``Corpus`` as a dataset repo: ``train.jsonl`` (instruction, response, language) + a
    dataset card."""
    import json

    from huggingface_hub import DatasetCard, DatasetCardData

    api = _api()
    _call(
        f"creating dataset repo {repo_id}",
        api.create_repo,
        repo_id,
        repo_type="dataset",
        private=private,
        exist_ok=True,
    )
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        with open(folder / "train.jsonl", "w", encoding="utf-8") as fh:
            for row in corpus.rows:
                fh.write(
                    json.dumps({k: row.get(k) for k in ("instruction", "response", "language")}, ensure_ascii=False)
                    + "\n"
                )
        data = DatasetCardData(
            language=["en"],
            tags=["codem", "code", "instruction-tuning"],
            task_categories=["text-generation"],
            codem_corpus_sha256=corpus.sha256,
            codem_languages=corpus.languages,
        )
        body = (
            f"# codem corpus\n\n{len(corpus)} instruction/response pairs "
            f"({', '.join(f'{k} {v}' for k, v in corpus.languages.items())}), "
            f"from `{corpus.path}`.\n\nsha256 over the (instruction, response) pairs: `{corpus.sha256}`.\n"
        )
        card = DatasetCard.from_template(data, template_str="---\n{{ card_data }}\n---\n\n{{ body }}\n", body=body)
        (folder / "README.md").write_text(str(card), encoding="utf-8")
        info = _call(
            f"uploading the corpus to {repo_id}",
            api.upload_folder,
            repo_id=repo_id,
            folder_path=str(folder),
            repo_type="dataset",
            commit_message="codem: training corpus",
        )
    log(f"published corpus -> {getattr(info, 'commit_url', repo_id)}")
    return repo_id


def publish(out: Path, provenance: dict, cfg, corpus, log: Callable[[str], None] = print) -> None:
    """What the preset asks for: the corpus first (the card then names it), then the model and its card."""
    from .provenance import write_model_card

    if cfg.push_corpus_to_hub:
        push_corpus(corpus, cfg.push_corpus_to_hub, private=cfg.hub_private, log=log)
        provenance["hub_corpus"] = cfg.push_corpus_to_hub
        write_model_card(out, provenance)
    if cfg.push_to_hub:
        push_model(out, cfg.push_to_hub, private=cfg.hub_private, log=log)
