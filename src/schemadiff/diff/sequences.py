"""The sequence options family: ``ALTER SEQUENCE`` for options migra never compares.

migra compares sequences by name and owning column only, and creates new ones with
``CREATE SEQUENCE name`` (no options): type, start, increment, bounds, cache, cycle and
logged-ness are never planned, for standalone sequences as for those of identity columns.
Each sequence of the desired side is compared with what the current side has. A new
standalone or serial sequence gets its options in its CREATE SEQUENCE (``migra_fixes``); a
new identity column's sequence, created with the column type's defaults, is altered and
restarted, so that its first value is its start value.
(Raising an existing sequence's MINVALUE above its current value fails: moving the current
value is a data decision, left to the reviewer.)
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK, TABLES_PHASE_NAME
from schemadiff.diff.readers import SequenceFacts, quoted, sequence_facts
from schemadiff.snapshot import Snapshot

PHASE = PHASE_RANK[TABLES_PHASE_NAME] + 2

_MAX = {"smallint": 32767, "integer": 2147483647, "bigint": 9223372036854775807}


def created_default(facts: SequenceFacts) -> SequenceFacts:
    """The options of the same sequence right after the plan creates it."""
    type_ = facts.type if facts.identity else "bigint"
    return SequenceFacts(type_, 1, 1, 1, _MAX.get(type_, _MAX["bigint"]), 1, False, False, facts.identity)


def alter_clauses(have: SequenceFacts, want: SequenceFacts) -> list[str]:
    clauses = []
    if have.type != want.type:
        clauses.append(f"as {want.type}")
    if have.increment != want.increment:
        clauses.append(f"increment by {want.increment}")
    # a new type resets bounds that were the old type's defaults: always state them then
    if have.minvalue != want.minvalue or have.type != want.type:
        clauses.append(f"minvalue {want.minvalue}")
    if have.maxvalue != want.maxvalue or have.type != want.type:
        clauses.append(f"maxvalue {want.maxvalue}")
    if have.start != want.start:
        clauses.append(f"start with {want.start}")
    if have.cache != want.cache:
        clauses.append(f"cache {want.cache}")
    if have.cycle != want.cycle:
        clauses.append("cycle" if want.cycle else "no cycle")
    return clauses


def create_sequence_statement(quoted_name: str, facts: SequenceFacts) -> str:
    """CREATE SEQUENCE with every option that differs from its defaults (used by migra_fixes)."""
    # the type's own defaults for the bounds, so only options that differ from them are named
    defaults = replace(created_default(replace(facts, identity=True)), identity=False)
    clauses = ([f"as {facts.type}"] if facts.type != "bigint" else []) + alter_clauses(defaults, facts)
    unlogged = "unlogged " if facts.unlogged else ""
    return " ".join([f"create {unlogged}sequence {quoted_name}", *clauses])


def sequence_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have_all = current.catalog.of_kind("sequence")
    for identity, obj in sorted(desired.catalog.of_kind("sequence").items()):
        want = sequence_facts(obj.definition)
        before = have_all.get(identity)
        if before is None and not want.identity:
            continue  # created with its options (migra_fixes)
        have = sequence_facts(before.definition) if before is not None else created_default(want)
        name = quoted(desired.catalog, identity)
        clauses = alter_clauses(have, want)
        if clauses and before is None:
            clauses.append("restart")  # a new sequence starts at its start value, within its bounds
        if clauses:
            yield Change("sequence", Action.ALTER, identity, f"alter sequence {name} {' '.join(clauses)}", PHASE)
        if have.unlogged != want.unlogged:
            logged = "unlogged" if want.unlogged else "logged"
            yield Change("sequence", Action.ALTER, identity, f"alter sequence {name} set {logged}", PHASE)
