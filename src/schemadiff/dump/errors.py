"""The errors of ``schemadiff dump`` (both :class:`~schemadiff.errors.SchemadiffError`s:
the CLI prints the message and exits with code 1)."""

from __future__ import annotations

from schemadiff.errors import SchemadiffError


class DumpError(SchemadiffError):
    """The database holds something the dump cannot write, or cannot write in an order
    that loads; nothing was written."""


class DumpOutputError(SchemadiffError):
    """The output directory cannot be used (not empty without overwrite, not a directory)."""
