"""User-facing errors.

Every error a user can cause (bad input, missing toolchain, unreachable server, bad config)
is a ``CodemError``: the CLI prints its message as one line and exits non-zero, without a
traceback. Anything else is a bug and keeps its traceback.
"""


class CodemError(Exception):
    """An error whose message is meant for the user, on one line."""

    exit_code = 2


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
