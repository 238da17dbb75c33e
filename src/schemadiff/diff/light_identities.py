"""The catalog identities whose rows a light plan reads besides those of what differs
(``diff.light_structure``): the comments ``diff.recreated`` may set again on what is dropped
and created again, and the tables whose NOT NULL names the NOT NULL names family reads."""

from __future__ import annotations

from schemadiff.catalog import Catalog
from schemadiff.diff.plain_found import PlainStructure
from schemadiff.diff.readers import table_facts, unquote_qualified


def not_null_tables(current: Catalog, desired: Catalog) -> frozenset[str]:
    """The tables whose NOT NULL names (``not_null_name``) differ, and the partitioned parents of
    those that are partitions on either side (``diff.not_null`` reads a parent's names too)."""
    tables = set()
    for identity in current.identities_differing_from(desired, "not_null_name"):
        for catalog in (current, desired):
            found = catalog.get("not_null_name", identity)
            if found is None:
                continue
            tables.add(found.parent)
            facts = table_facts(catalog, found.parent)
            if facts is not None and facts.parent is not None:
                tables.add(unquote_qualified(facts.parent))
    return frozenset(tables)


def carried_comments(current: Catalog, desired: Catalog, found: PlainStructure) -> frozenset[str]:
    """The catalog identities of the comments that ``diff.recreated`` may set again: those of
    the changed views and their columns (and of the views that may be created again with them), of the changed policies and of those around retyped or
    dropped columns, of the domains, range and composite types that differ (each may be dropped
    and created again) and of the enums replaced and of the functions whose header changes, and of
    the foreign tables that differ and their columns (one may be created again), on either side."""
    if (
        not found.changed_views
        and not found.around_moved.views
        and not found.around_moved.functions
        and not found.view_readers
        and not found.changed_policies
        and not found.column_policies
        and not found.types.others
        and not found.types.replaced_enums
        and not found.functions.reheaded
        and not found.foreign_tables
        and not found.rebuilt_tables
    ):
        return frozenset()
    views = {view.identity for view in (*found.changed_views, *found.chained_views, *found.around_moved.views)}
    views |= found.foreign_tables  # (a foreign table created again: "table <identity>", its columns')
    views |= found.rebuilt_tables  # (the same: a table dropped and created again, diff/plain_rebuilt.py)
    types = {t.identity for t in (*found.types.others, *found.types.replaced_enums)}
    owned = tuple(f"column {relation}." for relation in views | types)  # (a column name may hold a dot)
    named = (
        {f"policy {policy.identity}" for policy in found.changed_policies}
        | {f"policy {policy}" for policy in found.column_policies}  # (dropped and created again around it)
        | {f"policy {policy}" for policy in found.around_moved.policies}  # (the same, around a view)
        | {f"constraint {c}" for c in found.around_moved.constraints}  # (the same, around a carried function)
        | {f"{m.kind} {m.identity}" for m in found.rebuilt_members}  # (created again with their table)
        | {f"{kind} {t}" for t in types for kind in ("type", "domain")}
        | {
            f"{kind} {f}"
            for f in found.functions.reheaded | found.around_moved.functions | found.view_readers
            for kind in ("function", "procedure")
        }
    )
    return frozenset(
        identity
        for catalog in (current, desired)
        for identity in catalog.of_kind("comment")
        if (identity.startswith("view ") and identity[len("view ") :] in views)
        or (identity.startswith("table ") and identity[len("table ") :] in found.foreign_tables | found.rebuilt_tables)
        or (identity.startswith("materialized_view ") and identity[len("materialized_view ") :] in views)
        or identity.startswith(owned)
        or identity in named
    )
