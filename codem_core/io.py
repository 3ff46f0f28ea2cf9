"""File helpers: atomic writes, JSONL with line-numbered errors, content hashes, the text policy.

Everything codem writes goes through a temp name + rename in the same folder, so a crash or a
kill never leaves a half-written file behind, and a rerun can trust whatever file exists.

Text policy (docs/text.md): JSON can spell code points that UTF-8 cannot encode (a lone UTF-16
surrogate, ``"\\ud83d"``) and nest deeper than Python can recurse. ``parse_json`` and
``parse_jsonl_lines`` reject both where a file is read, naming ``file:line`` and the field, so
nothing downstream (hashing, the sandbox, the results writer) meets them; the writers
(``dumps``, ``write_json``, ``write_jsonl``) and hashes never crash on them either: they escape
a lone surrogate as ``\\uXXXX`` (lossless, valid JSON, valid UTF-8). Text that arrives over the
network is checked by its stage (``unencodable``, ``replace_unencodable``).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import json
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from glob import escape as glob_escape
from pathlib import Path
from typing import Any

from .errors import DataError, OutputError, one_line


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
        pid = tmp.name[len(prefix) :].split("-", 1)[0]
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


# -- text policy ------------------------------------------------------------------------------
MAX_JSON_DEPTH = 100  # rows are a few levels deep; far below the recursion limit json and hashing need
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPE_ON_WRITE = re.compile("[\ud800-\udfff\x85\u2028\u2029]")
_ESCAPES = {c: f"\\u{c:04x}" for c in (*range(0xD800, 0xE000), 0x85, 0x2028, 0x2029)}  # str.translate: C speed
# where a lone surrogate can come from: an escape such as \ud83d in UTF-8 bytes, or (text encoded
# with surrogatepass) the bytes ED A0-BF, which valid UTF-8 never holds
_SURROGATE_BYTES = re.compile(rb"\\u[dD][89a-fA-F][0-9a-fA-F]{2}|\xed[\xa0-\xbf]")


def unencodable(text: str) -> str | None:
    """Why ``text`` cannot be written as UTF-8 (its first lone surrogate), or None when it can."""
    m = _SURROGATE.search(text)
    if m is None:
        return None
    return f"a lone UTF-16 surrogate (\\u{ord(m.group()):04x} at character {m.start() + 1}), which UTF-8 cannot encode"


def replace_unencodable(value: Any) -> Any:
    """``value`` with every lone surrogate in its strings (keys too) replaced by U+FFFD."""
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {replace_unencodable(k): replace_unencodable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [replace_unencodable(v) for v in value]
    return value


def _field(path: tuple) -> str:
    parts = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in path).lstrip(".")
    return brief(parts, 80)


def json_problem(value: Any, max_depth: int = MAX_JSON_DEPTH) -> str | None:
    """Why a decoded JSON value cannot be kept (nested too deep, or a string UTF-8 cannot encode), or None.

    Walks iteratively, so a value of any depth is judged without recursion.
    """
    stack: list[tuple[Any, int, tuple]] = [(value, 1, ())]
    while stack:
        item, depth, path = stack.pop()
        if isinstance(item, str):
            why = unencodable(item)
            if why:
                return f"field {_field(path)!r} holds {why}" if path else f"text holds {why}"
        elif isinstance(item, (dict, list)):
            if depth > max_depth:
                return f"JSON nested deeper than {max_depth} levels"
            pairs = item.items() if isinstance(item, dict) else enumerate(item)
            for k, v in pairs:
                if isinstance(k, str) and unencodable(k):
                    return f"a key in {_field(path) or 'the row'!r} holds {unencodable(k)}"
                stack.append((v, depth + 1, (*path, k)))
    return None


def _needs_walk(raw: bytes) -> bool:
    """Whether a line could break the policy: cheap byte counts that clear almost every real row."""
    return raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH or _SURROGATE_BYTES.search(raw) is not None


def parse_json(text: str | bytes, where: str) -> Any:
    """``json.loads`` under the text policy: anything it cannot keep is a DataError starting with ``where``."""
    raw = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    return _loads(text, raw, where, one_line=False)


def _loads(text: str | bytes, raw: bytes, where: str, one_line: bool) -> Any:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        at = f"column {exc.colno}" if one_line else f"line {exc.lineno} column {exc.colno}"
        raise DataError(f"{where}: malformed JSON ({exc.msg} at {at})") from None
    except RecursionError:
        raise DataError(f"{where}: JSON nested deeper than {MAX_JSON_DEPTH} levels") from None
    except ValueError as exc:  # not UTF-8 bytes, or an integer longer than Python converts (4300 digits)
        raise DataError(f"{where}: malformed JSON ({brief(str(exc), 120)})") from None
    if _needs_walk(raw):
        why = json_problem(value)
        if why:
            raise DataError(f"{where}: {why}")
    return value


def brief(value: Any, limit: int = 60) -> str:
    """``value`` (a string as is, anything else as its repr) for a one-line message of about ``limit`` characters."""
    return one_line(value if isinstance(value, str) else repr(value), limit)


def dumps(obj: Any, **kwargs: Any) -> str:
    """``json.dumps`` (UTF-8 text, not ASCII escapes) whose result always encodes as UTF-8 and is one line.

    A lone surrogate can only sit inside a JSON string, so it is written as its ``\\uXXXX``
    escape: the file stays valid UTF-8 and valid JSON, and reading it back gives the same string.
    U+2028, U+2029 and U+0085 are escaped the same way, because ``str.splitlines`` (and so many
    a JSONL reader) breaks lines at them.
    """
    text = json.dumps(obj, ensure_ascii=False, **kwargs)
    if _ESCAPE_ON_WRITE.search(text) is None:
        return text
    return text.translate(_ESCAPES)


def write_json(path: str | os.PathLike, obj: Any) -> None:
    atomic_write_text(path, dumps(obj, indent=2, sort_keys=False, default=str) + "\n")


def write_jsonl(path: str | os.PathLike, rows: Iterable[dict]) -> int:
    n = 0
    with atomic_open(path, "w") as fh:
        for row in rows:
            fh.write(dumps(row) + "\n")
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
        with gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb") as fh:
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
        row = parse_jsonl_line(raw, f"{where}:{lineno}")
        if row is not None:
            rows.append((lineno, row))
    return rows


def parse_jsonl_line(raw: bytes, where: str) -> dict | None:
    """One JSONL line as a row (None when blank); DataError when it is not a JSON object codem can keep."""
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"{where}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})") from None
    if not line.strip():
        return None
    row = _loads(line, raw, where, one_line=True)
    if not isinstance(row, dict):
        raise DataError(f"{where}: expected a JSON object, got {type(row).__name__}")
    return row


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_text(text: str) -> str:
    # surrogatepass: a lone surrogate still hashes (to bytes no valid text has); valid text is unchanged
    return sha256_bytes(text.encode("utf-8", "surrogatepass"))


def sha256_file(path: str | os.PathLike, chunk: int = 1 << 20) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def stable_hash(obj: Any) -> str:
    """Hash of a JSON-serialisable object, independent of dict ordering (for cache keys)."""
    return sha256_text(json.dumps(obj, sort_keys=True, ensure_ascii=False, default=str))
