"""Indexes, planned without migra's inspector: the index part of
:mod:`schemadiff.diff.plain_structure`.

An index that goes is ``drop index if exists`` in migra's indexes.drop phase, a new one its
definition (``queries/render_indexes.sql``) in its indexes.create phase, each group in migra's
key order (the quoted schema and index name); an index of a materialized view in migra's
mv_indexes phases instead (the view's own, dropped before it and created after it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_constraints import schema_of
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.quoting import IDENTIFIER_PATTERN, QUALIFIED_NAME
from schemadiff.snapshot import Snapshot

# (queries/index.sql) an index definition (``ON ONLY`` a partitioned table's) up to its key list's opening
# parenthesis; then the keys (plain columns or expressions: :func:`index_parts`), each maybe with a collation
# and an operator class (schema-qualified or not; not one with options), then DESC, NULLS FIRST/LAST
_NAME = r'(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)'
_ORDER = r"(?: DESC)?(?: NULLS (?:FIRST|LAST))?"
_HEAD = re.compile(
    rf"CREATE (?:UNIQUE )?INDEX (?:{IDENTIFIER_PATTERN}) ON (?:ONLY )?{QUALIFIED_NAME} USING (?P<method>\w+) \("
)
_UNCOMPARED = (
    rf"(?P<collation> COLLATE (?:{_NAME}\.)?{_NAME})?(?P<opclass> (?!DESC\b|NULLS\b|ASC\b)(?:{_NAME}\.)?{_NAME})?"
)
_KEY_OPTIONS = re.compile(rf"{_UNCOMPARED}(?P<order>{_ORDER})")
# a key that is an expression: parenthesized, or a call that the server prints bare (``lower(email)``,
# ``COALESCE(a, b)``), up to its opening parenthesis
_CALL = re.compile(rf'(?:{_NAME}\.)?(?:"(?:[^"]|"")+"|[A-Za-z_][A-Za-z0-9_$]*)\(|\(')
_COLUMN = re.compile(_NAME)
_WITH = re.compile(r" WITH \((?:[^()']|'(?:[^']|'')*')*\)")  # (queries/index.sql) an index's storage parameters
# INCLUDE (migra's inspector compares the included columns), a predicate
_RECREATABLE_TAIL = re.compile(r"(?: INCLUDE \((?:[^()\"]|\"[^\"]*\")*\))?(?: WHERE .*)?", re.S)


@dataclass(frozen=True)
class IndexKey:
    """One key of an index's definition: a column or an expression, and what follows it."""

    term: str  # the column, or the expression as printed (with its parentheses)
    collation: str  # " COLLATE …" or ""
    opclass: str  # " <operator class>" or ""
    order: str  # " DESC", " NULLS FIRST", … or ""


@dataclass(frozen=True)
class IndexParts:
    head: str  # up to "USING <method>"
    method: str
    keys: tuple[IndexKey, ...]
    tail: str  # after the key list: INCLUDE, NULLS NOT DISTINCT, WITH, WHERE


def index_drops(
    indexes: tuple[CatalogObject, ...],
    phase: int = PHASE_RANK["indexes.drop"],
    matviews: Mapping[str, CatalogObject] | None = None,
    modified: Set[str] = frozenset(),
) -> Iterator[Change]:
    """``drop index if exists`` of each of ``indexes``, in ``phase``, in migra's order: those
    dropped for good by key, then those of ``modified`` (identities: created again) by key;
    with ``matviews`` (the materialized views of the current side) those of them only, in
    mv_indexes.drop."""
    if matviews is not None:
        indexes, phase = tuple(i for i in indexes if i.parent in matviews), PHASE_RANK["mv_indexes.drop"]
    for index in sorted(indexes, key=lambda i: (i.identity in modified, index_key(i))):
        yield Change("index", Action.DROP, index.identity, f"drop index if exists {index_key(index)}", phase)


def index_creations(
    desired: Snapshot,
    wanted: set[str],
    phase: int = PHASE_RANK["indexes.create"],
    matviews: Mapping[str, CatalogObject] | None = None,
    modified: Set[str] = frozenset(),
) -> Iterator[Change]:
    """The definition of each index of ``wanted``, in ``phase``, in migra's order: the new
    ones by key, then those of ``modified`` (dropped before) by key; with ``matviews`` (the
    materialized views of the desired side) those of them only, in mv_indexes.create."""
    if matviews is not None:
        wanted = {i for i in wanted if getattr(desired.catalog.get("index", i), "parent", None) in matviews}
        phase = PHASE_RANK["mv_indexes.create"]
    rows = rows_by_identity(desired, "indexes", wanted).values()
    for row in sorted(
        rows, key=lambda r: (r["identity"] in modified, quoted_relation(r["schema_name"], r["index_name"]))
    ):
        yield Change("index", Action.CREATE, row["identity"], str(row["definition"]), phase)


