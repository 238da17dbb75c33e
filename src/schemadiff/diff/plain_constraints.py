"""Constraints added to, dropped from or changed on tables, planned without migra's inspector: the
constraint part of :mod:`schemadiff.diff.plain_structure` (which says when they are plain), and
the names of a table's members that its other parts share.

A constraint is dropped in migra's constraints.drop phase (a foreign key one step early, as
``migra_fixes`` moves it) or pk_constraints.drop, and added in pk_constraints.create or
constraints.create: a unique or primary key ``using index``, a check or foreign key ``not
valid`` then validated (unless it is meant to stay NOT VALID), an exclusion constraint with its
definition (it makes and drops its index: migra's statements for that index are placeholders
that ``migra_fixes`` drops), each group in migra's key order. A changed check or foreign key is
dropped and added again, after the dropped and the added ones, as migra does, and so is a
unique or primary key whose index is created again (other columns, say); a check or foreign key
that only becomes valid is validated (``migra_fixes`` keeps that alone of migra's re-creation),
and a foreign key whose deferrability alone changes is altered in place (``ALTER CONSTRAINT``,
as ``migra_fixes`` writes it).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Set
from dataclasses import dataclass

from schemadiff.catalog import CatalogObject
from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_policies import quoted_relation, rows_by_identity
from schemadiff.diff.readers import CONSTRAINT_FLAGS
from schemadiff.diff.temporal_keys import WITHOUT_OVERLAPS
from schemadiff.quoting import quote_ident
from schemadiff.snapshot import Snapshot

# queries/constraint.sql's definition of a check, foreign key, unique, primary key or exclusion
_PLAIN_CONSTRAINT = re.compile(
    r"^contype=(?P<contype>[cfupx]) (?P<body>.*) (?P<flags>deferrable=\w+ deferred=\w+) validated=(?:true|false)$",
    re.S,
)
_UNPLAIN_WORDS = (" NO INHERIT", " NOT ENFORCED")


def plain_constraints(
    added: tuple[CatalogObject, ...],
    dropped: tuple[CatalogObject, ...],
    added_indexes: Set[str],
    dropped_indexes: Set[str],
) -> bool:
    """Whether every ``added`` or ``dropped`` constraint is a plain check, foreign key (a temporal
    one too: migra writes it from its definition), unique or primary key (a temporal one
    added by its definition, which builds its index, as ``temporal_keys`` corrects migra's; not
    NO INHERIT or NOT ENFORCED) or an exclusion constraint (not
    deferrable), and a unique or primary key's or an exclusion constraint's index added or
    dropped with it (its identity in ``added_indexes`` or ``dropped_indexes``)."""
    for constraints, indexes in ((added, added_indexes), (dropped, dropped_indexes)):
        for constraint in constraints:
            parsed = _PLAIN_CONSTRAINT.match(constraint.definition)
            if parsed is None or any(word in parsed["body"] for word in _UNPLAIN_WORDS):
                return False
            if parsed["contype"] in "upx" and index_of(constraint) not in indexes:
                return False
            if parsed["contype"] == "x" and parsed["flags"] != "deferrable=false deferred=false":
                return False
    return True


def made_indexes(constraints: tuple[CatalogObject, ...]) -> frozenset[str]:
    """The identities of the indexes of the exclusion constraints and temporal keys among
    ``constraints``: the constraint makes and drops its index (migra writes no statement for it
    that stays; a temporal key's as ``temporal_keys`` corrects migra's)."""
    return frozenset(index_of(c) for c in constraints if c.definition.startswith("contype=x ") or _temporal_key(c))


def _temporal_key(constraint: CatalogObject) -> bool:
    """A unique or primary key WITHOUT OVERLAPS (``diff/temporal_keys.py``)."""
    return constraint.definition.startswith(("contype=u ", "contype=p ")) and WITHOUT_OVERLAPS in constraint.definition


@dataclass(frozen=True)
class ChangedConstraints:
    """Changed constraints (as desired has them), by what migra (with ``migra_fixes``) does to
    them: drops and adds again (checks and foreign keys, ``recreated``; unique and primary keys
    with their index, ``rekeyed``), validates, or alters in place (a foreign key whose
    deferrability alone changes)."""

    recreated: tuple[CatalogObject, ...] = ()
    validated: tuple[CatalogObject, ...] = ()
    redeferred: tuple[CatalogObject, ...] = ()
    rekeyed: tuple[CatalogObject, ...] = ()

    @property
    def every(self) -> tuple[CatalogObject, ...]:
        return (*self.recreated, *self.rekeyed, *self.validated, *self.redeferred)

    def alterations(self) -> dict[str, str]:
        """identity -> the clause of ``ALTER TABLE`` (the name left to fill in) of those altered
        in place: validated, or given their new deferrability."""
        validated = {c.identity: "validate constraint {}" for c in self.validated}
        return validated | {c.identity: _deferrability(c) for c in self.redeferred}


def changed_constraints(
    have: Mapping[str, CatalogObject], changed: tuple[CatalogObject, ...], recreated_indexes: Set[str]
) -> ChangedConstraints | None:
    """The ``changed`` constraints (``have``: the current ones by identity) when each is a plain
    constraint on both sides, of one type: those migra drops and adds again (not deferrable on
    either side; a unique or primary key only when its index is one of ``recreated_indexes``,
    dropped and created again, or when it becomes temporal: added by its definition, which builds
    its index; not one that was temporal), those it only validates (NOT VALID before, the same otherwise)
    and the foreign keys whose deferrability alone changes (``ALTER CONSTRAINT``); None otherwise."""
    recreated, validated, redeferred, rekeyed = [], [], [], []
    for after in changed:
        before = have[after.identity]
        old, new = _PLAIN_CONSTRAINT.match(before.definition), _PLAIN_CONSTRAINT.match(after.definition)
        if old is None or new is None or old["contype"] != new["contype"]:
            return None
        if (
            before.parent != after.parent
            or any(word in p["body"] for p in (old, new) for word in _UNPLAIN_WORDS)
            or WITHOUT_OVERLAPS in old["body"]
        ):
            return None
        if new["contype"] in "up":
            if not old["flags"] == new["flags"] == "deferrable=false deferred=false":
                return None
            temporal = WITHOUT_OVERLAPS in new["body"]  # (added by its definition: it builds its own index)
            if not temporal and (
                index_of(after) not in recreated_indexes or before.definition.endswith(" validated=false")
            ):
                return None
            rekeyed.append(after)
        elif (
            new["contype"] == "f"
            and old["body"] != new["body"]
            and _undeferred(old["body"]) == _undeferred(new["body"])
        ):
            redeferred.append(after)  # (migra_fixes._deferrable_foreign_keys)
        elif not old["flags"] == new["flags"] == "deferrable=false deferred=false":
            return None
        elif before.definition.endswith(" validated=false") and old["body"] == new["body"] + " NOT VALID":
            validated.append(after)
        else:
            recreated.append(after)
    return ChangedConstraints(tuple(recreated), tuple(validated), tuple(redeferred), tuple(rekeyed))


def _undeferred(body: str) -> str:
    """A constraint's text without its deferrability (as ``migra_fixes`` compares foreign keys)."""
    for clause in (" DEFERRABLE INITIALLY DEFERRED", " DEFERRABLE"):
        body = body.replace(clause, "")
    return body


