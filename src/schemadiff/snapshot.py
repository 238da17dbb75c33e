"""Inspect one database: everything the diff needs, read once, then the connection is done.

A :class:`Snapshot` holds our own :class:`~schemadiff.catalog.Catalog` and, once read, its
:class:`SnapshotDetails`: migra's inspector (schemainspect, filtered to the managed schemas)
and the rows our own diff families render from. The catalog alone decides whether two
databases are equal (the fingerprints, apply's gate and verification); the details are read
only when they differ (``take_snapshot(..., details=False)``, then :func:`with_details`), so
that a plan, a drift check or a diff with nothing to do never loads schemainspect. Data flows
one way: nothing downstream goes back to the database.

Both connections (psycopg for our catalog and render queries, SQLAlchemy for migra) pin
the session settings of :mod:`schemadiff.session` for their reads, so a database's or a
role's own ``search_path``, ``DateStyle``, ``quote_all_identifiers``, ... change nothing.
"""

from __future__ import annotations

import importlib
import pickle
import threading
import warnings
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import ExitStack
from dataclasses import dataclass, field, replace
from typing import Any

import psycopg
from psycopg.rows import dict_row

from schemadiff.catalog import Catalog, SchemaFilter, inspect_catalog
from schemadiff.query_files import query
from schemadiff.quoting import sql_code
from schemadiff.rows import TableFacts, read_table_facts
from schemadiff.servers import connect, server_version_num
from schemadiff.session import CATALOG_SEARCH_PATH, RENDER_SEARCH_PATH, pin, render_settings
from schemadiff.urls import DatabaseUrl
from schemadiff.user_mappings import mapping_source, with_source

# (kind, GRANT target e.g. "function public.f(integer)", column or None, grantee, privilege, grantable)
PrivilegeKey = tuple[str, str, "str | None", str, str, bool]

# schemainspect (and SQLAlchemy under it) is imported when details are first read, under this
# lock: snapshots are taken on several threads at once, and two threads importing SQLAlchemy
# for the first time can see its half-initialised modules
_MIGRA_IMPORT = threading.Lock()


class DetailsNotRead(RuntimeError):
    """A family asked a snapshot for details that were not read (a programming error:
    callers read them with :func:`with_details` when the catalogs differ)."""


@dataclass(frozen=True)
class SnapshotDetails:
    """What the diff families render from, beyond the catalog."""

    # schemainspect.pg.PostgreSQL, filtered to the managed schemas; None: read without it, for
    # sides that differ only in kinds whose families never use it (diff.LIGHT_KINDS)
    inspector: Any
    rls: dict[str, dict[str, Any]]  # identity -> render_rls row
    comments: dict[tuple[str, str], str | None]  # (object_type, quoted identity) -> comment
    privileges: frozenset[PrivilegeKey]  # grants on the kinds migra does not cover
    privileged_objects: frozenset[tuple[str, str]]  # (kind, target) of every such object
    # rows of the other queries/render_<name>.sql (see RENDER_ROWS), for the diff families
    rows: dict[str, tuple[dict[str, Any], ...]] = field(default_factory=dict)
    # the managed reference tables (data.tables) that exist here: columns, types, FK parents
    data_tables: tuple[TableFacts, ...] = ()
    # what a scoped read (RowScope) left out of ``comments`` and ``privileges`` (UNREAD_EXTRAS):
    # asking a snapshot for them raises DetailsNotRead instead of answering "none"
    unread: frozenset[str] = frozenset()


class RenderRows(dict[str, tuple[dict[str, Any], ...]]):
    """The render rows of a snapshot by name (:data:`RENDER_ROWS`). A name a scoped read
    (:class:`RowScope`) left out raises :class:`DetailsNotRead` instead of reading as no rows:
    a family that needs rows the read did not take fails loudly, never plans from nothing."""

    def __init__(self, rows: dict[str, tuple[dict[str, Any], ...]], unread: frozenset[str] = frozenset()) -> None:
        super().__init__(rows)
        self.unread = unread

    def __getitem__(self, name: str) -> tuple[dict[str, Any], ...]:
        self._check(name)
        return super().__getitem__(name)

    def get(self, name: str, default: Any = None) -> Any:
        self._check(name)
        return super().get(name, default)

    def _check(self, name: str) -> None:
        if name in self.unread:
            raise DetailsNotRead(f"the render rows {name!r} were not read (a scoped read: snapshot.RowScope)")


