"""A partition added beside a DEFAULT partition, online.

Creating a partition (``CREATE TABLE … PARTITION OF``) or attaching one takes ACCESS EXCLUSIVE on
the parent's DEFAULT partition and, holding it, scans it for rows of the new bound (they would
belong to the new partition), unless a valid CHECK of the default partition proves there are none.
So, where the default partition exists before the plan (an ordinary table, and stays the
default), the plan adds ``CHECK (NOT (<the new partition's bound>)) NOT VALID`` to it before the
main transaction (``attach checks``, with :mod:`schemadiff.online_attach`'s), validates it in a
transaction of its own (SHARE UPDATE EXCLUSIVE: the default keeps taking writes), and drops it
right after the CREATE or ATTACH in the main transaction, which then finds "the updated partition
constraint for default partition … implied by existing constraints". The bound is the desired
side's ``pg_get_partition_constraintdef`` (``render_partitions.sql``).
"""

from __future__ import annotations

from collections.abc import Mapping

from schemadiff.catalog import Catalog
from schemadiff.changes import Change
from schemadiff.diff.readers import partition_of, split_identity
from schemadiff.online_attach import (
    ATTACHES,
    CREATES,
    OnlineAttaches,
    Sides,
    check_change,
    drop_change,
    joined,
    quoted_table,
    validate_change,
)
from schemadiff.quoting import qualified_parts, temporary_name, unquote_qualified


def outside_helper(table_name: str) -> str:
    """The name of the CHECK of a default partition that proves it holds no row of the bound of
    the partition ``table_name`` that the plan adds."""
    return temporary_name(table_name, "outside")


def default_partitions(catalog: Catalog) -> dict[str, str]:
    """Each partitioned table's DEFAULT partition: the table's identity -> the partition's."""
    found: dict[str, str] = {}
    for identity, table in catalog.of_kind("table").items():
        if " partition of " in table.definition and (parent := partition_of(catalog, identity)) is not None:
            if parent[1] == "DEFAULT":
                found[unquote_qualified(parent[0])] = identity
    return found


def free_default_partitions(changes: list[Change], sides: Sides, found: OnlineAttaches) -> None:
    """The CHECKs that spare the default partitions their scans (the module's text), added to
    ``found``: before the main transaction, and their drops after the statements they serve."""
    defaults = default_partitions(sides.current)
    if not defaults:
        return
    named: set[str] = set()
    for change in changes:
        partition = joined(change)
        if partition is None or (default := defaults.get(partition[1])) is None:
            continue
        bound = sides.bounds.get(partition[0])
        if (
            not bound
            or default not in sides.existing
            or partition_of(sides.desired, default) != partition_of(sides.current, default)
        ):
            continue
        name = outside_helper(split_identity(sides.desired, partition[0])[1])
        if f"{default}.{name}" in named:
            continue  # (two partitions of one name, from two schemas: the second one's scan stays)
        named.add(f"{default}.{name}")
        quoted = quoted_table(sides.current, default)
        check = check_change(change, default, quoted, name, f"not ({bound})")
        found.checks.append(check)
        found.validations.append(validate_change(check, default, quoted))
        found.main[change] = [*found.main.get(change, [change]), drop_change(change, default, quoted, name)]


def proven_outside(change: Change, validated: set[str], defaults: Mapping[str, str]) -> bool:
    """Whether the scan of the default partition that ``change`` makes (if any) is spared: its
    CHECK validated by an earlier segment (identities in ``validated``); ``defaults``: the default
    partitions before the plan (:func:`default_partitions`)."""
    partition = joined(change)
    default = None if partition is None else defaults.get(partition[1])
    if default is None:
        return True
    found = CREATES.match(change.sql) or ATTACHES.match(change.sql)
    assert found is not None
    return f"{default}.{outside_helper(qualified_parts(found['table'])[-1])}" in validated