def index_of(constraint: CatalogObject) -> str:
    """The identity of the index of a unique or primary key (its name, in its table's schema)."""
    return f"{schema_of(constraint)}.{member_name(constraint.identity)}"


def constraint_drops(constraints: tuple[CatalogObject, ...], *, primary: bool) -> Iterator[Change]:
    """migra's drops of the primary keys or of the others (foreign keys one step early: a unique
    constraint they use may go too), in migra's order."""
    for constraint in sorted(constraints, key=_constraint_key):
        if constraint.definition.startswith("contype=p ") != primary:
            continue
        phase = PHASE_RANK["pk_constraints.drop" if primary else "constraints.drop"]
        if constraint.definition.startswith("contype=f "):
            phase -= 1  # (migra_fixes._foreign_keys_dropped_first)
        sql = f"alter table {table_key(constraint)} drop constraint {quote_ident(member_name(constraint.identity))}"
        yield Change("constraint", Action.DROP, constraint.identity, sql, phase)


def constraint_additions(
    desired: Snapshot,
    added: tuple[CatalogObject, ...],
    changed: tuple[CatalogObject, ...] = (),
    altered: Mapping[str, str] | None = None,
) -> Iterator[Change]:
    """migra's additions: primary keys, then the others, each the ``added`` ones then the
    ``changed`` ones, each group in migra's key order; a unique or primary key adopts its index
    (a temporal one is added by its definition), a check or foreign key is added NOT VALID and
    validated after (unless it is meant to stay NOT VALID). ``altered``: those of ``changed`` altered in
    place instead, with their clause (:meth:`ChangedConstraints.alterations`: what
    ``migra_fixes`` makes of migra's re-creation)."""
    if not added and not changed:
        return
    altered = altered or {}
    identities = {c.identity for c in (*added, *changed) if c.identity not in altered}
    rows = rows_by_identity(desired, "constraints", identities)
    for primary in (True, False):
        for constraint in (*sorted(added, key=_constraint_key), *sorted(changed, key=_constraint_key)):
            name = quote_ident(member_name(constraint.identity))
            prefix = f"alter table {table_key(constraint)}"
            if constraint.identity in altered:  # (a check or a foreign key: not primary)
                if not primary:
                    yield Change(
                        "constraint",
                        Action.ALTER,
                        constraint.identity,
                        f"{prefix} {altered[constraint.identity].format(name)}",
                        PHASE_RANK["constraints.create"],
                    )
                continue
            row = rows[constraint.identity]
            if (row["contype"] == "p") != primary:
                continue
            phase = PHASE_RANK["pk_constraints.create" if primary else "constraints.create"]
            if row["contype"] in ("u", "p") and not _temporal_key(constraint):
                kind = "PRIMARY KEY" if primary else "UNIQUE"
                yield Change(
                    "constraint",
                    Action.CREATE,
                    constraint.identity,
                    f"{prefix} add constraint {name} {kind} using index {name}{_deferrable(constraint)}",
                    phase,
                )
                continue
            definition = str(row["definition"])
            if constraint.definition.endswith(" validated=false") or row["contype"] in ("x", "u", "p"):
                # (it says NOT VALID itself; an exclusion constraint or a temporal key, which
                # builds its GiST index, cannot be NOT VALID)
                yield Change(
                    "constraint",
                    Action.CREATE,
                    constraint.identity,
                    f"{prefix} add constraint {name} {definition}",
                    phase,
                )
                continue
            yield Change(
                "constraint",
                Action.CREATE,
                constraint.identity,
                f"{prefix} add constraint {name} {definition} not valid",
                phase,
            )
            yield Change("constraint", Action.ALTER, constraint.identity, f"{prefix} validate constraint {name}", phase)


