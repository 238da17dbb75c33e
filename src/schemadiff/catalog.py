"""The tool's own snapshot of a database schema, independent of migra/schemainspect.

A :class:`Catalog` is a sorted tuple of :class:`CatalogObject` rows, one per schema object
(tables, columns, constraints, indexes, policies, RLS flags, privileges, comments, ...).
It serves four purposes:

1. the schema fingerprint (:mod:`schemadiff.fingerprint`), which must be identical for the
   same schema on any database or server of the same PostgreSQL major version;
2. the independent oracle of round-trip tests ("after applying the plan, the catalogs of
   A and B are identical");
3. the input of our own diff families for what migra ignores (RLS FORCE, comments);
4. reporting what differs (:func:`compare_catalogs`).

Every kind is read with ONE query (``queries/<kind>.sql``), never a query per object, so
inspection stays fast on databases with thousands of tables. Schema filtering happens in
SQL: each query takes the include/exclude lists as ``text[]`` parameters.

Determinism: definitions are rendered by the server (``pg_get_*def``, ``format_type``,
``pg_get_expr``) with ``search_path`` set to the empty string, so every name they contain is
schema-qualified the same way whatever the caller's settings, and with the output settings
of :mod:`schemadiff.session` pinned (time zone, date and interval styles, float digits,
bytea output, ``quote_all_identifiers``, ...), whatever the database's or the role's
defaults; they never contain OIDs, owners (but in the ``owner`` kind, read only when
``SchemaFilter.owners``) or the database name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager, ExitStack
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import psycopg
from psycopg.pq import TransactionStatus

from schemadiff.errors import ConnectError
from schemadiff.query_files import query
from schemadiff.quoting import quote_literal, sql_code
from schemadiff.rows import ROW_KIND, ManagedTable, read_rows
from schemadiff.session import catalog_settings, pin
from schemadiff.user_mappings import mapping_source, with_source

# Inspection order; also the set of valid `kind` values. Each has queries/<kind>.sql,
# whose rows are (identity, definition, parent).
KINDS: tuple[str, ...] = (
    "schema",
    "extension",
    "collation",
    "text_search_template",
    "text_search_parser",
    "text_search_dictionary",
    "text_search_configuration",
    "type",
    "sequence",
    "table",
    "column",
    "constraint",
    "not_null_name",  # PostgreSQL 18+: only names PostgreSQL did not make up (made_up_name)
    "index",
    "view",
    "materialized_view",
    "function",
    "trigger",
    "event_trigger",
    "foreign_data_wrapper",
    "foreign_server",
    "user_mapping",
    "foreign_column",
    "rule",
    "publication",
    "policy",
    "rls",
    "privilege",
    "default_privilege",
    "comment",
    "owner",  # no rows unless SchemaFilter.owners (owners.manage)
    "distribution",  # Citus: read only where Citus is installed (its metadata tables exist)
)

# kinds read only when the database has what their query reads
CITUS_KINDS = frozenset({"distribution"})
# whether Citus is installed in the database (its metadata tables exist): a select-list expression
CITUS_INSTALLED = "pg_catalog.to_regclass('pg_catalog.pg_dist_partition') is not null"

# Never inspected, whatever the filter says (mirrors the `ns` CTE of every query).
SYSTEM_SCHEMAS: tuple[str, ...] = ("pg_catalog", "information_schema")
SYSTEM_SCHEMA_PREFIXES: tuple[str, ...] = ("pg_toast", "pg_temp")


# queries/index.sql: the flag ending the definition of the index that is its table's replica identity
REPLICA_IDENTITY_FLAG = " [replica identity]"
# queries/index.sql: the flag of an index that is not valid (a failed build, or made ON ONLY and not complete)
INVALID_FLAG = " [invalid]"


@dataclass(frozen=True, order=True)
class CatalogObject:
    """One schema object. ``(kind, identity)`` is unique within a catalog.

    ``identity`` is made of raw (unquoted) names joined with '.', plus the argument types
    for functions; ``definition`` is canonical, server-rendered text; ``parent`` is the
    identity of the owning table for columns, constraints, indexes, triggers, policies and
    RLS flags, else ''. Names are joined unquoted, so a name containing '.' could make two
    identities look alike; definitions quote names the way the server does.
    """

    kind: str
    identity: str
    definition: str
    parent: str = ""


@dataclass(frozen=True)
class SchemaFilter:
    """Which schemas are inspected: ``include`` (all when empty) minus ``exclude``.

    System schemas (pg_catalog, information_schema, pg_toast*, pg_temp*) are never
    included. :meth:`allows` is the Python mirror of the SQL filter of the queries.
    ``data``: the managed reference tables whose rows are catalog objects of kind ``row``
    (:mod:`schemadiff.rows`), whatever schema they are in.
    ``default_privileges_for``: the roles whose default privileges (``ALTER DEFAULT
    PRIVILEGES FOR ROLE``) are inspected by name, besides those of the inspecting role.
    ``owners``: the ``owner`` kind is read (``owners.manage``); off, it has no rows, so
    fingerprints are those of a catalog without owners.
    """

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    data: tuple[ManagedTable, ...] = ()
    default_privileges_for: tuple[str, ...] = ()
    owners: bool = False
    owner_roles: tuple[str, ...] = ()  # owners.roles: the sandbox may give objects to them
    # a tenant schema (``include`` is that one schema): its fingerprint presents it under this
    # name, schema/'s template schema (:mod:`schemadiff.tenants`); "": the database as it is
    presented_as: str = ""

    def query_params(self) -> dict[str, list[str] | bool]:
        """The parameters every catalog and render query takes."""
        return {
            "include": list(self.include),
            "exclude": list(self.exclude),
            "default_privileges_for": list(self.default_privileges_for),
            "owners": self.owners,
        }

    def allows(self, schema: str) -> bool:
        if schema in SYSTEM_SCHEMAS or schema.startswith(SYSTEM_SCHEMA_PREFIXES):
            return False
        if self.include and schema not in self.include:
            return False
        return schema not in self.exclude


@dataclass(frozen=True)
class Catalog:
    """A schema snapshot: the server's version number and the objects, sorted.

    Construction sorts ``objects`` and rejects duplicate ``(kind, identity)`` keys, so two
    catalogs of the same schema compare equal with ``==``.
    """

    server_version_num: int
    objects: tuple[CatalogObject, ...]
    # each column's position (attnum) by its identity: not compared (column order is no schema
    # difference here); what migra's inspector sees of a table's columns (diff.plain_structure);
    # empty when not read
    column_positions: Mapping[str, int] = field(default_factory=dict, compare=False, hash=False, repr=False)
    _by_kind: dict[str, dict[str, CatalogObject]] = field(
        init=False, repr=False, compare=False, hash=False, default_factory=dict
    )
    # values computed from the (immutable) objects once, kept with them (and in a pickle of them)
    _derived: dict[str, str] = field(init=False, repr=False, compare=False, hash=False, default_factory=dict)

    def __post_init__(self) -> None:
        # same order as CatalogObject's own ordering (field order), but a key is much faster
        # than the generated __lt__ on tens of thousands of objects
        ordered = tuple(sorted(self.objects, key=_sort_key))
        object.__setattr__(self, "objects", ordered)
        by_kind: dict[str, dict[str, CatalogObject]] = {}
        for obj in ordered:
            of_kind = by_kind.setdefault(obj.kind, {})
            if obj.identity in of_kind:
                raise ValueError(f"duplicate catalog object: {obj.kind} {obj.identity}")
            of_kind[obj.identity] = obj
        object.__setattr__(self, "_by_kind", by_kind)

    def get(self, kind: str, identity: str) -> CatalogObject | None:
        return self._by_kind.get(kind, {}).get(identity)

    def of_kind(self, kind: str) -> dict[str, CatalogObject]:
        """identity -> object for one kind (a copy: the catalog stays immutable)."""
        return dict(self._by_kind.get(kind, {}))

    def kinds(self) -> frozenset[str]:
        """The kinds it has objects of."""
        return frozenset(self._by_kind)

    def kinds_differing_from(self, other: Catalog) -> frozenset[str]:
        """The kinds whose objects are not the same in both catalogs (kind by kind, comparing
        definitions and parents: much faster than a set of every object of both sides)."""
        differing = set()
        for kind in self._by_kind.keys() | other._by_kind.keys():
            mine, theirs = self._by_kind.get(kind, {}), other._by_kind.get(kind, {})
            if mine.keys() != theirs.keys() or any(
                obj.definition != theirs[identity].definition or obj.parent != theirs[identity].parent
                for identity, obj in mine.items()
            ):
                differing.add(kind)
        return frozenset(differing)

    def identities_differing_from(self, other: Catalog, kind: str) -> frozenset[str]:
        """The identities of ``kind`` whose objects are not the same in both catalogs (missing
        on one side, or another definition or parent)."""
        mine, theirs = self._by_kind.get(kind, {}), other._by_kind.get(kind, {})
        return frozenset(
            identity for identity in mine.keys() | theirs.keys() if mine.get(identity) != theirs.get(identity)
        )

    def keys(self) -> set[tuple[str, str]]:
        return {(obj.kind, obj.identity) for obj in self.objects}

    def share_derived(self, twin: Catalog, *, equal: bool = False) -> None:
        """Take the values ``twin`` has derived (:meth:`derived`) when it holds the same objects,
        read from the same server version: they are this catalog's values too (a plan with nothing
        to do takes the fingerprint of the target, computed while the shadow loads). ``equal``: the
        caller has compared the objects already (0.03 s at 3,000 tables)."""
        if twin.server_version_num == self.server_version_num and (equal or twin.objects == self.objects):
            for name, value in twin._derived.items():
                self._derived.setdefault(name, value)

    def derived(self, name: str, compute: Callable[[Catalog], str]) -> str:
        """``compute(self)``, computed on first use and then kept: the catalog never changes
        (its fingerprint, 0.05-0.15 s at 1,000-3,000 tables, is asked for several times; and a
        desired-state cache entry stores it with the catalog)."""
        if name not in self._derived:
            self._derived[name] = compute(self)
        return self._derived[name]


def _sort_key(obj: CatalogObject) -> tuple[str, str, str, str]:
    return (obj.kind, obj.identity, obj.definition, obj.parent)


@cache
def query_text(kind: str) -> str:
    """The SQL of one kind, from the package data ``schemadiff/queries/<kind>.sql``."""
    if kind not in KINDS:
        raise ValueError(f"unknown catalog kind: {kind!r}")
    return query(kind)


# Read on the second connection of a shared-snapshot read (:func:`inspect_catalog` with a
# ``helper``): about half of the server's time on a product-shaped schema, so both halves end at
# about the same time. The indexes and columns stay on the first connection: their deparsing
# opens every table (relation caches that a connection builds once), and the first connection
# may have built them already (the shadow's is the fixpoint's, which read every table). Measured
# on the 3,000-table bench schema right after its fixpoint: 0.38 s on the fixpoint's connection,
# 0.45 s on a new one, 0.50 s with the indexes on the helper (the split before).
HELPER_KINDS = frozenset({"constraint", "sequence", "policy", "privilege", "comment", "not_null_name"})

Helper = Callable[[], AbstractContextManager[psycopg.Connection]]


class _NoSharedSnapshot(Exception):
    """The server would not export the transaction's snapshot: the catalog is read on one connection."""


