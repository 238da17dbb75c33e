"""Session settings pinned on every connection that inspects a database (or runs a plan).

What the server renders (``pg_get_*def``, ``pg_get_expr``, ``format_type``, ``quote_ident``,
``format('%I')``, ``regclass``/``regtype`` output, constants in defaults, checks, policies,
partition bounds) depends on session settings that a database or a role can change
(``ALTER DATABASE … SET``, ``ALTER ROLE … [IN DATABASE …] SET``, applied when a connection
starts). Two databases holding the same schema must render it the same, so every inspecting
connection pins them, the same values on both sides, inside its own transaction
(``set_config(…, true)``: undone at its end, the connection is left as it was found):

- ``search_path``: ``''`` for our catalog and the dump (every name qualified), ``public``
  for migra (schemainspect) and the render queries, whose output is the SQL of the plan
  (``public`` is what the golden corpus and existing plans were rendered with: the server's
  default ``"$user", public`` without a schema named like the role);
- the rest (:data:`OUTPUT_SETTINGS`): how constants are written (``TimeZone``,
  ``DateStyle``, ``IntervalStyle``, ``extra_float_digits``, ``bytea_output``,
  ``lc_monetary``), how string literals are deparsed (``standard_conforming_strings``) and
  whether every identifier is quoted (``quote_all_identifiers``).

A plan's statements are parsed back by the target: apply (and the replay of plans) runs them
under the same :func:`plan_settings` (``search_path = public``, the output settings), set
local to its transaction, so an unqualified name or a string literal in a rendered
expression means on the target what it meant where it was rendered, whatever the target's
own defaults are.
"""

from __future__ import annotations

from typing import Any

import psycopg
from psycopg import sql

CATALOG_SEARCH_PATH = ""  # our catalog, fingerprints, dump: every rendered name qualified
RENDER_SEARCH_PATH = "public"  # migra and the render queries: the SQL of the plan

# how values and identifiers are written by the server, whatever the database/role defaults
OUTPUT_SETTINGS: tuple[tuple[str, str], ...] = (
    ("TimeZone", "UTC"),
    ("DateStyle", "ISO, YMD"),
    ("IntervalStyle", "postgres"),
    ("extra_float_digits", "1"),
    ("bytea_output", "hex"),
    ("lc_monetary", "C"),
    ("standard_conforming_strings", "on"),
    ("quote_all_identifiers", "off"),
)

_PIN_SQL = (
    "select pg_catalog.set_config(s.name, s.value, %(local)s)"
    " from unnest(%(names)s::text[], %(values)s::text[]) with ordinality as s(name, value, ord) order by s.ord"
)
_PIN_SQL_SQLALCHEMY = (
    "select pg_catalog.set_config(s.name, s.value, true)"
    " from unnest(cast(:names as text[]), cast(:values as text[])) with ordinality as s(name, value, ord)"
    " order by s.ord"
)


# how the inspection queries run: never JIT-compiled (a catalog query whose estimate is large,
# e.g. several outer joins, cost seconds of compilation on servers with jit on for
# milliseconds of execution)
QUERY_SETTINGS: tuple[tuple[str, str], ...] = (("jit", "off"),)


def settings_for(search_path: str) -> tuple[tuple[str, str], ...]:
    """Every pinned setting, with ``search_path`` first."""
    return (("search_path", search_path), *OUTPUT_SETTINGS, *QUERY_SETTINGS)


def catalog_settings() -> tuple[tuple[str, str], ...]:
    return settings_for(CATALOG_SEARCH_PATH)


def render_settings() -> tuple[tuple[str, str], ...]:
    return settings_for(RENDER_SEARCH_PATH)


# On a Citus coordinator, DDL of a transaction that also changed distributed tables must use one
# connection per node (a schema created after a table was distributed, such as the history's, is
# otherwise refused); elsewhere the name is an unused placeholder setting.
CITUS_SETTINGS: tuple[tuple[str, str], ...] = (("citus.multi_shard_modify_mode", "sequential"),)


def plan_settings() -> tuple[tuple[str, str], ...]:
    """What a plan's statements run under: the settings they were rendered with (and, on Citus,
    one connection per node for the whole transaction)."""
    return (*render_settings(), *CITUS_SETTINGS)


def pin(
    target: psycopg.Connection[Any] | psycopg.Cursor[Any], settings: tuple[tuple[str, str], ...], *, local: bool = True
) -> None:
    """Set ``settings`` in one round trip; ``local`` (the default) limits them to the
    current transaction (or savepoint), so they must be set inside it."""
    params = {"local": local, "names": [n for n, _ in settings], "values": [v for _, v in settings]}
    target.execute(_PIN_SQL, params, prepare=False)


def pin_sqlalchemy(session: Any, settings: tuple[tuple[str, str], ...]) -> None:
    """The same for a SQLAlchemy session (migra's inspector), local to its transaction,
    which must be the one the inspection then runs in."""
    from sqlalchemy import text

    session.execute(text(_PIN_SQL_SQLALCHEMY), {"names": [n for n, _ in settings], "values": [v for _, v in settings]})


def reset(conn: psycopg.Connection[Any], settings: tuple[tuple[str, str], ...]) -> None:
    """Undo a session-level :func:`pin` (back to the database/role defaults)."""
    for name, _ in settings:
        conn.execute(sql.SQL("reset {}").format(sql.Identifier(name)))
