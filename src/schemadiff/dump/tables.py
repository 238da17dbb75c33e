"""Tables of the dump: partition families, their order, their file names.

A *family* is a table that is not a partition together with all its partitions (at any
depth): it is written to one file, ``10_tables/NN_<table>.sql``, because the partitions
are created with ``PARTITION OF`` their parent and their indexes and constraints must be
created before the parent's so that they keep their names (see :mod:`table_render`).
Tables linked by plain inheritance are separate families, the parents first.

Families are ordered so that a file only needs files that sort before it: the tables
whose row type a column uses or that a table inherits from, and the tables its foreign
keys reference, come first. Foreign keys that form a cycle between families cannot be
created with either table; they go to ``50_foreign_keys.sql``, after every table.
Among families that are ready at the same time the order is by schema and name, so the
numbering is the same for any database built from the same SQL.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from schemadiff.dump.errors import DumpError
from schemadiff.dump.fetch import Row
from schemadiff.dump.graph import CycleError, strongly_connected, topological_order

_UNSAFE_FILE_CHARACTERS = re.compile(r"[^A-Za-z0-9_.\-]")


@dataclass(frozen=True)
class Family:
    """A table that is not a partition, and its partitions: parents before children,
    each level in name order. ``depth`` is 0 for the root, 1 for its partitions, ..."""

    members: tuple[Row, ...]
    depth: Mapping[int, int]

    @property
    def root(self) -> Row:
        return self.members[0]

    @property
    def node(self) -> str:
        return f"rel:{self.root['oid']}"

    @property
    def partitioned(self) -> bool:
        return bool(self.root["relkind"] == "p")

    def sort_key(self) -> tuple[str, str]:
        return (self.root["schema"], self.root["name"])


def build_families(tables: Mapping[int, Row]) -> list[Family]:
    """Group the tables into families (see the module docstring)."""
    children: dict[int, list[Row]] = {}
    for table in tables.values():
        if table["ispartition"] and table["parents"] and table["parents"][0] in tables:
            children.setdefault(table["parents"][0], []).append(table)
    families = []
    for table in tables.values():
        if table["ispartition"] and table["parents"] and table["parents"][0] in tables:
            continue
        members, depth = [table], {table["oid"]: 0}
        level = [table]
        while level:
            following = []
            for parent in level:
                for child in sorted(children.get(parent["oid"], ()), key=lambda t: (t["schema"], t["name"])):
                    depth[child["oid"]] = depth[parent["oid"]] + 1
                    following.append(child)
            members.extend(following)
            level = following
        families.append(Family(tuple(members), depth))
    return sorted(families, key=Family.sort_key)


def order_families(
    families: list[Family],
    constraints: Mapping[int, list[Row]],
    attached: Mapping[int, list[str]],
    needs: Mapping[str, frozenset[str]],
) -> tuple[list[Family], frozenset[int]]:
    """The families in file order, and the OIDs of the foreign keys that must wait for
    ``50_foreign_keys.sql`` because they are part of a cycle between families.

    ``attached`` lists, by table OID, the nodes of the policies, defaults, indexes,
    triggers and CHECK constraints of the table: when one of them reads another table
    (a policy's subquery), that table comes first too, unless this would close a cycle;
    then the object waits for ``45_deferred.sql`` instead."""
    family_of = {f"rel:{m['oid']}": family.node for family in families for m in family.members}
    by_node = {family.node: family for family in families}
    hard: dict[str, set[str]] = {family.node: set() for family in families}
    foreign_keys: list[tuple[str, str, int]] = []
    for family in families:
        for member in family.members:
            for ref in needs.get(f"rel:{member['oid']}", ()):
                if family_of.get(ref, family.node) != family.node:
                    hard[family.node].add(family_of[ref])
            for con in constraints.get(member["oid"], ()):
                target = family_of.get(f"rel:{con['frelid']}")
                if con["contype"] == "f" and not con["parent"] and target and target != family.node:
                    foreign_keys.append((family.node, target, con["oid"]))
    edges: dict[str, set[str]] = {node: set(refs) for node, refs in hard.items()}
    for source, target, _ in foreign_keys:
        edges[source].add(target)
    component = strongly_connected(edges.keys(), edges)
    cyclic = frozenset(oid for source, target, oid in foreign_keys if component[source] == component[target])
    for source, target, oid in foreign_keys:
        if oid not in cyclic:
            hard[source].add(target)
    soft = {
        family.node: {
            family_of[ref]
            for m in family.members
            for node in attached.get(m["oid"], ())
            for ref in needs.get(node, ())
            if family_of.get(ref, family.node) != family.node
        }
        for family in families
    }
    edges = {node: hard[node] | soft[node] for node in hard}
    component = strongly_connected(edges.keys(), edges)
    for node, targets in soft.items():
        hard[node] |= {t for t in targets if component[t] != component[node]}
    try:
        order = topological_order(hard.keys(), hard, key=lambda n: by_node[n].sort_key())
    except CycleError as exc:
        names = ", ".join(by_node[n].root["qname"] for n in exc.nodes)
        raise DumpError(
            f"cannot order these tables (their column types or inheritance form a cycle): {names}"
        ) from None
    return [by_node[node] for node in order], cyclic


def family_file_names(families: list[Family]) -> dict[str, str]:
    """family node -> ``10_tables/NN_<table>.sql``, NN the position (two digits, more when
    there are 100 tables or more); ``<schema>.<table>`` when the table name is used in
    more than one schema. Characters unsafe in file names become '_'."""
    width = max(2, len(str(len(families))))
    name_count: dict[str, int] = {}
    for family in families:
        name_count[family.root["name"]] = name_count.get(family.root["name"], 0) + 1
    names = {}
    for position, family in enumerate(families, start=1):
        root = family.root
        label = root["name"] if name_count[root["name"]] == 1 else f"{root['schema']}.{root['name']}"
        label = _UNSAFE_FILE_CHARACTERS.sub("_", label)
        names[family.node] = f"10_tables/{position:0{width}d}_{label}.sql"
    return names
