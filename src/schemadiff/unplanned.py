"""No plan that leaves a difference behind: a diff with no statement between two catalogs
that differ would report the sides equal ("No changes"), and apply's gate, drift and the
fingerprints would disagree with it. What no diff family plans (a gap of this tool) is named in
an error instead, for `plan`, `drift` and `diff` alike."""

from __future__ import annotations

from collections.abc import Sequence

from schemadiff.catalog import Catalog, CatalogDifference, compare_catalogs
from schemadiff.errors import DiffError

SHOWN = 10  # differences named in the message
# a user mapping whose options the inspecting role may not read (queries/user_mapping.sql): the
# foreign data family never alters what it cannot read, by design (docs/foreign-data.md)
HIDDEN_OPTIONS = "options hidden"


def refuse_unplanned(current: Catalog, desired: Catalog, changes: Sequence[object], sides: str) -> None:
    """Raise :class:`DiffError` when ``changes`` is empty but the two catalogs' objects differ
    (``sides``: what they are, for the message), but in what no plan makes by design (a user
    mapping's options the inspecting role may not read)."""
    if changes or current.objects == desired.objects:
        return
    found = [d for d in compare_catalogs(current, desired) if not _unread(d)]
    if not found:
        return
    named = [f"{d.kind} {d.identity}" for d in found[:SHOWN]]
    more = f" (and {len(found) - SHOWN} more)" if len(found) > SHOWN else ""
    raise DiffError(
        f"{sides} differ in objects schemadiff cannot plan yet: {', '.join(named)}{more}; nothing was planned, "
        "so do not take the sides for equal (please report this as a schemadiff bug)"
    )


def _unread(difference: CatalogDifference) -> bool:
    """A difference no plan makes by design: a user mapping's options hidden on one side."""
    return difference.kind == "user_mapping" and HIDDEN_OPTIONS in (difference.current, difference.desired)
