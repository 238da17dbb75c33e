"""The one JSON document that a command run with ``--format json`` prints on stdout.

Every document, on success and on failure alike, is an object with ``version`` (this shape's
version), ``command`` (``plan``, ``apply``, ``drift`` or ``check``), the command's fields,
``warnings`` and ``error``: null on success, else ``{kind, message, exit_code}`` (see
:func:`error_object`). On failure the document carries the fields the command already knew
(e.g. apply's events up to the failure). ``docs/json-output.md`` describes the fields and
``docs/schemas/<command>.schema.json`` holds their JSON Schemas.

The renderers build the success documents with :func:`document`; the CLI's ``main()`` builds
the failure documents with :func:`failure_document`, in one place, for the command recorded in
a :class:`JsonRequest` (the ``--format`` option records it while the command line is parsed).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import click

from schemadiff.errors import (
    AccessError,
    ApplyFailed,
    ApplyInterrupted,
    ApplyRefused,
    ConfigError,
    ConnectError,
    DataError,
    DiffError,
    LockTimeout,
    PlanFileError,
    PlansPending,
    SchemadiffError,
    SchemaSourceError,
    ServerError,
    UrlError,
)
from schemadiff.urls import redact

JSON_VERSION = 1

# exception class -> stable error kind; a subclass not listed takes its nearest listed base's kind
_KINDS: dict[type[BaseException], str] = {
    SchemadiffError: "error",
    ConfigError: "config",
    UrlError: "url",
    ConnectError: "connect",
    ServerError: "server",
    SchemaSourceError: "schema_source",
    DiffError: "diff",
    PlanFileError: "plan_file",
    ApplyRefused: "apply_refused",
    ApplyFailed: "apply_failed",
    LockTimeout: "lock_timeout",
    DataError: "data",
    AccessError: "access",
    PlansPending: "plans_pending",
    ApplyInterrupted: "interrupted",
    KeyboardInterrupt: "interrupted",
    click.UsageError: "usage",
    click.ClickException: "usage",
}
ERROR_KINDS = frozenset(_KINDS.values()) | {"aborted", "internal"}  # every kind error_kind() returns


def error_kind(exc: BaseException) -> str:
    """The stable code of an error: its class's, or its nearest listed base's; ``aborted``
    for a declined prompt, ``internal`` for anything else (a bug)."""
    if isinstance(exc, click.exceptions.Abort):
        return "interrupted" if isinstance(exc.__cause__, KeyboardInterrupt) else "aborted"
    for cls in type(exc).__mro__:
        if cls in _KINDS:
            return _KINDS[cls]
    return "internal"


def error_message(exc: BaseException) -> str:
    """What the user is told, without any password (the CLI prints the same on stderr)."""
    if isinstance(exc, SchemadiffError):
        return redact(str(exc))
    if isinstance(exc, click.ClickException):
        return redact(exc.format_message())
    if isinstance(exc, click.exceptions.Abort):
        return "interrupted" if isinstance(exc.__cause__, KeyboardInterrupt) else "aborted"
    if isinstance(exc, KeyboardInterrupt):
        return "interrupted"
    return f"{type(exc).__name__}: {redact(str(exc))}"


def error_object(exc: BaseException, exit_code: int) -> dict[str, Any]:
    """``{kind, message, exit_code}``, and for a file of schema/ that failed to load its
    ``file``, ``line`` and ``column``."""
    error: dict[str, Any] = {"kind": error_kind(exc), "message": error_message(exc), "exit_code": exit_code}
    if isinstance(exc, SchemaSourceError):
        error["location"] = {"file": exc.path, "line": exc.line, "column": exc.column}
    return error


@dataclass
class JsonRequest:
    """The command run with ``--format json`` (None: no JSON was asked for), and what it
    knew so far, for the document printed if it fails."""

    command: str | None = None
    known: Callable[[], Mapping[str, Any]] = field(default=lambda: {})


def document(command: str, fields: Mapping[str, Any], *, error: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """The versioned document: ``version`` and ``command`` first, then the command's fields,
    then ``warnings`` (from ``fields``, else none) and ``error``."""
    body = {k: v for k, v in fields.items() if k not in ("version", "command", "warnings", "error")}
    return {
        "version": JSON_VERSION,
        "command": command,
        **body,
        "warnings": list(fields.get("warnings", ())),
        "error": None if error is None else dict(error),
    }


def failure_document(request: JsonRequest, exc: BaseException, exit_code: int) -> dict[str, Any]:
    """The document of a command that failed: what it knew, and the error."""
    assert request.command is not None
    return document(request.command, request.known(), error=error_object(exc, exit_code))


def dumps(doc: Mapping[str, Any]) -> str:
    return json.dumps(doc, indent=2)
