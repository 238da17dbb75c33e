"""Facts read out of the catalog's canonical definitions (``queries/<kind>.sql`` documents
each format), plus quoting helpers, shared by the diff families.

The definitions are machine-rendered in a fixed grammar, so anchored patterns read them
reliably; free text (expressions, literals) only ever sits in the last group a pattern
captures before a fixed keyword.
"""

from __future__ import annotations

import re
from collections.abc import Sequence, Set
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.hazards import column_collation, column_type
from schemadiff.quoting import (  # noqa: F401  (re-exported)
    QUALIFIED_NAME,
    longest_known_prefix,
    quote_ident,
    quote_literal,
    quote_role,
    unquote_qualified,
)

if TYPE_CHECKING:
    from schemadiff.snapshot import Snapshot

_TABLE = re.compile(
    r"^(?P<kind>ordinary|partitioned|foreign)(?P<unlogged> unlogged)?"
    r"(?: partition by (?P<key>.*?))?"
    rf"(?: partition of (?P<parent>{QUALIFIED_NAME}) (?P<bound>.*?)| inherits \((?P<inherits>.*?)\))?"
    r"(?: of type (?P<of_type>\S+))?(?: using \S+)?(?: server .*?)?"
    r"(?: with \((?P<options>[^()]*)\))? replica identity (?P<replica>[dnfi])$",
    re.S,
)
# (queries/type.sql) an enum's definition, and one label in it as quote_literal prints it
_ENUM = re.compile(r"enum \((.*)\)", re.S)
_LABEL = re.compile(r"E?'(?:[^']|'')*'")
_TYPE_KINDS = ("enum", "domain", "composite", "range")
_SEQUENCE = re.compile(
    r"^as (?P<type>.+?) start (?P<start>-?\d+) increment (?P<increment>-?\d+) minvalue (?P<minvalue>-?\d+)"
    r" maxvalue (?P<maxvalue>-?\d+) cache (?P<cache>\d+) (?P<cycle>cycle|no cycle)(?P<unlogged> unlogged)?"
    r"(?: owned by (?P<owned_by>.+?))?(?P<identity> identity)?$"
)


# a name in an ``inherits (a, b)`` list (QUALIFIED_NAME's, without a comma in a bare name)
_PARENT_NAMES = re.compile(r'(?:"(?:[^"]|"")*"|[^\s".,]+)\.(?:"(?:[^"]|"")*"|[^\s".,]+)')


@dataclass(frozen=True)
class TableFacts:
    kind: str  # ordinary | partitioned | foreign
    partition_key: str | None
    parent: str | None  # quoted qualified name of the partitioned parent
    bound: str | None  # FOR VALUES … | DEFAULT
    options: tuple[str, ...]  # reloptions, "name=value", sorted
    replica: str  # d n f i
    inherits: str | None = None  # quoted parents of an inheritance child, in order
    unlogged: bool = False
    of_type: str | None = None  # a typed table's composite type, as format_type writes it


def table_facts(catalog: Catalog, identity: str) -> TableFacts | None:
    obj = catalog.get("table", identity)
    if obj is None:
        return None
    match = _TABLE.match(obj.definition)
    if match is None:
        raise ValueError(f"unexpected table definition of {identity}: {obj.definition!r}")
    options = tuple(o for o in (match["options"] or "").split(", ") if o)
    return TableFacts(
        match["kind"],
        match["key"],
        match["parent"],
        match["bound"],
        options,
        match["replica"],
        match["inherits"],
        bool(match["unlogged"]),
        match["of_type"],
    )


def inheritance_parents(catalog: Catalog, table: str) -> tuple[str, ...]:
    """The identities of the inheritance parents of ``table``, in order (none for another table)."""
    facts = table_facts(catalog, table)
    if facts is None or facts.inherits is None:
        return ()
    return tuple(unquote_qualified(name) for name in _PARENT_NAMES.findall(facts.inherits))


def partition_of(catalog: Catalog, identity: str) -> tuple[str, str] | None:
    """(parent, bound) when the table is a partition, else None."""
    facts = table_facts(catalog, identity)
    if facts is None or facts.parent is None or facts.bound is None:
        return None
    return facts.parent, facts.bound


def partition_parent(catalog: Catalog, identity: str) -> str | None:
    """The identity of the table's parent when it is a partition, else None."""
    found = partition_of(catalog, identity)
    return unquote_qualified(found[0]) if found is not None else None


@dataclass(frozen=True)
class SequenceFacts:
    type: str
    start: int
    increment: int
    minvalue: int
    maxvalue: int
    cache: int
    cycle: bool
    unlogged: bool
    identity: bool


def sequence_facts(definition: str) -> SequenceFacts:
    match = _SEQUENCE.match(definition)
    if match is None:
        raise ValueError(f"unexpected sequence definition: {definition!r}")
    return SequenceFacts(
        match["type"],
        int(match["start"]),
        int(match["increment"]),
        int(match["minvalue"]),
        int(match["maxvalue"]),
        int(match["cache"]),
        match["cycle"] == "cycle",
        bool(match["unlogged"]),
        bool(match["identity"]),
    )


def view_options(definition: str) -> tuple[str, ...]:
    """The reloptions of a view (the catalog puts them on a last line "with (...)")."""
    last = definition.rsplit("\n", 1)[-1]
    if "\n" in definition and last.startswith("with (") and last.endswith(")"):
        return tuple(last[len("with (") : -1].split(", "))
    return ()