# the details besides the render rows that a scoped read may leave out, by their RowScope name
UNREAD_EXTRAS = frozenset({"comments", "privileges"})


@dataclass(frozen=True, eq=False)
class RowScope:
    """What a read of the details takes of the render rows: the names in ``names`` only, and of
    those in ``identities`` only the rows whose ``identity`` is one of the given (the server
    filters them: a plan that adds one index to a database of thousands renders one index).
    The comments and the privileges (:data:`UNREAD_EXTRAS`) are read only when ``names`` has
    them. For sides that the light families plan (``diff.light_rows``), never for a desired
    side that the cache keeps for other targets."""

    names: frozenset[str]
    # (for "depends", the dependency edges: only those whose ref is one of the given relations)
    identities: dict[str, frozenset[str]] = field(default_factory=dict)

    @property
    def whole_graph(self) -> bool:
        """Whether the dependency edges are read whole ("depends" taken, without refs)."""
        return "depends" in self.names and "depends" not in self.identities


class PickledDetails:
    """Details kept as pickled bytes (the desired-state cache) and unpickled on first use:
    a cached snapshot whose catalog settles the question never loads schemainspect."""

    def __init__(self, data: bytes, has_inspector: bool = True) -> None:
        self._data: bytes | None = data
        self.has_inspector = has_inspector  # (known without unpickling: the cache entry says)
        self._details: SnapshotDetails | None = None
        self._lock = threading.Lock()

    def get(self) -> SnapshotDetails:
        with self._lock:
            if self._details is None:
                assert self._data is not None
                if self.has_inspector:
                    migra_module("schemadiff.migra_inspection")  # what the inspector's pickle refers to
                details = pickle.loads(self._data)
                if not isinstance(details, SnapshotDetails):
                    raise pickle.UnpicklingError("not snapshot details")
                self._details, self._data = details, None
            return self._details


@dataclass(frozen=True)
class Snapshot:
    name: str  # what this side is, for messages: "target local", "desired (schema/)"
    server_version_num: int
    catalog: Catalog
    # None: only the catalog was read; PickledDetails: read from the desired-state cache
    stored_details: SnapshotDetails | PickledDetails | None = None
    # what schema/ says about its columns beyond the catalog (USING hints, where each is declared):
    # a using_hints.ColumnHints on the desired side of `plan`, else None
    column_hints: Any = None

    @property
    def major(self) -> int:
        return self.server_version_num // 10000

    @property
    def has_details(self) -> bool:
        return self.stored_details is not None

    @property
    def details(self) -> SnapshotDetails:
        found = self.stored_details
        if found is None:
            raise DetailsNotRead(f"the snapshot of {self.name} holds its catalog only")
        return found.get() if isinstance(found, PickledDetails) else found

    @property
    def has_inspector(self) -> bool:
        found = self.stored_details
        if isinstance(found, PickledDetails):
            return found.has_inspector
        return found is not None and found.inspector is not None

    # the details by name, as the families read them
    @property
    def inspector(self) -> Any:
        found = self.details.inspector
        if found is None:
            raise DetailsNotRead(f"the details of {self.name} were read without migra's inspector")
        return found

    @property
    def rls(self) -> dict[str, dict[str, Any]]:
        return self.details.rls

    @property
    def comments(self) -> dict[tuple[str, str], str | None]:
        return self._read("comments").comments

    @property
    def privileges(self) -> frozenset[PrivilegeKey]:
        return self._read("privileges").privileges

    @property
    def privileged_objects(self) -> frozenset[tuple[str, str]]:
        return self._read("privileges").privileged_objects

    def _read(self, name: str) -> SnapshotDetails:
        found = self.details
        if name in found.unread:
            raise DetailsNotRead(f"the {name} of {self.name} were not read (a scoped read: snapshot.RowScope)")
        return found

    @property
    def rows(self) -> dict[str, tuple[dict[str, Any], ...]]:
        return self.details.rows

    @property
    def data_tables(self) -> tuple[TableFacts, ...]:
        return self.details.data_tables


def same_schema(current: Snapshot, desired: Snapshot) -> bool:
    """The two sides are the same schema by our catalog (the definition of equal that the
    fingerprints, apply's gate and its verification use): no family has anything to plan.
    The corpus checks it for every case: a plan that is not empty has catalogs that differ,
    and the re-diff after apply, run by every family, is empty where the catalogs are equal."""
    return current.major == desired.major and current.catalog.objects == desired.catalog.objects


