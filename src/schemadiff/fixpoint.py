"""Make the desired schema a fixpoint of its own deparsed text (issue 16, item 6).

The server stores a CHECK, a default, an index predicate, a policy, a view, a trigger's
WHEN … as a parse tree, and prints it back (``pg_get_constraintdef``, ``pg_get_expr``,
``pg_get_viewdef``, …) as text that does not always parse into the same tree: ``x in
('a', 'b')`` on a ``varchar`` column is stored as ``= ANY ((ARRAY['a'::character varying,
…])::text[])``, and that text, run again, is stored as ``= ANY (ARRAY[('a'::character
varying)::text, …])``. A plan writes the printed text, so a target can never reach the
catalog of a shadow database loaded from the original SQL, and apply's gate refuses.

:func:`make_fixpoint` therefore re-creates, in the shadow database, every object whose
definition holds such an expression from its own printed text (``queries/fixpoint.sql``:
CHECK and expression/predicate exclusion constraints, domain constraints and defaults,
column defaults, generation expressions (PostgreSQL 17+, ``SET EXPRESSION``), expression and
partial indexes (a partitioned index with its whole tree), policies, views, triggers with a
WHEN, rules, functions with a SQL-standard body or argument defaults), reads the texts again, and
repeats for those that changed until none does (two rounds in practice). A column default, a
CHECK constraint or a policy is not re-created when a probe shows its text is a fixpoint
already (:mod:`schemadiff.fixpoint_probe`: each distinct case parsed once). Names, comments,
NOT VALID, enabled states and clustering are kept. The shadow's catalog is then exactly
what the plan's own statements produce, and the plan's *to* fingerprint is reachable.

Everything runs in one transaction with ``search_path = ''`` (every printed name
qualified). A re-creation the server refuses (e.g. a CHECK that a child table also declares
locally, merged with its parent's) is left as loaded and reported in ``skipped``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Collection
from dataclasses import dataclass

import psycopg

from schemadiff import session
from schemadiff.catalog import SchemaFilter
from schemadiff.errors import DiffError
from schemadiff.fixpoint_probe import settled_keys
from schemadiff.query_files import query
from schemadiff.quoting import sql_code
from schemadiff.servers import connect, runs_citus, server_version_num
from schemadiff.sqltext import statement_spans
from schemadiff.urls import DatabaseUrl

MAX_ROUNDS = 5
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Rewrite:
    """An object whose printed definition changed once re-created from it."""

    key: str  # "<kind>:<identity>", e.g. "constraint:public.t.t_x_check"
    before: str  # as loaded
    after: str  # the fixpoint


@dataclass(frozen=True)
class FixpointResult:
    rewritten: tuple[Rewrite, ...]
    skipped: tuple[str, ...]  # keys whose re-creation the server refused: left as loaded
    candidates: int  # objects with a deparsed expression
    rounds: int
    probed: int = 0  # defaults, checks, policies found to be a fixpoint already (fixpoint_probe.py): not re-created
    recreated: tuple[str, ...] = ()  # the keys whose statements were run (sorted), refused ones too


# key -> (definition, statement)
_Rows = dict[str, tuple[str, str]]


def make_fixpoint(url: DatabaseUrl, schemas: SchemaFilter) -> FixpointResult:
    """Re-create the objects of the managed schemas of ``url`` from their printed text until
    the text is stable; see the module docstring."""
    with connect(url) as conn:
        return fixpoint_connection(conn, schemas)


def fixpoint_connection(
    conn: psycopg.Connection,
    schemas: SchemaFilter,
    *,
    before_changes: Callable[[psycopg.Connection], object] | None = None,
) -> FixpointResult:
    """:func:`make_fixpoint` on ``conn`` (idle). ``before_changes``: called with ``conn`` once
    everything is read and before the first object is re-created, in the fixpoint's transaction
    (its catalog settings pinned); it has changed nothing until the call returns
    (:mod:`schemadiff.fixpoint_read` reads the catalog meanwhile, part of it in that call)."""
    params: dict[str, object] = {**schemas.query_params(), "generated": server_version_num(conn) >= 170000}
    text = query("fixpoint")
    skipped: list[str] = []
    with conn.transaction():
        settings = (*session.catalog_settings(), ("check_function_bodies", "off"), *session.CITUS_SETTINGS)
        session.pin(conn, settings)
        one_by_one = runs_citus(conn)
        # (Citus: nothing probed, every object re-created as before; probes were not tried under its hooks)
        settled = frozenset() if one_by_one else settled_keys(conn, schemas.query_params())
        first = _read(conn, text, {**params, "settled": sorted(settled)})  # (neither read nor re-created)
        if before_changes is not None:
            before_changes(conn)
        previous, pending, rounds = first, dict(first), 0
        recreated: set[str] = set()
        while pending:
            if rounds == MAX_ROUNDS:
                raise DiffError(
                    "these definitions of schema/ change every time they are re-created from their own "
                    f"text, so no plan can reach them: {', '.join(sorted(pending))}"
                )
            rounds += 1
            recreated.update(pending)
            skipped.extend(_run(conn, pending, one_by_one=one_by_one))
            now = _read(conn, text, params, keys=pending.keys())  # (keys are stable, the others untouched)
            pending = {k: row for k, row in now.items() if k not in skipped and previous[k][0] != row[0]}
            previous = {**previous, **now}
    rewritten = tuple(
        Rewrite(k, first[k][0], previous[k][0])
        for k in sorted(first)
        if k in previous and previous[k][0] != first[k][0]
    )
    if skipped:
        _log.warning(
            "left as written in schema/ (the server refused to re-create them from their printed text, "
            "so a plan creating them may not reach its fingerprint): %s",
            ", ".join(skipped),
        )
    return FixpointResult(
        rewritten, tuple(skipped), len(first) + len(settled), rounds, len(settled), tuple(sorted(recreated))
    )


def _read(
    conn: psycopg.Connection,
    query: str,
    params: dict[str, object],
    *,
    keys: Collection[str] | None = None,
) -> _Rows:
    """The rows of ``queries/fixpoint.sql``, but those of ``params["settled"]`` (none when
    absent); ``keys``: only theirs (the server filters each branch before it prints anything:
    at 3,000 tables 0.05 s for the 300 views instead of 0.17 s for all)."""
    params = {"settled": [], **params}
    if keys is not None:
        query = f"select * from ({query}) as fixpoint where fixpoint.key = any(%(keys)s::text[])"
        params = {**params, "keys": sorted(keys)}
    return {
        key: (definition, statement)
        for key, definition, statement in conn.execute(sql_code(query), params, prepare=False).fetchall()
    }


def _run(conn: psycopg.Connection, rows: _Rows, *, one_by_one: bool = False) -> list[str]:
    """Run the statements of ``rows``: all at once, else one by one; the keys refused.
    ``one_by_one`` (Citus): each statement of a row sent alone (see ``servers.runs_citus``)."""
    keys = sorted(rows)
    if not one_by_one:
        try:
            with conn.transaction():
                conn.execute(sql_code(";\n".join(rows[k][1] for k in keys)))
            return []
        except psycopg.Error:
            pass
    refused = []
    for key in keys:
        text = rows[key][1]
        statements = [text[s.start : s.end] for s in statement_spans(text)] if one_by_one else [text]
        try:
            with conn.transaction():
                for statement in statements:
                    conn.execute(sql_code(statement))
        except psycopg.Error as exc:
            _log.debug("re-creating %s: %s", key, exc)
            refused.append(key)
    return refused
