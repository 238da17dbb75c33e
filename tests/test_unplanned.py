"""A diff with no statement between catalogs that differ is refused, naming what differs
(schemadiff/unplanned.py): `plan`, `drift` and `diff` never report such sides equal."""

from __future__ import annotations

import pytest

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.errors import DiffError
from schemadiff.unplanned import SHOWN, refuse_unplanned

TABLE = CatalogObject("table", "public.t", "ordinary replica identity d")
GRANT = CatalogObject("privilege", "column public.t.note to PUBLIC", "UPDATE")


def test_an_empty_plan_between_catalogs_that_differ_names_what_differs() -> None:
    current, desired = Catalog(180000, (TABLE,)), Catalog(180000, (TABLE, GRANT))
    with pytest.raises(DiffError, match=r"cannot plan yet: privilege column public\.t\.note to PUBLIC;"):
        refuse_unplanned(current, desired, [], "target t and schema/")
    refuse_unplanned(current, desired, ["a change"], "target t and schema/")  # planned: no error
    refuse_unplanned(desired, Catalog(180000, (TABLE, GRANT)), [], "x")  # equal: nothing to plan
    refuse_unplanned(desired, Catalog(170000, (TABLE, GRANT)), [], "x")  # (two versions, the same objects)


def test_many_differences_are_counted_not_listed() -> None:
    columns = tuple(CatalogObject("column", f"public.t.c{i:02}", "integer", "public.t") for i in range(SHOWN + 3))
    with pytest.raises(DiffError) as raised:
        refuse_unplanned(Catalog(180000, (TABLE,)), Catalog(180000, (TABLE, *columns)), [], "x")
    assert "column public.t.c09" in str(raised.value) and "column public.t.c10" not in str(raised.value)
    assert "(and 3 more)" in str(raised.value)


def test_a_user_mapping_whose_options_are_hidden_is_no_unplanned_difference() -> None:
    """docs/foreign-data.md: the foreign data family never alters options the inspecting role may
    not read (shown as 'options hidden'), by design: such a plan stays empty, as before."""
    read = CatalogObject("user_mapping", "app@billing", "options (user=app)")
    hidden = CatalogObject("user_mapping", "app@billing", "options hidden")
    refuse_unplanned(Catalog(180000, (TABLE, hidden)), Catalog(180000, (TABLE, read)), [], "x")
    refuse_unplanned(Catalog(180000, (TABLE, read)), Catalog(180000, (TABLE, hidden)), [], "x")
    other = CatalogObject("user_mapping", "app@billing", "options (user=other)")
    with pytest.raises(DiffError, match="user_mapping app@billing"):
        refuse_unplanned(Catalog(180000, (TABLE, other)), Catalog(180000, (TABLE, read)), [], "x")
