"""Read an instruction corpus: codem's own, or one brought from outside (bring-your-own).

A corpus source is one of:
- a ``.jsonl`` / ``.jsonl.gz`` file, or a ``.json`` file holding a JSON list (or JSONL);
- a folder of ``<language>.jsonl`` files (what ``codem evolve`` writes), or a ``datasets``
  ``save_to_disk`` folder;
- ``hub:<owner>/<name>[/<file>][:<split>]``: a Hugging Face data set (``codem_core/hub.py``:
  the hub, or the ``CODEM_HUB_MIRROR`` copy), e.g. the CodeM data the authors released,
  ``hub:Daoguang/CodeM-Multilinugal-Data/python.json``.

Each row needs ``instruction`` and ``response`` (CodeAlpaca/Alpaca style ``output`` is accepted
for ``response``; a non-empty ``input`` is appended to the instruction, as the paper's Figure 2
prompt has no separate input slot when training). A missing field, a blank instruction or
response, or an empty corpus fails with one line naming the file (or data set) and row. The
corpus hash is over the (instruction, response) pairs in order, so it identifies the training
data whatever container it came in; ``Corpus.summary()`` (hash, rows, source) goes into the
model's provenance.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import DataError
from ..io import read_jsonl

REQUIRED = ("instruction", "response")
RECORD_SUFFIXES = (".jsonl", ".jsonl.gz", ".json", ".json.gz")
# Accepted aliases for the response field (CodeAlpaca uses "output").
_RESPONSE_ALIASES = ("response", "output")


@dataclass
class Corpus:
    path: str
    files: list[str]
    rows: list[dict]
    sha256: str
    languages: dict[str, int] = field(default_factory=dict)
    source: dict = field(default_factory=dict)  # kind: file | folder | saved_dataset | hub (+ where hub rows came from)

    def __len__(self) -> int:
        return len(self.rows)

    def summary(self) -> dict:
        return {
            "path": self.path,
            "files": self.files,
            "rows": len(self.rows),
            "sha256": self.sha256,
            "languages": self.languages,
            "source": self.source,
        }


def _normalise(row: dict, where: str) -> dict:
    instruction = row.get("instruction")
    response = next((row[k] for k in _RESPONSE_ALIASES if k in row), None)
    missing = [k for k, v in (("instruction", instruction), ("response", response)) if v is None]
    if missing:
        have = ", ".join(sorted(row)) or "nothing"
        raise DataError(f"{where}: not a codem corpus row: lacks {' and '.join(missing)} (has {have})")
    if not isinstance(instruction, str) or not isinstance(response, str):
        raise DataError(f"{where}: instruction and response must be strings")
    blank = [k for k, v in (("instruction", instruction), ("response", response)) if not v.strip()]
    if blank:
        raise DataError(f"{where}: empty {' and '.join(blank)}")
    extra_input = row.get("input")
    if isinstance(extra_input, str) and extra_input.strip():
        instruction = f"{instruction.rstrip()}\n{extra_input.strip()}"
    # the input now lives in the instruction and "output" is "response": drop both, so a normalised row
    # written out and read again (the pipeline's imported corpora) is the same row with the same hash
    out = {k: v for k, v in row.items() if k not in ("input", "output")}
    out["instruction"], out["response"] = instruction, response
    return out


def _jsonl_files(folder: Path) -> list[Path]:
    files = sorted(
        p for p in folder.iterdir() if p.is_file() and (p.name.endswith(".jsonl") or p.name.endswith(".jsonl.gz"))
    )
    return [p for p in files if not p.name.startswith(".")]


def corpus_hash(rows: list[dict]) -> str:
    """sha256 over the (instruction, response) pairs in order."""
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps([r["instruction"], r["response"]], ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def _load_hub(spec: str) -> tuple[list[dict], list[str], dict]:
    from ..hub import load_hub_rows, parse_hub_spec

    hub = parse_hub_spec(spec)
    raw, prov = load_hub_rows(hub)
    rows = [_normalise(r, f"{hub}[{i}]") for i, r in enumerate(raw)]
    return rows, [str(hub)], {"kind": "hub", **prov}


def _load_path(path: Path) -> tuple[list[dict], list[str], dict]:
    if not path.exists():
        raise DataError(f"corpus {path} does not exist")
    if path.is_file():
        if not path.name.endswith(RECORD_SUFFIXES):
            raise DataError(
                f"corpus {path}: expected a .jsonl file (or a .json list), a folder of .jsonl files, a datasets "
                "save_to_disk folder, or hub:<owner>/<name>"
            )
        from ..records import read_records

        rows = [_normalise(r, f"{path}:{i}") for i, r in enumerate(read_records(path), 1)]
        return rows, [str(path)], {"kind": "file"}
    if any((path / name).is_file() for name in ("dataset_info.json", "dataset_dict.json", "state.json")):
        rows, files = _load_saved_dataset(path)
        return rows, files, {"kind": "saved_dataset"}
    jsonl = _jsonl_files(path)
    if not jsonl:
        raise DataError(f"corpus {path}: no .jsonl files and not a datasets save_to_disk folder")
    rows, files = [], []
    for f in jsonl:
        files.append(str(f))
        for i, r in enumerate(read_jsonl(f), 1):
            row = _normalise(r, f"{f}:{i}")
            if "language" not in row and f.name.split(".")[0] != "corpus":
                row["language"] = f.name.split(".")[0]
            rows.append(row)
    return rows, files, {"kind": "folder"}


def load_corpus(source: str | Path, languages: list[str] | None = None) -> Corpus:
    """Load and validate a corpus (see the module doc); ``languages`` keeps only rows (or files) of those languages."""
    from ..hub import is_hub_spec

    spec = str(source)
    rows, files, origin = _load_hub(spec) if is_hub_spec(spec) else _load_path(Path(spec))
    if languages:
        rows = [r for r in rows if r.get("language") in languages]
    if not rows:
        raise DataError(f"corpus {spec}: no rows" + (f" for {', '.join(languages)}" if languages else ""))
    langs = Counter(str(r.get("language", "unknown")) for r in rows)
    return Corpus(
        path=spec,
        files=files,
        rows=rows,
        sha256=corpus_hash(rows),
        languages=dict(sorted(langs.items())),
        source=origin,
    )


def _load_saved_dataset(path: Path) -> tuple[list[dict], list[str]]:
    import datasets  # slow import, only for this container

    try:
        ds = datasets.load_from_disk(str(path))
    except Exception as exc:  # corrupt or foreign folder
        raise DataError(
            f"corpus {path}: cannot read the saved dataset "
            f"({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})"
        ) from None
    if isinstance(ds, datasets.DatasetDict):
        split = "train" if "train" in ds else next(iter(ds))
        ds = ds[split]
    rows = [_normalise(dict(r), f"{path}[{i}]") for i, r in enumerate(ds)]
    return rows, [str(path)]