def inspect_catalog(
    conn: psycopg.Connection,
    schemas: SchemaFilter,
    *,
    helper: Helper | None = None,
    apart: frozenset[str] = frozenset(),
) -> Catalog:
    """Read the catalog of the database behind ``conn``, limited to ``schemas``.

    All queries run in one transaction with ``search_path = ''`` (so server-rendered names
    are always qualified) and the other settings :mod:`schemadiff.session` pins, and, when
    the connection is idle (e.g. autocommit), a REPEATABLE READ READ ONLY snapshot so the
    kinds are consistent with each other. The transaction (or savepoint, inside a caller's
    transaction) is rolled back at the end, which also undoes the settings: the connection
    is left as it was found.

    ``helper`` (opens a second connection to the same database): when ``conn`` is idle, the
    kinds of :data:`HELPER_KINDS` are read on that connection at the same time, in the same
    snapshot (``pg_export_snapshot``, imported with ``SET TRANSACTION SNAPSHOT``, as
    ``pg_dump --jobs`` does): the server answers both while Python parses the other's rows.
    Where the second connection cannot be had or cannot share the snapshot (the server's
    connection limit, a pooler that refuses the import), every kind is read on ``conn``.

    ``apart``: kinds not read (the caller reads them elsewhere, with :func:`kind_objects`).

    Caveat: the snapshot covers the catalog rows the queries scan; the ``pg_get_*def``
    functions read through the system caches, which may already see DDL committed
    concurrently during the inspection.
    """
    if helper is not None and conn.info.transaction_status == TransactionStatus.IDLE:
        try:
            return _read_catalog(conn, schemas, helper, apart)
        except _NoSharedSnapshot:
            pass
    return _read_catalog(conn, schemas, None, apart)


