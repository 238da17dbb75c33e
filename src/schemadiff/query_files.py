"""The SQL of ``schemadiff/queries/<name>.sql``, with the managed-schemas filter in place.

Every query that reads objects of the managed schemas opens with a ``with ns as (…)`` whose
body is the marker :data:`MARKER`; the one definition of that filter,
``queries/managed_schemas.sql``, replaces it here, so no query carries a copy of its own.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

MARKER = "/* managed schemas: queries/managed_schemas.sql (query_files.py puts it here) */"


@cache
def query(name: str) -> str:
    """The query ``queries/<name>.sql``, the managed-schemas filter put where it is marked."""
    text = _read(name)
    if MARKER in text:
        text = text.replace(MARKER, _filter())
    return text


@cache
def _filter() -> str:
    lines = _read("managed_schemas").splitlines()
    return "\n".join(line for line in lines if not line.startswith("--"))


def _read(name: str) -> str:
    return resources.files("schemadiff").joinpath("queries", f"{name}.sql").read_text(encoding="utf-8")
