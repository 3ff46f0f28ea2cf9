"""Up-front checks of what a user hands a command: output paths, URLs, numbers, text files.

Each stage calls these before any work, so a typo fails in one line (a ``CodemError``, which
the CLI prints without a traceback) instead of a traceback from deep inside a library, and a
long run cannot fail at its very end because its output lands on a file, a folder or its own
input.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

from .errors import ConfigError, DataError, OutputError
from .io import ensure_writable


def _nearest_existing(path: Path) -> Path:
    path = path.absolute()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def _check_anchor(path: Path, option: str) -> Path:
    """The nearest existing folder above ``path``; a file there means the folders cannot be made."""
    anchor = _nearest_existing(path.parent)
    if not anchor.is_dir():
        raise ConfigError(f"{option} {path}: {anchor} is a file, not a folder")
    return anchor


def _check_parent(path: Path, option: str) -> None:
    """The folder that will hold ``path`` exists or can be created, and can be written."""
    anchor = _check_anchor(path, option)
    # a real probe file, not os.access: that says yes for root on a read-only mount
    try:
        fd, probe = tempfile.mkstemp(prefix=".codem-write-probe.", dir=anchor)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"cannot write {path}: {exc.strerror or exc}") from None


def _same(a: Path, b: Path) -> bool:
    """One file under two names (links included), or one path not yet created."""
    try:
        if a.exists() and b.exists():
            return os.path.samefile(a, b)
        return a.absolute().resolve() == b.absolute().resolve()
    except OSError:
        return False


def check_output_file(
    path: str | os.PathLike, option: str = "--out", inputs: Iterable[tuple[str, str | os.PathLike | None]] = ()
) -> Path:
    """``path`` can be written as a file, and writing it would not replace one of ``inputs``.

    ``inputs`` are (option, path) pairs: the files this run reads.
    """
    path = Path(path)
    if path.is_dir():
        raise ConfigError(f"{option} {path} is a folder, not a file")
    _check_anchor(path, option)  # ensure_writable below makes the folders and probes them
    for in_option, in_path in inputs:
        if in_path is not None and _same(path, Path(in_path)):
            raise ConfigError(f"{option} {path} is the same file as {in_option} {in_path}; pick another path")
    return ensure_writable(path)


def check_output_folder(
    path: str | os.PathLike, option: str = "--out", inputs: Iterable[tuple[str, str | os.PathLike | None]] = ()
) -> Path:
    """``path`` can be created (or is already) a folder, and holds none of ``inputs``.

    Stages that fill a folder replace it whole, so an input inside it would be deleted.
    """
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ConfigError(f"{option} {path} is a file, not a folder")
    _check_parent(path, option)
    out = path.absolute().resolve()
    for in_option, in_path in inputs:
        if in_path is None:
            continue
        src = Path(in_path).absolute().resolve()
        if src == out or out in src.parents:
            relation = "is" if src == out else "holds"
            raise ConfigError(f"{option} {path} {relation} {in_option} {in_path}: writing it would destroy the input")
    return path


def check_http_url(url: str, option: str) -> str:
    """An http(s) URL with a host (and a numeric port, if any): fail now, not inside httpx."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number in range
    except ValueError as exc:
        raise ConfigError(f"{option} {url!r} is not a valid URL ({exc})") from None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ConfigError(f"{option} {url!r} is not a valid URL: expected http(s)://host[:port]/path")
    return url


def check_min(value: int | float | None, minimum: int | float, option: str) -> None:
    """``value`` (when given) is at least ``minimum``."""
    if value is not None and value < minimum:
        raise ConfigError(f"{option} must be at least {minimum}, got {value}")


def check_positive(value: int | float | None, option: str) -> None:
    """``value`` (when given) is above zero (timeouts, rates)."""
    if value is not None and not value > 0:
        raise ConfigError(f"{option} must be greater than 0, got {value}")


def read_text_file(path: str | os.PathLike, what: str = "file") -> str:
    """A UTF-8 text file (a leading BOM is dropped); a folder, a missing file or bad bytes fail in one line."""
    path = Path(path)
    if path.is_dir():
        raise DataError(f"{what} {path} is a folder, not a file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise DataError(f"cannot read {what} {path}: {exc.strerror or exc}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise DataError(f"{path}:{line}: not UTF-8 text (byte 0x{data[exc.start]:02x})") from None