def _read_catalog(
    conn: psycopg.Connection, schemas: SchemaFilter, helper: Helper | None, apart: frozenset[str]
) -> Catalog:
    params = schemas.query_params()
    own_transaction = conn.info.transaction_status == TransactionStatus.IDLE
    objects: list[CatalogObject] = []
    positions: dict[str, int] = {}
    version = 0
    with conn.transaction(force_rollback=True), ThreadPoolExecutor(max_workers=1) as beside:
        with conn.cursor() as cur:
            if own_transaction:  # must precede every other statement of the transaction
                cur.execute("set transaction isolation level repeatable read, read only")
            helped: Future[list[CatalogObject] | None] | None = None
            if helper is not None:
                try:
                    row = cur.execute("select pg_catalog.pg_export_snapshot()").fetchone()
                except psycopg.Error as exc:  # (the transaction is aborted: read again, on this connection alone)
                    raise _NoSharedSnapshot from exc
                assert row is not None
                helped = beside.submit(_helper_objects, helper, str(row[0]), params, HELPER_KINDS - apart)
            pin(cur, catalog_settings())
            cur.execute(sql_code(f"select pg_catalog.current_setting('server_version_num')::int, {CITUS_INSTALLED}"))
            row = cur.fetchone()
            assert row is not None
            version, citus = int(row[0]), bool(row[1])
            kinds = [k for k in KINDS if (citus or k not in CITUS_KINDS) and k not in apart]
            mine = [k for k in kinds if helped is None or k not in HELPER_KINDS]
            objects.extend(_kind_objects(cur, mine, params, positions))
            objects.extend(CatalogObject(ROW_KIND, *row) for row in read_rows(cur, schemas.data))
            if helped is not None:
                theirs = helped.result()
                objects.extend(
                    _kind_objects(cur, [k for k in kinds if k in HELPER_KINDS], params) if theirs is None else theirs
                )
    if citus:
        objects = _without_distributed_not_null_names(objects)
    return Catalog(version, tuple(objects), positions)