def _deferrable(constraint: CatalogObject) -> str:
    """A key's deferrability as schemainspect writes it after ``using index`` (its
    ``deferrable_subclause``): nothing, `` DEFERRABLE`` or `` DEFERRABLE INITIALLY DEFERRED``."""
    flags = CONSTRAINT_FLAGS.search(constraint.definition)
    if flags is None or "deferrable=true" not in flags.group(0):
        return ""
    return " DEFERRABLE INITIALLY DEFERRED" if "deferred=true" in flags.group(0) else " DEFERRABLE"


def _deferrability(constraint: CatalogObject) -> str:
    """``ALTER CONSTRAINT`` as ``migra_fixes._deferrable_foreign_keys`` writes it (the name left
    to fill in)."""
    parsed = _PLAIN_CONSTRAINT.match(constraint.definition)
    assert parsed is not None  # (changed_constraints read it)
    clause = {
        "deferrable=true deferred=true": "deferrable initially deferred",
        "deferrable=true deferred=false": "deferrable initially immediate",
    }.get(parsed["flags"], "not deferrable")
    return f"alter constraint {{}} {clause}"


def _constraint_key(constraint: CatalogObject) -> str:
    """A constraint as migra keys (and so orders) it: schema, table and name quoted."""
    return f"{table_key(constraint)}.{quote_ident(member_name(constraint.identity))}"


def schema_of(obj: CatalogObject) -> str:
    return obj.parent.split(".", 1)[0]  # (its table's name has one dot: _existing_ordinary_table)


def table_key(obj: CatalogObject) -> str:
    schema, table = obj.parent.split(".", 1)
    return quoted_relation(schema, table)


def member_name(identity: str) -> str:
    """A column's or a constraint's own name, from ``schema.table.name`` (the table's name
    has no dot: _existing_ordinary_table)."""
    return identity.split(".", 2)[2]
