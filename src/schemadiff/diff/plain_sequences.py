"""Sequences, planned without migra's inspector: the sequence part of
:mod:`schemadiff.diff.plain_structure`.

migra compares sequences by name and by the column that owns them (``OWNED BY``), and leaves out
those of identity columns, which come and go with their column. What it writes for them is known
from our catalog (``queries/sequence.sql``) alone:

- a new sequence: ``create sequence`` in its sequences.create phase, with its options as
  ``migra_fixes`` writes them (``diff/sequences.create_sequence_statement``);
- one that goes: ``drop sequence if exists`` in its sequences.drop phase;
- a new sequence owned by a column (a serial one), and one whose owning column changed:
  ``alter sequence … owned by`` (or ``owned by none``) in the tables phase, after every table's
  columns (the new ones, then the changed ones; each group in migra's key order, the quoted name);
- an identity column's sequence: nothing (the column's declaration names it, when PostgreSQL
  would name it otherwise: ``plain_structure._declaration``).

The options of a new identity sequence and of every existing one are set by the sequence options
family (``diff/sequences.py``), which the light families run when sequences differ.

Plain means: an identity sequence differs only with its column (added with it, on a new table or
an existing one, or dropped with it; made or dropped by the column becoming an identity or
ceasing to be one: ``alter column … add generated … as identity``, ``drop identity``), or in its
options; an owned sequence does not become an identity one or the other way round.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import quoted, sequence_facts
from schemadiff.diff.sequences import create_sequence_statement
from schemadiff.quoting import IDENTIFIER_PATTERN, quote_ident, unquote_identifier, unquote_qualified
from schemadiff.snapshot import Snapshot

_OWNED_BY = " owned by "  # (queries/sequence.sql: the owning column, its parts quoted where needed)
_IDENTITY = " identity"  # (queries/sequence.sql: after the owning column of an identity's sequence)


def plain_sequences(
    have: Mapping[str, CatalogObject],
    want: Mapping[str, CatalogObject],
    added_columns: Set[str],
    dropped_columns: Set[str],
) -> bool:
    """Whether every sequence that differs (``have`` and ``want``: those of each side) is plain:
    an identity's only with its column (one of ``added_columns`` or ``dropped_columns``) or in
    its options; no sequence becomes an identity's or stops being one."""
    for sequence in changed_sequences(have, want):
        before = have[sequence.identity]
        if _is_identity(before) != _is_identity(sequence):
            return False
        if _owner(before) != _owner(sequence) and _is_identity(sequence):
            return False
    added = (want[identity] for identity in want.keys() - have.keys())
    dropped = (have[identity] for identity in have.keys() - want.keys())
    return all(_owner(s) in added_columns for s in added if _is_identity(s)) and all(
        _owner(s) in dropped_columns for s in dropped if _is_identity(s)
    )


def changed_sequences(have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject]) -> list[CatalogObject]:
    """The sequences of both sides whose definitions differ, as ``want`` has them."""
    return [want[i] for i in sorted(want.keys() & have.keys()) if have[i].definition != want[i].definition]


def reowned(have: Mapping[str, CatalogObject], want: Mapping[str, CatalogObject]) -> tuple[CatalogObject, ...]:
    """The sequences (none an identity's) whose owning column changed, as ``want`` has them."""
    return tuple(s for s in changed_sequences(have, want) if _owner(have[s.identity]) != _owner(s))


def standalone(sequences: tuple[CatalogObject, ...]) -> tuple[CatalogObject, ...]:
    """Those of ``sequences`` that are not an identity column's (migra plans those)."""
    return tuple(s for s in sequences if not _is_identity(s))


def sequence_creations(desired: Snapshot, sequences: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """migra's ``create sequence`` of each of ``sequences``, with its options, in migra's order."""
    for name, sequence in _by_quoted_name(desired, sequences):
        sql = create_sequence_statement(name, sequence_facts(sequence.definition))
        yield Change("sequence", Action.CREATE, sequence.identity, sql, PHASE_RANK["sequences.create"])


def sequence_ownerships(
    desired: Snapshot, added: tuple[CatalogObject, ...], reowned: tuple[CatalogObject, ...]
) -> Iterator[Change]:
    """migra's ``alter sequence … owned by`` of each new sequence that a column owns, then of
    each sequence whose owning column changed (``owned by none``: no longer owned)."""
    owned = tuple(s for s in added if _owner(s))
    for group in (owned, reowned):
        for name, sequence in _by_quoted_name(desired, group):
            column = ".".join(quote_ident(unquote_identifier(part)) for part in _owner_parts(sequence)) or "none"
            sql = f"alter sequence {name} owned by {column}"
            yield Change("sequence", Action.ALTER, sequence.identity, sql, PHASE_RANK[TABLES_PHASE_NAME])


def carried_ownerships(tables: Set[str], current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    """The sequences owned by a column (a serial one) of one of ``tables``, which the plan drops and
    creates again (``diff/carried.py``), owned by the same column on both sides: ``owned by none``
    before the table's drop, which would drop them too, and owned by the column again after its
    creation (its default uses the sequence)."""
    for name, sequence in _by_quoted_name(current, tuple(current.catalog.of_kind("sequence").values())):
        parts = [unquote_identifier(part) for part in _owner_parts(sequence)]
        if len(parts) != 3 or f"{parts[0]}.{parts[1]}" not in tables or _is_identity(sequence):
            continue
        wanted = desired.catalog.get("sequence", sequence.identity)
        if wanted is None or _owner_parts(wanted) != _owner_parts(sequence) or _is_identity(wanted):
            continue
        column = ".".join(quote_ident(part) for part in parts)
        sql = f"alter sequence {name} owned by none"
        yield Change("sequence", Action.ALTER, sequence.identity, sql, PHASE_RANK[TABLES_PHASE_NAME] - 1)
        sql = f"alter sequence {name} owned by {column}"
        yield Change("sequence", Action.ALTER, sequence.identity, sql, PHASE_RANK[TABLES_PHASE_NAME] + 1)


def sequence_drops(current: Snapshot, sequences: tuple[CatalogObject, ...]) -> Iterator[Change]:
    """migra's ``drop sequence if exists`` of each of ``sequences``, in migra's order."""
    for name, sequence in _by_quoted_name(current, sequences):
        sql = f"drop sequence if exists {name}"
        yield Change("sequence", Action.DROP, sequence.identity, sql, PHASE_RANK["sequences.drop"])


def _by_quoted_name(snapshot: Snapshot, sequences: tuple[CatalogObject, ...]) -> list[tuple[str, CatalogObject]]:
    return sorted(((quoted(snapshot.catalog, s.identity), s) for s in sequences), key=lambda pair: pair[0])


def _owner_text(sequence: CatalogObject) -> str:
    text = sequence.definition.partition(_OWNED_BY)[2]
    return text.removesuffix(_IDENTITY)


def _owner_parts(sequence: CatalogObject) -> list[str]:
    """The schema, table and column owning ``sequence`` as the server quotes them (or none)."""
    return re.findall(IDENTIFIER_PATTERN, _owner_text(sequence))


def _owner(sequence: CatalogObject) -> str | None:
    """The column owning ``sequence`` (``schema.table.column``), if a column does."""
    text = _owner_text(sequence)
    return unquote_qualified(text) if text else None


def _is_identity(sequence: CatalogObject) -> bool:
    return _OWNED_BY in sequence.definition and sequence.definition.endswith(_IDENTITY)
