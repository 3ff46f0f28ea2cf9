"""User-facing errors.

Every error a user can cause (bad input, missing toolchain, unreachable server, bad config)
is a ``CodemError``: the CLI prints its message as one line and exits non-zero, without a
traceback. Anything else is a bug and keeps its traceback.

A message may quote what the user handed in (a task id, a key, a model name), which can hold
line breaks, control characters, lone surrogates or megabytes: ``str()`` of a ``CodemError``
is therefore always one printable, UTF-8-encodable line of bounded length.
"""

import re

MAX_MESSAGE = 2000
# what str.splitlines() breaks on, other control characters, and lone surrogates (not UTF-8)
_UNPRINTABLE = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")


def one_line(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` as one printable line: breaks and control characters escaped, cut to ``limit`` characters."""
    text = _UNPRINTABLE.sub(lambda m: ascii(m.group())[1:-1], text)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class CodemError(Exception):
    """An error whose message is meant for the user, on one line."""

    exit_code = 2

    def __str__(self) -> str:
        return one_line(super().__str__())


class ConfigError(CodemError):
    """A setting, preset or option that cannot work."""


class DataError(CodemError):
    """Input data that is missing or malformed (JSONL lines, benchmark files, seeds)."""


class UnknownLanguageError(CodemError):
    """A language name that codem does not know."""


class ToolchainMissingError(CodemError):
    """A compiler or runtime needed to execute a language is not installed."""


class SandboxUnavailableError(CodemError):
    """The requested sandbox backend cannot run on this machine."""


class OutputError(CodemError):
    """A result or report that cannot be written where the user asked (read-only, full, not a folder)."""
