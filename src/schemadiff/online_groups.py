"""The groups a plan's changes are applied in (:class:`Group`: a purpose, in a transaction or
not), and the groups of a plan applied in one transaction (``online: false``,
:func:`plain_groups`); :mod:`schemadiff.online` arranges online plans into more of them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from schemadiff.changes import Change
from schemadiff.plan import runs_in_transaction

_ADD_VALUE = re.compile(r"^alter type .* add value (?:if not exists )?(?P<label>'(?:[^']|'')*')", re.S)


@dataclass
class Group:
    purpose: str
    transactional: bool
    changes: list[Change] = field(default_factory=list)


def plain_groups(changes: list[Change]) -> list[Group]:
    """``online: false``: every change in one transaction, but those PostgreSQL refuses in
    one (each alone, after it); enum labels used later committed first."""
    pre = [replace(c, kind="type") for c in changes if c.kind == "enum-value"]
    rest = [c for c in changes if c.kind != "enum-value"]
    main = [c for c in rest if runs_in_transaction(c.sql)]
    alone = [Group("build index", False, [c]) for c in rest if not runs_in_transaction(c.sql)]
    groups = ([Group("enum values", True, pre)] if pre else []) + [Group("main", True, main)] + alone
    return [g for g in groups if g.changes]


def commit_used_enum_values(changes: list[Change]) -> list[Change]:
    """Mark (kind ``enum-value``, only inside this module) the ``ADD VALUE`` statements whose
    label a later statement of the plan names."""
    result = list(changes)
    for i, change in enumerate(changes):
        match = _ADD_VALUE.match(change.sql) if change.kind == "type" else None
        if match and any(match["label"] in later.sql for later in changes[i + 1 :]):
            result[i] = replace(change, kind="enum-value")
    return result
