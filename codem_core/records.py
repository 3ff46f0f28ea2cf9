"""Record files: a JSON list of objects or JSONL (optionally .gz), told apart by their first
character, with one-line errors naming the file (and line, for JSONL).

Seeds, bring-your-own corpora and mirrored hub data sets all come in either form (CodeAlpaca
ships a JSON list, codem writes JSONL).
"""

from __future__ import annotations

import gzip
from pathlib import Path

from .errors import DataError
from .io import parse_json, read_jsonl

SUFFIXES = (".json", ".jsonl", ".jsonl.gz", ".json.gz")


def _first_char(path: Path) -> str:
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            head = fh.read(4096)
    except (OSError, EOFError) as exc:
        raise DataError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    return head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1].decode("latin-1")


def read_records(path: str | Path) -> list[dict]:
    """Every object of a JSON-list or JSONL file, read under the text policy (docs/text.md: text UTF-8
    cannot hold, or nesting absurdly deep, is refused); anything else is a one-line DataError."""
    path = Path(path)
    if path.is_dir():
        raise DataError(f"{path} is a folder, not a JSON or JSONL file")
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    if _first_char(path) != "[":
        return read_jsonl(path)
    opener = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as fh:
            raw = fh.read()
    except (OSError, EOFError) as exc:
        raise DataError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataError(f"{path}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x})") from None
    data = parse_json(text, str(path))
    if not isinstance(data, list):
        raise DataError(f"{path}: expected a JSON list of objects, got {type(data).__name__}")
    bad = next((i for i, row in enumerate(data) if not isinstance(row, dict)), None)
    if bad is not None:
        raise DataError(f"{path}: item {bad} of the JSON list is a {type(data[bad]).__name__}, expected an object")
    return data
