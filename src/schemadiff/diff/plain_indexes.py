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

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_constraints import schema_of
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.quoting import IDENTIFIER_PATTERN, QUALIFIED_NAME
from schemadiff.snapshot import Snapshot

# (queries/index.sql) a b-tree index on plain columns (each maybe DESC, NULLS FIRST/LAST), maybe
# partial: every difference between two of them is one migra sees (its InspectedIndex compares
# columns, their options, uniqueness and predicate, not operator classes, collations or WITH)
_NAME = r'(?:"(?:[^"]|"")+"|[a-z_][a-z0-9_$]*)'
_ORDER = r"(?: DESC)?(?: NULLS (?:FIRST|LAST))?"
_KEY = _NAME + _ORDER
_RECREATABLE_INDEX = re.compile(
    rf"CREATE (?:UNIQUE )?INDEX (?:{IDENTIFIER_PATTERN}) ON {QUALIFIED_NAME} USING btree"
    rf" \({_KEY}(?:, {_KEY})*\)(?: WHERE .*)?",
    re.S,
)
# (queries/index.sql) an index whose keys are plain columns, each maybe with a collation and an
# operator class (schema-qualified or not; not one with options), then DESC, NULLS FIRST/LAST
_UNCOMPARED = rf"(?: COLLATE (?:{_NAME}\.)?{_NAME})?(?: (?!DESC\b|NULLS\b|ASC\b)(?:{_NAME}\.)?{_NAME})?"
_PLAIN_KEY = re.compile(rf"(?P<column>{_NAME}){_UNCOMPARED}(?P<order>{_ORDER})")
_PLAIN_KEYS = re.compile(
    rf"(?P<head>CREATE (?:UNIQUE )?INDEX (?:{IDENTIFIER_PATTERN}) ON {QUALIFIED_NAME} USING \w+)"
    rf" \((?P<keys>{_NAME}{_UNCOMPARED}{_ORDER}(?:, {_NAME}{_UNCOMPARED}{_ORDER})*)\)(?P<tail>.*)",
    re.S,
)
_WITH = re.compile(r" WITH \((?:[^()']|'(?:[^']|'')*')*\)")  # (queries/index.sql) an index's storage parameters


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
    """An index's definition without its storage parameters, and, when its keys are plain
    columns, without their operator classes and collations."""
    definition = _WITH.sub("", definition)
    found = _PLAIN_KEYS.fullmatch(definition)
    if found is None:
        return definition
    keys = ", ".join(m["column"] + m["order"] for m in _PLAIN_KEY.finditer(found["keys"]))
    return f"{found['head']} ({keys}){found['tail']}"


def recreatable_index(definition: str) -> bool:
    """Whether an index (``queries/index.sql``) is a b-tree index on plain columns, maybe partial:
    every difference between two of them is one migra sees."""
    return _RECREATABLE_INDEX.fullmatch(definition) is not None