def is_add_value_change(old: list[str], new: list[str]) -> bool:
    """True when ``new`` only adds labels to ``old`` (which keeps its order)."""
    return old != new and [label for label in new if label in old] == list(old) and len(set(new)) == len(new)


CONSTRAINT_FLAGS = re.compile(r" deferrable=\w+ deferred=\w+ validated=(?P<validated>\w+)$")  # queries/constraint.sql


def type_kind(type_: CatalogObject) -> str | None:
    """A type's kind (``queries/type.sql``): enum, domain, composite or range."""
    return next((kind for kind in _TYPE_KINDS if type_.definition.startswith(kind + " ")), None)


def enum_labels(enum: CatalogObject) -> list[str] | None:
    """An enum's labels as the catalog prints them (``queries/type.sql``: quoted, so equal when
    the labels are), or None when its definition does not read as a list of them."""
    found = _ENUM.fullmatch(enum.definition)
    if found is None:
        return None
    labels = _LABEL.findall(found.group(1))
    return labels if ", ".join(labels) == found.group(1) else None


def constraint_definition(definition: str) -> tuple[str, bool]:
    """(the server's text without ``NOT VALID``, whether validated) of a catalog constraint's
    definition (``contype=c CHECK (…) deferrable=… deferred=… validated=…``)."""
    flags = CONSTRAINT_FLAGS.search(definition)
    text = re.sub(r"^contype=\w ", "", CONSTRAINT_FLAGS.sub("", definition)).removesuffix(" NOT VALID")
    return text, flags is None or flags["validated"] == "true"


_REFERENCES = re.compile(rf"\bREFERENCES (?P<table>{QUALIFIED_NAME})\(")


def referenced_table(definition: str) -> str | None:
    """The table a foreign key's definition (the catalog's, or a statement's) references, as an
    identity; None when it is no foreign key."""
    match = _REFERENCES.search(definition)
    return unquote_qualified(match["table"]) if match else None


def referenced_tables(catalog: Catalog) -> frozenset[str]:
    """The tables that a foreign key of ``catalog`` references (identities)."""
    return frozenset(t for c in catalog.of_kind("constraint").values() if (t := referenced_table(c.definition)))


def migra_tables(snapshot: Snapshot) -> dict[str, Any]:
    """migra's inspected tables by identity ("schema.name"; its own keys are quoted names)."""
    return {f"{t.schema}.{t.name}": t for t in snapshot.inspector.tables.values()}


def migra_views(snapshot: Snapshot) -> dict[str, Any]:
    """migra's inspected views (and materialized views) by identity."""
    return {f"{v.schema}.{v.name}": v for v in snapshot.inspector.views.values()}


def backs_constraint(catalog: Catalog, index: str) -> bool:
    """Whether ``index`` is a constraint's (a key's: the constraint has its name, on its table)."""
    found = catalog.get("index", index)
    return (
        found is not None
        and catalog.get("constraint", f"{found.parent}.{split_identity(catalog, index)[1]}") is not None
    )


def split_identity(catalog: Catalog, identity: str) -> tuple[str, str]:
    """(schema, name) of a catalog identity "schema.name" (names may contain dots): the longest
    prefix before a dot that is a schema of the catalog."""
    schema = longest_known_prefix(identity, lambda prefix: catalog.get("schema", prefix) is not None)
    if schema is not None:
        return schema, identity[len(schema) + 1 :]
    schema, _, name = identity.partition(".")
    return schema, name


def parent_of(catalog: Catalog, kind: str, identity: str) -> str:
    """The table of a column, constraint, trigger, policy or index of ``catalog`` (the catalog
    object's parent; '' when it has none): names may hold dots, so an identity is not split."""
    found = catalog.get(kind, identity)
    return found.parent if found is not None else ""


def key_index(catalog: Catalog, constraint: str) -> str | None:
    """The index (``schema.name``) of a key constraint of ``catalog`` (``schema.table.name``):
    its name, in its table's schema."""
    table = parent_of(catalog, "constraint", constraint)
    if not table:
        return None
    return f"{split_identity(catalog, table)[0]}.{constraint[len(table) + 1 :]}"


def quoted(catalog: Catalog, identity: str) -> str:
    schema, name = split_identity(catalog, identity)
    return f"{quote_ident(schema)}.{quote_ident(name)}"


def retyped_columns(
    changes: Sequence[Change], current: Catalog, desired: Catalog, types: Set[str] = frozenset()
) -> set[str]:
    """The columns whose type (or collation) the column ALTERs of ``changes`` change, and those of
    ``types`` (created again under their names: their columns are converted to the new one) that
    they alter."""
    found = set()
    for change in changes:
        if change.kind == "column" and change.action is Action.ALTER:
            before = current.get("column", change.identity)
            after = desired.get("column", change.identity)
            if before is None or after is None:
                continue
            if (
                _type_of(before) != _type_of(after)
                or unquote_qualified(_type_of(before)[0].removesuffix("[]")) in types
            ):
                found.add(change.identity)
    return found


def _type_of(column: CatalogObject) -> tuple[str, str]:
    """A column's type and its collation (``""``: its type's), as ``hazards`` reads them."""
    return column_type(column.definition), column_collation(column.definition)