# queries/render_<name>.sql whose rows land in SnapshotDetails.rows[<name>]
RENDER_ROWS: tuple[str, ...] = (
    "types",
    "partitions",
    "not_null",
    "event_triggers",
    "aggregates",
    "text_search_dictionaries",
    "text_search_configurations",
    "table_options",
    "policy_depends",
    "default_privileges",
    "comment_baselines",
    "depends",
    "rules",
    "publications",
    "owners",
    "foreign_data",
    "column_types",
    "casts",
    "references",
    "indexes",
    "constraints",
    "policies",
    "triggers",
    "views",
    "functions",
)


def take_snapshot(
    url: DatabaseUrl,
    schemas: SchemaFilter,
    *,
    name: str,
    details: bool = True,
    split: bool = False,
    conn: psycopg.Connection | None = None,
    inspector: bool = True,
) -> Snapshot:
    """Read one database: its catalog, and (``details``) what the families render from, with
    migra's inspector unless not ``inspector`` (then every render row, as :func:`with_details`
    reads them without it).
    ``split`` (the catalog alone): its kinds read on two connections that share one snapshot
    (:func:`schemadiff.catalog.inspect_catalog`'s ``helper``), for a database read while
    nothing else is: at 1,000-3,000 tables 0.4-1.1 s instead of 0.6-1.6 s on two cores, but
    slower when two databases are read at the same time (four connections for two cores).
    ``conn`` (the catalog alone): an open connection to ``url`` to read it on, idle (the
    shadow's, whose caches the fixpoint filled), instead of a new one."""
    if not details:
        with ExitStack() as scope:
            conn = conn or scope.enter_context(connect(url))
            helper = (lambda: connect(url)) if split else None
            return Snapshot(name, server_version_num(conn), inspect_catalog(conn, schemas, helper=helper))
    assert conn is None, "details are read on connections of their own"
    return _reading_details(
        url,
        schemas,
        lambda conn, found: Snapshot(name, server_version_num(conn), inspect_catalog(conn, schemas), found()),
        inspector=inspector,
    )


def with_details(
    snapshot: Snapshot,
    url: DatabaseUrl,
    schemas: SchemaFilter,
    *,
    inspector: bool = True,
    scope: RowScope | None = None,
    split: bool = False,
    conn: psycopg.Connection | None = None,
) -> Snapshot:
    """``snapshot`` with its details, read from ``url`` now if it has none yet (or, when
    ``inspector``, none with migra's inspector). Without ``inspector`` only our render rows are
    read: enough for sides that differ only in :data:`schemadiff.diff.LIGHT_KINDS`; ``scope``:
    only those rows (:class:`RowScope`, without the inspector). ``split`` (without the
    inspector): the whole dependency graph, when read, on a second connection at the same time
    (the server builds it while Python parses the other rows: at 3,000 tables a whole read takes
    1.0 s instead of 1.4 s), for a database read while nothing else is (as ``take_snapshot``'s).
    ``conn`` (without the inspector): an idle connection to ``url`` to read the rows on (left as
    it was found), instead of a new one."""
    if snapshot.has_details and (snapshot.has_inspector or not inspector):
        return snapshot
    assert scope is None or not inspector, "a scoped read is for the light families, which need no inspector"
    assert conn is None or not inspector, "migra's inspector reads on connections of its own"
    return _reading_details(
        url,
        schemas,
        lambda conn, found: replace(snapshot, stored_details=found()),
        inspector=inspector,
        scope=scope,
        split=split,
        conn=conn,
    )