def table_indexes(
    indexes: tuple[CatalogObject, ...], matviews: Mapping[str, CatalogObject]
) -> tuple[CatalogObject, ...]:
    """Those of ``indexes`` that are not of the materialized views ``matviews``."""
    return tuple(i for i in indexes if i.parent not in matviews)


def key_index(current: Catalog, desired: Catalog, index: CatalogObject) -> bool:
    """Whether ``index`` is the index of a key (a constraint of its table of its name)."""
    identity = f"{index.parent}.{index_name(index)}"
    return current.get("constraint", identity) is not None or desired.get("constraint", identity) is not None


def index_key(index: CatalogObject) -> str:
    """An index as migra keys, orders and names it: its quoted schema and name."""
    return quoted_relation(schema_of(index), index_name(index))


def index_name(index: CatalogObject) -> str:
    """An index's own name (its identity is ``schema.name``, in its table's schema)."""
    return index.identity[len(schema_of(index)) + 1 :]


def redefined_index(before: CatalogObject, after: CatalogObject) -> bool:
    """Whether an index changes only in what migra does not compare: its storage parameters (an
    HNSW index's ``m``, an IVFFlat index's ``lists``), and, on plain columns, their operator
    classes and collations (``vector_l2_ops`` to ``vector_cosine_ops``); the indexes family
    (diff/indexes.py) drops and creates it again, one step after migra's indexes."""
    return before.parent == after.parent and _seen_by_migra(before.definition) == _seen_by_migra(after.definition)


def _seen_by_migra(definition: str) -> str:
    """An index's definition without its storage parameters and its keys' operator classes and
    collations (when its keys can be read: :func:`index_parts`)."""
    definition = _WITH.sub("", definition)
    parts = index_parts(definition)
    if parts is None:
        return definition
    keys = ", ".join(k.term + k.order for k in parts.keys)
    return f"{parts.head} ({keys}){parts.tail}"


def recreatable_index(definition: str) -> bool:
    """Whether an index (``queries/index.sql``) is a b-tree index on columns or expressions
    without a collation or an operator class of their own, maybe covering (INCLUDE) or partial:
    every difference between two of them is one migra sees (its columns, expressions, their
    order options, the included columns, the predicate)."""
    parts = index_parts(definition)
    return (
        parts is not None
        and parts.method == "btree"
        and not any(k.collation or k.opclass for k in parts.keys)
        and _RECREATABLE_TAIL.fullmatch(parts.tail) is not None
    )


def index_parts(definition: str) -> IndexParts | None:
    """An index's definition (``pg_get_indexdef``) read into its head, keys and tail; None when
    a key is not a column or an expression with the options :data:`_KEY_OPTIONS` reads."""
    head = _HEAD.match(definition)
    if head is None:
        return None
    keys: list[IndexKey] = []
    at = head.end()
    while True:
        term = _term(definition, at)
        if term is None:
            return None
        options = _KEY_OPTIONS.match(definition, term)
        assert options is not None  # (every group is optional)
        keys.append(
            IndexKey(definition[at:term], options["collation"] or "", options["opclass"] or "", options["order"] or "")
        )
        at = options.end()
        if definition.startswith(", ", at):
            at += 2
        elif definition.startswith(")", at):
            return IndexParts(head[0][:-2], head["method"], tuple(keys), definition[at + 1 :])
        else:
            return None


def _term(text: str, at: int) -> int | None:
    """Where the column or expression that starts at ``at`` ends; None when none does."""
    call = _CALL.match(text, at)
    if call is None:
        name = _COLUMN.match(text, at)
        return None if name is None else name.end()
    depth, i = 1, call.end()
    while i < len(text):
        char = text[i]
        if char in "'\"":  # a literal or a quoted name: to its closing quote (doubled ones inside)
            i += 1
            while i < len(text) and (text[i] != char or text.startswith(char * 2, i)):
                i += 2 if text.startswith(char * 2, i) else 1
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    return None
