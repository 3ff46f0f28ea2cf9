"""Read an instruction corpus: a JSONL file, a folder of JSONL files, or a ``save_to_disk`` folder.

The evolution stage writes ``<language>.jsonl`` files (or one ``corpus.jsonl``); each row has
at least ``instruction`` and ``response`` (plus ``seed_id``, ``language``, ``evolution``,
``teacher``, ``template_hash``).  A wrong format fails with one line naming the file and row.
The corpus hash is over the (instruction, response) pairs in order, so it identifies the
training data whatever container it came in.
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
# Accepted aliases for the response field (CodeAlpaca uses "output").
_RESPONSE_ALIASES = ("response", "output")


@dataclass
class Corpus:
    path: str
    files: list[str]
    rows: list[dict]
    sha256: str
    languages: dict[str, int] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.rows)

    def summary(self) -> dict:
        return {"path": self.path, "files": self.files, "rows": len(self.rows), "sha256": self.sha256, "languages": self.languages}


def _normalise(row: dict, where: str) -> dict:
    instruction = row.get("instruction")
    response = next((row[k] for k in _RESPONSE_ALIASES if k in row), None)
    missing = [k for k, v in (("instruction", instruction), ("response", response)) if v is None]
    if missing:
        have = ", ".join(sorted(row)) or "nothing"
        raise DataError(f"{where}: not a codem corpus row: lacks {' and '.join(missing)} (has {have})")
    if not isinstance(instruction, str) or not isinstance(response, str):
        raise DataError(f"{where}: instruction and response must be strings")
    extra_input = row.get("input")
    if isinstance(extra_input, str) and extra_input.strip():
        instruction = f"{instruction.rstrip()}\n{extra_input.strip()}"
    out = dict(row)
    out["instruction"], out["response"] = instruction, response
    return out


def _jsonl_files(folder: Path) -> list[Path]:
    files = sorted(p for p in folder.iterdir() if p.is_file() and (p.name.endswith(".jsonl") or p.name.endswith(".jsonl.gz")))
    return [p for p in files if not p.name.startswith(".")]


def load_corpus(path: str | Path, languages: list[str] | None = None) -> Corpus:
    """Load and validate a corpus; ``languages`` keeps only rows (or files) of those languages."""
    path = Path(path)
    if not path.exists():
        raise DataError(f"corpus {path} does not exist")
    rows: list[dict] = []
    files: list[str] = []
    if path.is_file():
        if not (path.name.endswith(".jsonl") or path.name.endswith(".jsonl.gz")):
            raise DataError(f"corpus {path}: expected a .jsonl file, a folder of .jsonl files, or a datasets save_to_disk folder")
        files = [str(path)]
        rows = [_normalise(r, f"{path}:{i}") for i, r in enumerate(read_jsonl(path), 1)]
    elif (path / "dataset_info.json").is_file() or (path / "dataset_dict.json").is_file() or (path / "state.json").is_file():
        rows, files = _load_saved_dataset(path)
    else:
        jsonl = _jsonl_files(path)
        if not jsonl:
            raise DataError(f"corpus {path}: no .jsonl files and not a datasets save_to_disk folder")
        for f in jsonl:
            files.append(str(f))
            for i, r in enumerate(read_jsonl(f), 1):
                row = _normalise(r, f"{f}:{i}")
                if "language" not in row and f.name.split(".")[0] != "corpus":
                    row["language"] = f.name.split(".")[0]
                rows.append(row)
    if languages:
        rows = [r for r in rows if r.get("language") in languages]
    if not rows:
        raise DataError(f"corpus {path}: no rows" + (f" for {', '.join(languages)}" if languages else ""))
    h = hashlib.sha256()
    for r in rows:
        h.update(json.dumps([r["instruction"], r["response"]], ensure_ascii=False).encode("utf-8"))
        h.update(b"\n")
    langs = Counter(str(r.get("language", "unknown")) for r in rows)
    return Corpus(path=str(path), files=files, rows=rows, sha256=h.hexdigest(), languages=dict(sorted(langs.items())))


def _load_saved_dataset(path: Path) -> tuple[list[dict], list[str]]:
    import datasets  # slow import, only for this container

    try:
        ds = datasets.load_from_disk(str(path))
    except Exception as exc:  # corrupt or foreign folder
        raise DataError(f"corpus {path}: cannot read the saved dataset ({type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''})") from None
    if isinstance(ds, datasets.DatasetDict):
        split = "train" if "train" in ds else next(iter(ds))
        ds = ds[split]
    rows = [_normalise(dict(r), f"{path}[{i}]") for i, r in enumerate(ds)]
    return rows, [str(path)]
