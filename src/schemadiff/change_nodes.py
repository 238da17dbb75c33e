"""The node of the dependency graph a change is about (:func:`object_name`), the name a rename
gives it (:func:`renamed_to`), and the nodes whose edges a plan reads (:func:`needing_nodes`).

Nodes are named the way changes name their objects: a table ``schema.table``, a column
``schema.table.column``, a function without its arguments; a comment or a grant is about the
object it is on. ``ordering`` links changes by these names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from schemadiff.changes import Action, Change
from schemadiff.graph_edges import ALTER_ONLY
from schemadiff.quoting import unquote_qualified

_ARGUMENTS = re.compile(r"\(.*\)$", re.S)
_GRANT_TARGET = re.compile(
    r'.*? on (.*) (?:to|from) (?:"(?:[^"]|"")*"|\S+)$', re.S
)  # "<privileges> on <object> to <role>"
_COLUMN_PRIVILEGE = re.compile(r'^[a-z ]+ \(("(?:[^"]|"")*"|[^\s,()"]+)\) on ', re.I)  # 'select ("c") on …'
_OBJECT_TYPE = re.compile(
    r"^(?:table|view|materialized view|sequence|function|procedure|aggregate|schema|type|domain|column|index|"
    r"constraint|trigger|policy|collation|extension|foreign table|server|rule|large object|"
    r"text search (?:configuration|dictionary))\s+",
    re.I,
)
_ALTERED = re.compile(
    r"alter (?:table|view|materialized view|sequence|index|type|domain|function|procedure|routine)"
    r'\s+(?:if exists\s+)?((?:"(?:[^"]|"")*"|[^\s."(]+)(?:\.(?:"(?:[^"]|"")*"|[^\s."(]+))*)',
    re.I,
)
_NAME_PART = re.compile(r'"((?:[^"]|"")*)"|([^."\s(]+)')
_RENAMES_PART = re.compile(r"\brename (?:column|constraint)\b", re.I)
_ON_TABLE = re.compile(r'^("(?:[^"]|"")*"|[^ "]+) on (.+)$', re.S)
_RENAMED_TO = re.compile(r'\brename to\s+("(?:[^"]|"")+"|[^\s;]+)\s*$', re.I)


def object_name(change: Change) -> str:
    """The object a change is about: its identity without a function's arguments; for a
    rename (``<old> to <new>``) the old name; for a comment or a grant, the object it is on (a
    column's grant: the column)."""
    identity = change.identity
    if change.action is Action.RENAME and " to " in identity:
        identity = identity.rsplit(" to ", 1)[0]
    elif change.kind in ("privilege", "comment", "owner"):  # these name their object as SQL does
        match = _GRANT_TARGET.match(identity) if change.kind == "privilege" else None
        target = _OBJECT_TYPE.sub("", match.group(1) if match else identity)
        on_table = _ON_TABLE.match(target)  # "<name> on <table>": a policy, trigger, rule, constraint
        identity = f"{_unquoted(on_table.group(2))}.{_unquoted(on_table.group(1))}" if on_table else _unquoted(target)
        column = _COLUMN_PRIVILEGE.match(change.identity) if change.kind == "privilege" else None
        if column is not None:  # a column's privilege is the column's (it follows the column's creation)
            identity = f"{identity}.{_unquoted(column.group(1))}"
    return _ARGUMENTS.sub("", identity)


def _unquoted(text: str) -> str:
    return unquote_qualified(text) if '"' in text else text


def renamed_to(change: Change) -> str | None:
    """The name a RENAME change gives its object (same schema, or same table), else None.
    The qualifier is read from the statement's quoted names: names may hold dots."""
    if change.action is not Action.RENAME:
        return None
    if " to " in change.identity:
        new = change.identity.rsplit(" to ", 1)[1]
    else:
        match = _RENAMED_TO.search(change.sql)
        if not match:
            return None
        raw = match.group(1)
        new = raw[1:-1].replace('""', '"') if raw.startswith('"') else raw
    target = _ALTERED.match(change.sql)
    if target is None:
        name = object_name(change)
        return f"{name.rsplit('.', 1)[0]}.{new}" if "." in name else new
    parts = [
        quoted.replace('""', '"') if quoted or not plain else plain
        for quoted, plain in _NAME_PART.findall(target.group(1))
    ]
    head = parts if _RENAMES_PART.search(change.sql) else parts[:-1]
    return ".".join([*head, new])


def needing_nodes(changes: Iterable[Change]) -> frozenset[str]:
    """The nodes whose edges ``ordering.dependency_order`` reads for ``changes``: the objects of the
    changes (and their ALTER-only nodes). The rules look edges up by the node that needs, and
    only a node that is the object of a change links anything (an edge of an object no change
    touches orders nothing), so a plan of a few changes is ordered from a few edges of a graph
    of tens of thousands."""
    names = {object_name(change) for change in changes}
    return frozenset(names | {name + ALTER_ONLY for name in names})