def _reading_details(
    url: DatabaseUrl,
    schemas: SchemaFilter,
    make: Callable[[Any, Callable[[], SnapshotDetails]], Snapshot],
    *,
    inspector: bool = True,
    scope: RowScope | None = None,
    split: bool = False,
    conn: psycopg.Connection | None = None,
) -> Snapshot:
    """``make(conn, details)`` on a connection to ``url``, while migra's inspector is read on a
    second one (the server answers both while Python parses the other's rows); ``details()``
    reads the render rows on ``conn`` (those of ``scope``) and joins the inspector to them.
    Without ``inspector``: the render rows only (schemainspect is not imported), and with
    ``split`` the whole dependency graph on a second connection; on ``conn`` when given."""
    if not inspector:
        whole_graph = scope is None or scope.whole_graph
        with ExitStack() as opened, ThreadPoolExecutor(max_workers=1) as beside:
            rows_conn = conn or opened.enter_context(connect(url))
            edges = beside.submit(_whole_edges, url, schemas) if split and whole_graph else None
            return make(rows_conn, lambda: _details(rows_conn, schemas, None, scope, edges))
    read_inspector = _inspector_reader()
    with ThreadPoolExecutor(max_workers=1) as migra_reader:
        reading = migra_reader.submit(read_inspector, url, schemas)
        with connect(url) as conn:
            return make(conn, lambda: _details(conn, schemas, reading))


def _inspector_reader() -> Callable[[DatabaseUrl, SchemaFilter], Any]:
    reader: Callable[[DatabaseUrl, SchemaFilter], Any] = migra_module("schemadiff.migra_inspection").read_inspector
    return reader


def migra_module(name: str) -> Any:
    """The module ``name`` (migra's, or one of ours that imports schemainspect), imported under
    the lock that keeps two threads from importing SQLAlchemy at once; warnings of the old
    libraries silenced."""
    with _MIGRA_IMPORT, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return importlib.import_module(name)


def scoped_query(text: str) -> str:
    """A render query's rows of the identities in the parameter ``scoped_identities`` only (the
    server pushes the filter down into the query: rows of other objects are never rendered)."""
    return f"select * from (\n{text}\n) as scoped where scoped.identity = any(%(scoped_identities)s::text[])"


def in_one_order(text: str) -> str:
    """A render query's rows in one order whatever plan the server picks (by each row's text,
    byte by byte): the details of one database read twice are equal, also when the statistics of
    its catalog changed between the reads (an autovacuum's ANALYZE after a load changes the plans
    of the queries without an ORDER BY of their own, and so the order of their rows)."""
    return f'select * from (\n{text}\n) as rendered order by (rendered.*)::text collate "C"'


def _render_rows(
    cur: Any,
    params: dict[str, Any],
    mappings: Any,
    scope: RowScope | None,
    edges: Future[tuple[dict[str, Any], ...]] | None = None,
) -> RenderRows:
    """The render rows of ``scope`` (every one: None); ``edges``: the whole graph, read apart."""
    rows: dict[str, tuple[dict[str, Any], ...]] = {}
    for name in RENDER_ROWS:
        if scope is not None and name not in scope.names:
            continue
        if name == "depends":  # (scoped by its own parameters: the whole graph, or the edges that reach refs)
            if edges is not None:
                continue  # (taken last: the other connection reads them meanwhile)
            refs = None if scope is None else scope.identities.get(name)
            rows[name] = _edge_rows(cur, params, mappings, None if refs is None else frozenset(), refs or frozenset())
            continue
        text = with_source(query(f"render_{name}"), mappings)
        wanted = None if scope is None else scope.identities.get(name)
        if wanted is None:
            rows[name] = tuple(cur.execute(sql_code(in_one_order(text)), params).fetchall())
        elif wanted:
            found = cur.execute(
                sql_code(in_one_order(scoped_query(text))), {**params, "scoped_identities": sorted(wanted)}
            )
            rows[name] = tuple(found.fetchall())
        else:
            rows[name] = ()
    if edges is not None:
        rows["depends"] = edges.result()
    return RenderRows(rows, frozenset(RENDER_ROWS) - rows.keys())


def comments_on(conn: Any, schemas: SchemaFilter, scope: RowScope | None) -> dict[tuple[str, str], str | None]:
    """The comments a read of the details with ``scope`` takes (:func:`_comments`), read on an
    open connection (left as it was)."""
    with conn.transaction(force_rollback=True), conn.cursor(row_factory=dict_row) as cur:
        pin(cur, render_settings())
        return _comments(cur, schemas.query_params(), scope)


