"""The fingerprint's canonical text (schemadiff/fingerprint.py): each object's line is what
json's encoder writes for ``[kind, identity, parent, definition]``, whatever the strings hold
(fingerprints of plans already written must not change)."""

from __future__ import annotations

import json

import pytest

from schemadiff.catalog import Catalog, CatalogObject
from schemadiff.fingerprint import canonical_text, fingerprint

TRICKY = ["plain", "ünïcödé ✓", 'quote " and \\ backslash', "tab\tnewline\nnul-ish \x01 \x1f", "", "'single'"]


@pytest.mark.parametrize("text", TRICKY)
def test_canonical_lines_are_those_of_the_json_encoder(text: str) -> None:
    """canonical_text joins the encoder's string encoding itself: it must write what
    ``json.JSONEncoder(ensure_ascii=False, separators=(',', ':'))`` writes for the list."""
    encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    obj = CatalogObject("table", f"public.{text}", f"definition {text}", text)
    line = canonical_text(Catalog(180000, (obj,))).splitlines()[1]
    assert line == encode([obj.kind, obj.identity, obj.parent, obj.definition])
    assert json.loads(line) == [obj.kind, obj.identity, obj.parent, obj.definition]


def test_the_fingerprint_of_a_catalog_is_the_one_plans_already_carry() -> None:
    """The value was computed by the encoder-per-object version of canonical_text (before the
    faster one): a plan written then must still match the same schema now."""
    catalog = Catalog(
        180006,
        (
            CatalogObject("table", "public.t", "heap", ""),
            CatalogObject("column", "public.t.é", 'text "quoted"\nnext', "public.t"),
            CatalogObject("comment", "table public.t", "it's \\ here\t✓", ""),
        ),
    )
    assert fingerprint(catalog) == "sha256:334bb04eaa7ba690864001c54ac35e5d7858df6358f93bd98efd5d44599155f7"


def test_a_catalog_takes_its_twins_fingerprint_and_no_other() -> None:
    """Catalog.share_derived: a plan with nothing to do takes the target's fingerprint (computed
    while the shadow loads) for the desired side. Only a twin's: the same objects read from the
    same server version; any other catalog computes its own."""
    objects = (
        CatalogObject("table", "public.t", "table", ""),
        CatalogObject("column", "public.t.a", "integer", "public.t"),
    )
    target = Catalog(180004, objects)
    printed = fingerprint(target)

    def never(catalog: Catalog) -> str:
        raise AssertionError("computed again: the twin's value was not taken")

    twin = Catalog(180004, tuple(reversed(objects)))  # (a catalog sorts its objects)
    twin.share_derived(target)
    assert twin.derived("fingerprint", never) == printed == fingerprint(Catalog(180004, objects))
    for other in (Catalog(180005, objects), Catalog(180004, objects[:1])):
        other.share_derived(target)
        assert other.derived("fingerprint", lambda c: "computed") == "computed"