def _helper_objects(
    helper: Helper, snapshot: str, params: dict[str, Any], kinds: frozenset[str]
) -> list[CatalogObject] | None:
    """The objects of ``kinds`` (of :data:`HELPER_KINDS`), read on a connection of ``helper`` in the exported
    ``snapshot``; None when that connection cannot be had or cannot import the snapshot (the
    caller reads them itself). An error of the queries themselves is raised."""
    with ExitStack() as scope:
        try:
            conn = scope.enter_context(helper())
            scope.enter_context(conn.transaction(force_rollback=True))
            cur = scope.enter_context(conn.cursor())
            cur.execute("set transaction isolation level repeatable read, read only")
            cur.execute(sql_code(f"set transaction snapshot {quote_literal(snapshot)}"))
        except (psycopg.Error, ConnectError):
            return None
        pin(cur, catalog_settings())
        return _kind_objects(cur, [k for k in KINDS if k in kinds], params)


def kind_objects(
    conn: psycopg.Connection, schemas: SchemaFilter, kinds: frozenset[str], positions: dict[str, int] | None = None
) -> list[CatalogObject]:
    """The objects of ``kinds`` (not :data:`CITUS_KINDS`), read on ``conn`` in its transaction,
    whose settings the caller has pinned (:func:`schemadiff.session.catalog_settings`);
    ``positions``: filled with the columns' (``Catalog.column_positions``)."""
    with conn.cursor() as cur:
        return _kind_objects(cur, [k for k in KINDS if k in kinds], schemas.query_params(), positions)


def _kind_objects(
    cur: psycopg.Cursor[Any], kinds: list[str], params: dict[str, Any], positions: dict[str, int] | None = None
) -> list[CatalogObject]:
    """The objects of ``kinds``, one query each, in the transaction of ``cur`` (its settings
    pinned); ``positions``: filled with the columns' (``Catalog.column_positions``)."""
    mappings = mapping_source(cur)  # user mappings: the table or the view (schemadiff/user_mappings.py)
    objects: list[CatalogObject] = []
    for kind in kinds:
        cur.execute(sql_code(with_source(query_text(kind), mappings)), params, prepare=False)
        rows = cur.fetchall()
        if kind == "not_null_name":  # (a made-up name says nothing the column does not)
            rows = [(i, d, p) for i, d, p, table, column in rows if d != made_up_name(table, column, "not_null")]
        elif kind == "column":  # (its position apart: not compared)
            if positions is not None:
                positions.update((identity, position) for identity, _, _, position in rows)
            rows = [(i, d, p) for i, d, p, _ in rows]
        objects.extend(CatalogObject(kind, identity, definition, parent) for identity, definition, parent in rows)
    return objects


