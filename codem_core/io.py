"""File helpers: atomic writes, JSONL with line-numbered errors, content hashes.

Everything codem writes goes through a temp name + rename in the same folder, so a crash or a
kill never leaves a half-written file behind, and a rerun can trust whatever file exists.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import shutil
import tempfile
from glob import escape as glob_escape
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .errors import DataError, OutputError


@contextlib.contextmanager
def atomic_open(path: str | os.PathLike, mode: str = "w", encoding: str | None = "utf-8") -> Iterator[Any]:
    """Open a temp file beside ``path``; on success fsync and rename it over ``path``."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    binary = "b" in mode
    # the pid in the name lets a later run tell a dead writer's leftover (remove_stale_temps)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}-", suffix=".tmp", dir=path.parent)
    os.fchmod(fd, 0o644)  # mkstemp makes 0600; results and reports are meant to be shared
    try:
        with os.fdopen(fd, mode, encoding=None if binary else encoding) as fh:
            yield fh
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise


@contextlib.contextmanager
def staged_folder(folder: str | os.PathLike) -> Iterator[Path]:
    """Fill a temp folder beside ``folder``; on success it replaces ``folder`` in one rename.

    A crash or an exception leaves the old folder (or none) and no half-written one.
    """
    folder = Path(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{folder.name}.", dir=folder.parent))
    try:
        yield tmp
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(tmp, folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def pid_alive(pid: int) -> bool:
    """Whether a process with this pid exists (on this machine's pid namespace)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's live process
        return True
    return True


def remove_stale_temps(path: str | os.PathLike) -> list[Path]:
    """Remove temp files that ``atomic_open`` left beside ``path`` when its process was killed.

    Only temps whose writer process is gone are removed, so a concurrent writer is never
    disturbed. Returns what was removed.
    """
    path = Path(path)
    removed = []
    prefix = f".{path.name}."
    if not path.parent.is_dir():
        return removed
    for tmp in path.parent.glob(f".{glob_escape(path.name)}.*-*.tmp"):
        pid = tmp.name[len(prefix):].split("-", 1)[0]
        if pid.isdigit() and not pid_alive(int(pid)):
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
                removed.append(tmp)
    return removed


def ensure_writable(path: str | os.PathLike) -> Path:
    """Fail now, with one line, if ``path`` cannot be written later (checked before long work).

    Creates the parent folders and writes (then removes) a probe file beside ``path``: that
    answers for permissions, read-only mounts, ACLs and root alike, which ``os.access`` does not.
    """
    path = Path(path)
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".probe", dir=path.parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def atomic_write_text(path: str | os.PathLike, text: str) -> None:
    with atomic_open(path, "w") as fh:
        fh.write(text)


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> None:
    with atomic_open(path, "wb") as fh:
        fh.write(data)


def write_json(path: str | os.PathLike, obj: Any) -> None:
    atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=False, ensure_ascii=False, default=str) + "\n")


def write_jsonl(path: str | os.PathLike, rows: Iterable[dict]) -> int:
    n = 0
    with atomic_open(path, "w") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    return n


def read_jsonl(path: str | os.PathLike) -> list[dict]:
    """Read a JSONL (optionally .gz) file; a malformed line raises DataError naming its number."""
    return [row for _, row in read_jsonl_numbered(path)]


def read_jsonl_numbered(path: str | os.PathLike) -> list[tuple[int, dict]]:
    """(line number, row) of each non-blank line, so later checks of a row can name its line too.

    Lines are decoded one by one (not in the text layer's chunks) so that bytes which are not
    UTF-8 are reported at their own line; a leading BOM and CRLF endings are accepted.
    """
    path = Path(path)
    if path.is_dir():
        raise DataError(f"{path} is a folder, not a JSONL file")
    if not path.is_file():
        raise DataError(f"{path}: no such file")
    try:
        with (gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")) as fh:
            return parse_jsonl_lines(fh, str(path))
    except (OSError, EOFError) as exc:  # unreadable, or a truncated/corrupt .gz
        raise DataError(f"cannot read {path}: {getattr(exc, 'strerror', None) or exc}") from None


def parse_jsonl_lines(lines: Iterable[bytes], where: str) -> list[tuple[int, dict]]:
    """(line number, row) of each non-blank JSONL line; any bad line raises DataError naming ``where:line``.

    Shared by local files and object-store artifacts, so both accept a leading BOM and CRLF
    endings and report bytes that are not UTF-8 at their own line.
    """
    rows: list[tuple[int, dict]] = []
    for lineno, raw in enumerate(lines, 1):
        if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise DataError(f"{where}:{lineno}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from None
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            raise DataError(f"{where}:{lineno}: malformed JSON ({exc.msg} at column {exc.colno})") from None
        if not isinstance(row, dict):
            raise DataError(f"{where}:{lineno}: expected a JSON object, got {type(row).__name__}")
        rows.append((lineno, row))
    return rows


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    return sha256_bytes(text.encode("utf-8"))


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def stable_hash(obj: Any) -> str:
    """Hash of a JSON-serialisable object, independent of dict ordering (for cache keys)."""
    return sha256_text(json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str))
