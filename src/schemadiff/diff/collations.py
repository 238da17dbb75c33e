"""The collations family: ``CREATE COLLATION`` and ``DROP COLLATION`` from our catalog, on either
path.

migra's collation phases are not run (``diff/migra_engine.py``): its inspector compares a
collation's provider and LC_COLLATE only, and writes ``locale = <LC_COLLATE>`` alone, so a
collation that differs in its LC_CTYPE, its determinism, its ICU rules or an ICU or builtin
locale was left as it was (apply's catalog check then refused the plan) or created otherwise
than declared. This family writes every property the catalog's row holds
(``queries/collation.sql``: the ``pg_collation`` row): the provider; a libc collation's
LC_COLLATE and LC_CTYPE (one ``locale`` when they are equal); an ICU or builtin collation's
locale; ``deterministic = false``; an ICU collation's ``rules``.

A new collation is created in migra's collations.create phase (before the types and tables
that may use it), one that goes is dropped in its collations.drop phase (after them), each
group by name. A changed one is dropped just before the creations and created again: the
server refuses to drop a collation that a column, an index or another object uses, and such a
plan then fails on apply, inside its transaction (no DDL changes a collation in place).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Set
from typing import Any

from schemadiff.changes import Action, Change
from schemadiff.diff.phases import PHASE_RANK
from schemadiff.diff.plain_policies import quoted_relation
from schemadiff.errors import DiffError
from schemadiff.quoting import quote_literal
from schemadiff.snapshot import Snapshot

_PROVIDERS = {
    "c": "libc",
    "i": "icu",
    "b": "builtin",
}  # (pg_collation.collprovider; "d": the database's, never created)


def collation_changes(current: Snapshot, desired: Snapshot) -> Iterator[Change]:
    have, want = current.catalog.of_kind("collation"), desired.catalog.of_kind("collation")
    if not have and not want:
        return
    schemas = current.catalog.of_kind("schema").keys() | desired.catalog.of_kind("schema").keys()
    changed = sorted(i for i in have.keys() & want.keys() if have[i].definition != want[i].definition)
    for identity in changed:
        drop = f"drop collation {_name(identity, schemas)}"
        yield Change("collation", Action.DROP, identity, drop, PHASE_RANK["collations.create"] - 1)
    for identity in sorted(want.keys() - have.keys() | set(changed)):
        sql = create_statement(identity, _name(identity, schemas), json.loads(want[identity].definition))
        yield Change("collation", Action.CREATE, identity, sql, PHASE_RANK["collations.create"])
    for identity in sorted(have.keys() - want.keys()):
        drop = f"drop collation {_name(identity, schemas)}"
        yield Change("collation", Action.DROP, identity, drop, PHASE_RANK["collations.drop"])


def _name(identity: str, schemas: Set[str]) -> str:
    """The quoted name of the collation ``identity`` (``schema.name``), its schema the longest of
    the catalogs' ``schemas`` it begins with (a name may hold a dot)."""
    schema = max((s for s in schemas if identity.startswith(s + ".")), key=len, default=identity.split(".", 1)[0])
    return quoted_relation(schema, identity[len(schema) + 1 :])


def create_statement(identity: str, name: str, row: Mapping[str, Any]) -> str:
    """``CREATE COLLATION`` of a catalog row (``pg_collation`` as jsonb: its columns by major)."""
    provider = _PROVIDERS.get(str(row.get("collprovider")))
    if provider is None:
        raise DiffError(f"collation {identity}: provider {row.get('collprovider')!r} cannot be created")
    options = [f"provider = {provider}"]
    if provider == "libc":
        collate, ctype = row.get("collcollate"), row.get("collctype")
        if collate == ctype:
            options.append(f"locale = {quote_literal(str(collate))}")
        else:
            options += [f"lc_collate = {quote_literal(str(collate))}", f"lc_ctype = {quote_literal(str(ctype))}"]
    else:  # (PostgreSQL 17 renamed colliculocale to colllocale; builtin is 17+)
        locale = row.get("colllocale", row.get("colliculocale"))
        options.append(f"locale = {quote_literal(str(locale))}")
    if row.get("collisdeterministic") is False:
        options.append("deterministic = false")
    if row.get("collicurules") is not None:
        options.append(f"rules = {quote_literal(str(row['collicurules']))}")
    return f"create collation {name} ({', '.join(options)})"
