"""Data sets named by a Hugging Face hub id, with an offline mirror.

A spec is ``hub:<owner>/<name>`` (split ``train``), ``hub:<owner>/<name>:<split>`` or
``hub:<owner>/<name>/<file in the repo>`` (a data file: ``.json``, ``.jsonl``, ``.parquet``,
optionally ``:<split>`` after it), e.g. ``hub:sahil2801/CodeAlpaca-20k`` or
``hub:Daoguang/CodeM-Multilinugal-Data/python.json``.

Where the rows come from, in order:
1. a mirror, when the setting ``CODEM_HUB_MIRROR`` names a folder holding ``<owner>/<name>/``:
   a ``datasets`` ``save_to_disk`` folder (its split), or the repo's data files (the named
   file, else the only JSON/JSONL/Parquet file at its top). Air-gapped sites and tests use it;
   it is never consulted unless set;
2. the hub through ``datasets.load_dataset`` (cached by ``datasets``), unless ``CODEM_OFFLINE``;
3. otherwise a one-line ``DataError`` saying what was tried.

``load_hub_rows`` returns the rows and where they came from (for provenance).
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .config import get_settings
from .errors import DataError

PREFIX = "hub:"
DATA_SUFFIXES = (".json", ".jsonl", ".jsonl.gz", ".parquet")
_REPO_RE = re.compile(r"^[A-Za-z0-9][\w.-]*/[A-Za-z0-9][\w.-]*$")


@dataclass(frozen=True)
class HubSpec:
    repo: str  # owner/name
    path: str | None = None  # a data file inside the repo
    split: str = "train"

    def __str__(self) -> str:
        text = PREFIX + self.repo + (f"/{self.path}" if self.path else "")
        return text + (f":{self.split}" if self.split != "train" else "")


def is_hub_spec(text: Any) -> bool:
    return isinstance(text, str) and text.strip().startswith(PREFIX)


def parse_hub_spec(text: str) -> HubSpec:
    """``hub:owner/name[/file][:split]`` -> HubSpec; a malformed spec is a one-line DataError."""
    body = text.strip()[len(PREFIX) :] if is_hub_spec(text) else text.strip()
    body, _, split = body.partition(":")
    parts = [p for p in body.split("/") if p]
    repo = "/".join(parts[:2])
    if len(parts) < 2 or not _REPO_RE.match(repo) or (split and not re.fullmatch(r"[\w.-]+", split)):
        raise DataError(f"bad hub data set {text!r}: expected hub:<owner>/<name>[/<file>][:<split>]")
    path = "/".join(parts[2:]) or None
    if path and not path.endswith(DATA_SUFFIXES):
        raise DataError(f"bad hub data set {text!r}: a file inside the repo must end in {', '.join(DATA_SUFFIXES)}")
    return HubSpec(repo=repo, path=path, split=split or "train")


def _rows_from_file(path: Path) -> list[dict]:
    if path.name.endswith(".parquet"):
        import datasets

        return [dict(r) for r in datasets.Dataset.from_parquet(str(path))]
    from .records import read_records

    return read_records(path)


def _from_saved(folder: Path, spec: HubSpec) -> list[dict]:
    import datasets

    try:
        ds = datasets.load_from_disk(str(folder))
    except Exception as exc:  # a corrupt or foreign folder
        raise DataError(f"{folder}: cannot read the saved data set ({type(exc).__name__})") from None
    if isinstance(ds, datasets.DatasetDict):
        if spec.split not in ds:
            raise DataError(f"{folder}: no split {spec.split!r} (splits: {', '.join(ds)})")
        ds = ds[spec.split]
    return [dict(r) for r in ds]


def _from_mirror(mirror: Path, spec: HubSpec) -> tuple[list[dict], str] | None:
    """Rows from the mirror's copy of the repo, or None when the mirror has none."""
    folder = mirror / spec.repo
    if not folder.is_dir():
        return None
    if spec.path:
        file = folder / spec.path
        return (_rows_from_file(file), str(file)) if file.is_file() else None
    if any((folder / f).is_file() for f in ("dataset_info.json", "dataset_dict.json", "state.json")):
        return _from_saved(folder, spec), str(folder)
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name.endswith(DATA_SUFFIXES))
    if len(files) != 1:
        found = ", ".join(p.name for p in files) or "none"
        raise DataError(
            f"mirror {folder}: expected a save_to_disk folder or one data file (found: {found}); "
            "name the file: hub:<owner>/<name>/<file>"
        )
    return _rows_from_file(files[0]), str(files[0])


@contextlib.contextmanager
def _quiet_hub_logs():
    """huggingface_hub logs each retry of an unreachable hub as a warning line; the failure is reported
    once, as our one-line error, so those lines are held back while the data set loads."""
    loggers = [logging.getLogger(name) for name in ("huggingface_hub", "datasets")]
    levels = [lg.level for lg in loggers]
    for lg in loggers:
        lg.setLevel(logging.ERROR)
    try:
        yield
    finally:
        for lg, level in zip(loggers, levels):
            lg.setLevel(level)


def _from_hub(spec: HubSpec) -> tuple[list[dict], dict]:
    import datasets  # slow import; only on this path

    try:
        with _quiet_hub_logs():
            ds = _load_dataset(datasets, spec)
    except Exception as exc:  # network, auth, missing repo or split: one story for the user
        raise DataError(
            f"cannot load {spec} from the hub ({type(exc).__name__}: "
            f"{' '.join(str(exc).split())[:160]}); set CODEM_HUB_MIRROR or give a local file"
        ) from None
    return [dict(r) for r in ds], {"fingerprint": getattr(ds, "_fingerprint", None)}


def _load_dataset(datasets, spec: HubSpec):
    if spec.path:
        return datasets.load_dataset(spec.repo, data_files=spec.path, split=spec.split)
    return datasets.load_dataset(spec.repo, split=spec.split)


def load_hub_rows(spec: str | HubSpec) -> tuple[list[dict], dict]:
    """(rows, provenance) of a hub data set, from the mirror if set, else the hub (see the module doc)."""
    spec = spec if isinstance(spec, HubSpec) else parse_hub_spec(spec)
    settings = get_settings()
    prov: dict[str, Any] = {"hub": str(spec), "repo": spec.repo, "split": spec.split}
    if spec.path:
        prov["file"] = spec.path
    tried = []
    if settings.hub_mirror is not None:
        found = _from_mirror(Path(settings.hub_mirror), spec)
        if found is not None:
            rows, where = found
            return rows, {**prov, "from": "mirror", "mirror_path": where}
        tried.append(f"mirror {Path(settings.hub_mirror) / spec.repo}")
    if settings.offline:
        raise DataError(
            f"cannot load {spec}: not in {' or '.join(tried) or 'a mirror (CODEM_HUB_MIRROR unset)'} "
            "and the hub is off (CODEM_OFFLINE)"
        )
    rows, extra = _from_hub(spec)
    return rows, {**prov, "from": "hub", **{k: v for k, v in extra.items() if v}}
