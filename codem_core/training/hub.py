"""The Hugging Face Hub: resolving a base model before any work, and publishing the fine-tuned model.

``resolve_hub_model(hub_id, revision)`` is the pre-flight of a hub base model: it asks the hub
for the model at ``revision`` (default: main) and reads its ``config.json`` there, so a gated or
private model without an authorised ``HF_TOKEN``, a missing model or a missing revision fails at
once, in one line, before evolution or training starts (not as a model-not-found error in the
fine-tune task hours later).  It returns the commit the revision points at: the run loads exactly
that commit, and it enters the run's cache key and provenance.  With ``CODEM_OFFLINE`` (which
also sets ``HF_HUB_OFFLINE``) the commit comes from the local hub cache instead.

Publishing: ``huggingface_hub.HfApi`` does the work (repo creation, one commit per folder).
``HF_ENDPOINT`` and ``HF_TOKEN`` are read as usual, so a private hub or a stand-in server works
the same way.  Checkpoints and logs stay local.  A hub that cannot be reached, or refuses, stops
with one line.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from ..errors import CodemError

# what a model folder holds that is not the model
_NOT_PUBLISHED = ["checkpoints/*", "logs/*", "runs/*", "codem_run.json", "_MANIFEST.json"]


class HubError(CodemError):
    """The hub refused or could not be reached."""


def _api():
    from huggingface_hub import HfApi

    # HF_ENDPOINT read now, not when huggingface_hub was first imported (a long-lived worker, tests)
    return HfApi(endpoint=os.environ.get("HF_ENDPOINT") or None)


# ----------------------------------------------------------------------------- resolving a base model

COMMIT = re.compile(r"^[0-9a-f]{40}$")


class HubAccessError(HubError):
    """A base model the hub does not serve to this token (gated, private, missing, or no such revision)."""


@dataclass(frozen=True)
class HubRevision:
    hub_id: str
    requested: str | None  # what the preset or the user asked for (None: main)
    commit: str  # the commit it points at, loaded and recorded
    source: str  # hub | cache (offline)

    @property
    def pinned(self) -> bool:
        return bool(self.requested and COMMIT.match(self.requested))

    def to_dict(self) -> dict:
        return {**asdict(self), "pinned": self.pinned}


def hub_offline() -> bool:
    from ..config import get_settings

    return get_settings().offline or os.environ.get("HF_HUB_OFFLINE", "").strip().lower() in ("1", "true", "yes")


def _status(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    return getattr(response, "status_code", None)


def _access_message(hub_id: str, revision: str | None, exc: Exception, endpoint: str) -> str:
    """One line for a hub that will not serve ``hub_id``, naming what to do (HF_TOKEN, the revision, offline)."""
    from huggingface_hub.errors import GatedRepoError, RepositoryNotFoundError, RevisionNotFoundError

    status, token = _status(exc), bool(os.environ.get("HF_TOKEN"))
    if isinstance(exc, GatedRepoError):
        fix = (
            "HF_TOKEN is set but its account has not been granted access: accept the model's terms on its hub page"
            if token
            else "set HF_TOKEN to a token of an account that accepted the model's terms"
        )
        return f"base model {hub_id} is gated on {endpoint} (HTTP {status}): {fix}"
    if isinstance(exc, RevisionNotFoundError):
        return f"base model {hub_id} has no revision {revision!r} on {endpoint}: fix the revision in the preset"
    if isinstance(exc, RepositoryNotFoundError) or status in (401, 403):
        if status == 404:
            return f"base model {hub_id} does not exist on {endpoint} (HTTP 404): check the name"
        fix = "HF_TOKEN is set but not authorised for it" if token else "set HF_TOKEN if it is private or gated"
        return f"base model {hub_id}: {endpoint} refused it (HTTP {status}; missing, private or gated): {fix}"
    first = (str(exc).strip().splitlines() or [""])[0][:160]
    return (
        f"base model {hub_id}: cannot reach the hub at {endpoint} ({type(exc).__name__}: {first}); "
        "set CODEM_OFFLINE=1 to use the local hub cache only"
    )


def _from_cache(hub_id: str, revision: str | None) -> HubRevision:
    """Offline: the commit of the cached snapshot that ``revision`` (default main) names."""
    from huggingface_hub import try_to_load_from_cache

    from .models import ModelNotFoundError

    path = try_to_load_from_cache(hub_id, "config.json", revision=revision)
    if not isinstance(path, str):
        raise ModelNotFoundError(
            f"model {hub_id}{'@' + revision if revision else ''}: not in the local hub cache and the hub is off "
            "(CODEM_OFFLINE/HF_HUB_OFFLINE)"
        )
    return HubRevision(hub_id, revision, Path(path).parent.name, "cache")


def resolve_hub_model(hub_id: str, revision: str | None = None) -> HubRevision:
    """The commit ``revision`` of ``hub_id`` points at, after checking this token may read its files."""
    if hub_offline():
        return _from_cache(hub_id, revision)
    from huggingface_hub import hf_hub_download

    api = _api()
    try:
        info = api.model_info(hub_id, revision=revision)
        # model info is public even for a gated model: reading a file is what needs the grant
        hf_hub_download(hub_id, "config.json", revision=info.sha, endpoint=api.endpoint)
    except Exception as exc:  # noqa: BLE001 - every refusal becomes one line naming the fix
        raise HubAccessError(_access_message(hub_id, revision, exc, api.endpoint)) from None
    return HubRevision(hub_id, revision, str(info.sha), "hub")


# ----------------------------------------------------------------------------- publishing


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