def with_kinds_read_again(
    conn: psycopg.Connection, schemas: SchemaFilter, catalog: Catalog, kinds: frozenset[str]
) -> Catalog:
    """``catalog`` with its objects of ``kinds`` read again from ``conn`` (idle; one transaction,
    the settings pinned, as :func:`inspect_catalog`); ``catalog`` itself when they are the same.
    Not for the kinds Citus adds (:data:`CITUS_KINDS`) or the managed rows."""
    if not kinds:
        return catalog
    positions: dict[str, int] = {}
    with conn.transaction(force_rollback=True):
        conn.execute("set transaction isolation level repeatable read, read only")
        pin(conn, catalog_settings())
        objects = kind_objects(conn, schemas, kinds, positions)
    fresh: dict[str, dict[str, CatalogObject]] = {kind: {} for kind in kinds}
    for obj in objects:
        fresh[obj.kind][obj.identity] = obj
    if all(catalog._by_kind.get(kind, {}) == fresh[kind] for kind in kinds):
        return catalog
    kept = [obj for obj in catalog.objects if obj.kind not in kinds]
    return Catalog(
        catalog.server_version_num,
        (*kept, *objects),
        positions if "column" in kinds else catalog.column_positions,
    )


FOREIGN_DATA_KINDS = frozenset({"foreign_data_wrapper", "foreign_server", "user_mapping", "foreign_column"})


def declares_foreign_data(catalog: Catalog) -> bool:
    """Whether ``catalog`` holds foreign data objects: their secret options are in no catalog
    (never read), so only ``diff.foreign_data.secret_option_warnings`` on the details can name
    them."""
    return any(catalog.of_kind(kind) for kind in FOREIGN_DATA_KINDS) or any(
        table.definition.startswith("foreign") for table in catalog.of_kind("table").values()
    )


def has_citus(conn: psycopg.Connection) -> bool:
    """Whether Citus is installed in the database behind ``conn``."""
    row = conn.execute(sql_code(f"select {CITUS_INSTALLED}")).fetchone()
    return bool(row and row[0])


def _without_distributed_not_null_names(objects: list[CatalogObject]) -> list[CatalogObject]:
    """The NOT NULL names of tables in Citus's metadata are not compared: Citus refuses to rename
    a distributed table's constraints, and names them after a temporary table when it converts one
    (``alter_distributed_table``), so no plan could keep them."""
    distributed = {o.identity for o in objects if o.kind == "distribution"}
    return [o for o in objects if o.kind != "not_null_name" or o.parent not in distributed]


@dataclass(frozen=True)
class CatalogDifference:
    """One object that differs: its definition on each side, None where it is absent."""

    kind: str
    identity: str
    current: str | None
    desired: str | None


def compare_catalogs(current: Catalog, desired: Catalog) -> list[CatalogDifference]:
    """Objects missing on one side or whose definition (or parent) differs, sorted by
    (kind, identity); empty when the catalogs describe the same schema."""
    a = {(o.kind, o.identity): o for o in current.objects}
    b = {(o.kind, o.identity): o for o in desired.objects}
    differences = []
    for key in sorted(a.keys() | b.keys()):
        old, new = a.get(key), b.get(key)
        if old != new:
            differences.append(
                CatalogDifference(
                    key[0],
                    key[1],
                    old.definition if old else None,
                    new.definition if new else None,
                )
            )
    return differences


NAME_LIMIT = 63  # bytes of an identifier (NAMEDATALEN - 1)


def made_up_name(table: str, column: str, label: str) -> str:
    """The name PostgreSQL makes up for a constraint (``makeObjectName``): ``<table>_<column>_<label>``,
    the longer of table and column shortened first (by bytes, at a character boundary) to fit
    63 bytes. (A clash with an existing name would get a number: not predicted.)"""
    first, second = table.encode(), column.encode()
    room = NAME_LIMIT - len(label) - 2
    keep_first, keep_second = len(first), len(second)
    while keep_first + keep_second > room:
        if keep_first > keep_second:
            keep_first -= 1
        else:
            keep_second -= 1
    return f"{_clipped(first, keep_first)}_{_clipped(second, keep_second)}_{label}"


def _clipped(name: bytes, length: int) -> str:
    """The first ``length`` bytes of a UTF-8 name, cut back to a character boundary."""
    return name[:length].decode("utf-8", errors="ignore")
