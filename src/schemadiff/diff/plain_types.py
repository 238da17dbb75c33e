"""Enums, domains, range types and composite types, planned without migra's inspector: the type
part of :mod:`schemadiff.diff.plain_structure`.

Of the types, migra plans only the enums: a new one ``create type … as enum (…)`` in its
enums.create phase, a dropped one ``drop type …`` in its enums.drop phase (each group in its key
order: the quoted name), and any other change of one by replacing it (renamed, created again,
every column recast, dropped). The other families plan the rest from the render rows
(``queries/render_types.sql``): the labels an enum only gains (``diff/enums.py``, migra is shown
none), an enum replaced when only table columns use it (``diff/enum_replacement.py``, the same),
domains, range types and composite types (``diff/types.py``, migra ignores or is shown none). So
the light families plan the types with those families and, for the new and dropped enums, the
statements migra writes, written here from the same rows.

Plain means: no changed type becomes another kind of type, an enum's labels read as a list on
both sides (one that loses, renames or moves labels is ``replaced_enums``: ``plain_structure``
checks that only table columns use it), and no name has a dot (its parts are unknown). Read
from the catalog alone (``queries/type.sql``): an enum's definition lists its labels, each as
``quote_literal`` prints it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.enums import enum_creation, enum_rows, quoted_enum
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.readers import enum_labels, is_add_value_change, type_kind
from schemadiff.snapshot import Snapshot


@dataclass(frozen=True)
class PlainTypes:
    """The types that differ, all of them plain (see the module's docstring): the new and the
    dropped enums (migra's statements, written here), the enums that gain labels (the enums
    family) and whether a domain, range type or composite type differs (the types family)."""

    added_enums: tuple[CatalogObject, ...] = ()
    dropped_enums: tuple[CatalogObject, ...] = ()
    grown_enums: tuple[CatalogObject, ...] = ()  # (as desired has them)
    # that lose, rename or move labels (as desired has them): replaced (diff/enum_replacement.py), when only columns use them
    replaced_enums: tuple[CatalogObject, ...] = ()
    others: tuple[CatalogObject, ...] = ()  # domains, range and composite types new, dropped or changed
    changed_others: frozenset[str] = frozenset()  # (the identities of those of others on both sides)

    @property
    def identities(self) -> frozenset[str]:
        """The identities of every type that differs: the render rows the light families read."""
        return frozenset(
            t.identity
            for t in (*self.added_enums, *self.dropped_enums, *self.grown_enums, *self.replaced_enums, *self.others)
        )


def plain_types(have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject]) -> PlainTypes | None:
    """The types that differ between ``have`` and ``want`` (the catalogs' ``type`` objects by
    identity), when all are plain; None otherwise."""
    added = [want[i] for i in sorted(want.keys() - have.keys())]
    dropped = [have[i] for i in sorted(have.keys() - want.keys())]
    changed = [i for i in sorted(want.keys() & have.keys()) if have[i].definition != want[i].definition]
    if any(t.identity.count(".") != 1 for t in (*added, *dropped)) or any(i.count(".") != 1 for i in changed):
        return None
    if any(type_kind(have[i]) != type_kind(want[i]) or type_kind(want[i]) is None for i in changed):
        return None
    grown: list[CatalogObject] = []
    replaced: list[CatalogObject] = []
    for identity in changed:
        if type_kind(want[identity]) != "enum":
            continue
        before, after = enum_labels(have[identity]), enum_labels(want[identity])
        if before is None or after is None:
            return None
        (grown if is_add_value_change(before, after) else replaced).append(want[identity])
    return PlainTypes(
        added_enums=tuple(t for t in added if type_kind(t) == "enum"),
        dropped_enums=tuple(t for t in dropped if type_kind(t) == "enum"),
        grown_enums=tuple(grown),
        replaced_enums=tuple(replaced),
        others=tuple(t for t in (*added, *dropped, *(want[i] for i in changed)) if type_kind(t) != "enum"),
        changed_others=frozenset(i for i in changed if type_kind(want[i]) != "enum"),
    )


def enum_creations(desired: Snapshot, enums: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """migra's ``create type … as enum (…)`` of each of ``enums``, in its key order."""
    rows = enum_rows(desired) if enums else {}  # (the rows are read only when a type differs)
    for row in sorted((rows[e.identity] for e in enums), key=quoted_enum):
        yield Change("type", Action.CREATE, row["identity"], enum_creation(row), PHASE_RANK["enums.create"])


def enum_drops(current: Snapshot, enums: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """migra's ``drop type …`` of each of ``enums``, in its key order."""
    rows = enum_rows(current) if enums else {}
    for row in sorted((rows[e.identity] for e in enums), key=quoted_enum):
        yield Change("type", Action.DROP, row["identity"], f"drop type {quoted_enum(row)}", PHASE_RANK["enums.drop"])
