"""The reviewed plans in generated/ lead from an empty database to exactly schema/."""

from __future__ import annotations

from conftest import PRELUDE_DIR, REPO, product_settings
from schemadiff.catalog import compare_catalogs, inspect_catalog
from schemadiff.fingerprint import fingerprint
from schemadiff.plan_file import read_plan
from schemadiff.planner import schema_filter
from schemadiff.replay import describe_differences, replay_catalog
from schemadiff.servers import connect
from schemadiff.source import read_source

MANAGED = schema_filter(product_settings())  # public, and the managed rows of storage.buckets


def test_generated_plans_replay_to_the_schema(pg_server, product_db) -> None:
    plans = [read_plan(p) for p in sorted((REPO / "generated").glob("*.sql"))]
    assert plans, "generated/ holds the initial plan"
    assert plans[0].plan_id.endswith("_initial")
    prelude = read_source(REPO / "schema", sorted(PRELUDE_DIR.glob("*.sql")), REPO).prelude
    replayed = replay_catalog(pg_server, prelude, plans, MANAGED)
    with connect(product_db) as conn:
        built = inspect_catalog(conn, MANAGED)
    differences = compare_catalogs(replayed, built)
    assert differences == [], describe_differences(differences)
    assert fingerprint(replayed) == plans[-1].to_fingerprint == fingerprint(built)
    assert {o.identity for o in built.objects if o.kind == "row"} == {
        "storage.buckets[id=call-recordings]",
        "storage.buckets[id=recordings]",
    }
    for earlier, later in zip(plans, plans[1:]):
        assert later.from_fingerprint == earlier.to_fingerprint
