"""One exception hierarchy. Each error carries a user-facing message and an exit code.

The CLI prints ``str(error)`` and exits with ``error.exit_code``; nothing else about an
error reaches the user, so messages must be complete and must never contain credentials.
"""

from __future__ import annotations


class SchemadiffError(Exception):
    """Base class: a problem the user can act on."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ConfigError(SchemadiffError):
    """schemadiff.yaml, a flag or an environment variable is wrong."""


class UrlError(ConfigError):
    """A database URL cannot be used (shown redacted)."""


class ConnectError(SchemadiffError):
    """A database could not be reached or refused the login."""


class ServerError(SchemadiffError):
    """The embedded cluster could not be started, stopped or inspected."""


class SchemaSourceError(SchemadiffError):
    """A file of schema/ (or the prelude) failed to load; names file, line and column."""

    def __init__(
        self,
        message: str,
        *,
        path: str,
        line: int | None = None,
        column: int | None = None,
        statement: str | None = None,
    ) -> None:
        super().__init__(message)
        self.path = path
        self.line = line
        self.column = column
        self.statement = statement


class AccessError(SchemadiffError):
    """The connecting role cannot read something schemadiff must read; names the grant."""


class DiffError(SchemadiffError):
    """The diff engine met something it cannot plan."""


class PlanFileError(SchemadiffError):
    """A plan file cannot be read, or its contents do not match its header."""


class ApplyRefused(SchemadiffError):
    """apply will not start: the plan does not fit the target (drift, unapproved drops, ...).
    Nothing was changed."""


class ApplyFailed(SchemadiffError):
    """A statement or the final verification failed; the transaction was rolled back."""


class LockTimeout(ApplyFailed):
    """A lock could not be had within lock_timeout after every retry; nothing was changed."""


class DataError(SchemadiffError):
    """Managed reference rows (data.tables, schema/data/*.yaml) cannot be read or compared."""


class PlansPending(SchemadiffError):
    """The target has not had every plan of generated/: a new plan would duplicate them."""


class ApplyInterrupted(SchemadiffError):
    """Ctrl-C during apply; the message says which plans landed before it."""

    exit_code = 130