def _comments(cur: Any, params: dict[str, Any], scope: RowScope | None) -> dict[tuple[str, str], str | None]:
    """Each commentable object's comment (None: it has none), by the object type and quoted
    identity that COMMENT ON takes; in a scoped read, of the objects whose catalog comment
    identities are in ``scope.identities["comments"]`` only (the comments that differ).

    Read with the catalog's empty search_path, so that each row's identity names a function's
    argument types as the catalog does (``public.f(public.email)``, not ``public.f(email)``:
    the scope would miss it); nothing else of a row depends on the search_path
    (``pg_identify_object`` and ``quote_ident`` qualify every name). ``cur``: in a transaction,
    the render settings pinned (the render search_path set again after)."""
    text = query("render_comments")
    wanted = None if scope is None else scope.identities.get("comments")
    if wanted is not None:
        if not wanted:
            return {}
        text, params = scoped_query(text), {**params, "scoped_identities": sorted(wanted)}
    pin(cur, (("search_path", CATALOG_SEARCH_PATH),))
    rows = cur.execute(sql_code(text), params).fetchall()  # (an error aborts the transaction: nothing to restore)
    pin(cur, (("search_path", RENDER_SEARCH_PATH),))
    return {(row["object_type"], row["quoted_identity"]): row["description"] for row in rows}


def _whole_edges(url: DatabaseUrl, schemas: SchemaFilter) -> tuple[dict[str, Any], ...]:
    """Every dependency edge (``queries/render_depends.sql``), read on a connection of its own."""
    return read_edges(url, schemas, None)


def _details(
    conn: Any,
    schemas: SchemaFilter,
    inspector: Future[Any] | None,
    scope: RowScope | None = None,
    edges: Future[tuple[dict[str, Any], ...]] | None = None,
) -> SnapshotDetails:
    params = schemas.query_params()
    data_tables = read_table_facts(conn, schemas.data)
    with conn.transaction(force_rollback=True), conn.cursor(row_factory=dict_row) as cur:
        pin(cur, render_settings())  # the SQL rendered here ends up in the plan
        unread = frozenset() if scope is None else UNREAD_EXTRAS - scope.names
        rls = {row["identity"]: row for row in cur.execute(sql_code(query("render_rls")), params)}
        comments = {} if "comments" in unread else _comments(cur, params, scope)
        grants = [] if "privileges" in unread else cur.execute(sql_code(query("render_privileges")), params).fetchall()
        mappings = mapping_source(cur)  # user mappings: the table or the view (schemadiff/user_mappings.py)
        rows = _render_rows(cur, params, mappings, scope, edges)
    privileges = frozenset(
        (r["kind"], r["target"], r["column_name"], r["grantee"], r["privilege"], r["grantable"])
        for r in grants
        if r["privilege"]
    )
    objects = frozenset((r["kind"], r["target"]) for r in grants)
    found = inspector.result() if inspector is not None else None
    return SnapshotDetails(found, rls, comments, privileges, objects, rows, data_tables, unread)


def read_edges(url: DatabaseUrl, schemas: SchemaFilter, nodes: frozenset[str] | None) -> tuple[dict[str, Any], ...]:
    """The dependency edges (``queries/render_depends.sql``) of ``nodes`` only (None: every edge): the server names
    only the objects at the ends of those nodes' ``pg_depend`` rows, a few of the tens of
    thousands a big database has. What ``diff.ordered`` reads to order a plan whose changes'
    objects (``change_nodes.needing_nodes``) are ``nodes``, when the details were read without
    the edges (a :class:`RowScope` without ``depends``: ``diff.light_rows``)."""
    with connect(url) as conn:
        return edges_on(conn, schemas, nodes)


def edges_on(
    conn: Any, schemas: SchemaFilter, nodes: frozenset[str] | None, refs: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], ...]:
    """:func:`read_edges` on an open connection (left as it was); ``refs``: also the edges whose
    ref is one of these relations (what needs them)."""
    with conn.transaction(force_rollback=True), conn.cursor(row_factory=dict_row) as cur:
        pin(cur, render_settings())
        return _edge_rows(cur, schemas.query_params(), mapping_source(cur), nodes, refs)


def _edge_rows(
    cur: Any, params: dict[str, Any], mappings: Any, nodes: frozenset[str] | None, refs: frozenset[str] = frozenset()
) -> tuple[dict[str, Any], ...]:
    """The rows of ``queries/render_depends.sql``: the edges of ``nodes`` and those whose ref is
    one of the relations ``refs``, or every edge (``nodes`` None)."""
    text = with_source(query("render_depends"), mappings)
    scope = {"nodes": None if nodes is None else sorted(nodes), "refs": sorted(refs)}
    return tuple(cur.execute(sql_code(text), {**params, **scope}).fetchall())
