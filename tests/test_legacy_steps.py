"""The product's own history as diffs: for each legacy migration 002..012, the plan from the
state before it to the state after it converges (re-diff empty, catalogs equal), and the
data-only migration 008 plans nothing."""

from __future__ import annotations

import pytest

from conftest import PRELUDE_TEMPLATE, REPO, run_sql_files
from schemadiff.catalog import SchemaFilter, compare_catalogs
from schemadiff.diff import diff
from schemadiff.plan import steps_from_changes
from schemadiff.replay import describe_differences
from schemadiff.servers import connect, scratch_database
from schemadiff.snapshot import take_snapshot

MANAGED = SchemaFilter(include=("public",), exclude=("schemadiff",))
LEGACY = sorted((REPO / "tests" / "fixtures" / "legacy").glob("[0-9][0-9][0-9]_*.sql"))


@pytest.mark.parametrize("index", range(1, len(LEGACY)), ids=[p.stem for p in LEGACY[1:]])
def test_each_legacy_migration_as_a_plan(pg_server, index: int) -> None:
    with (
        scratch_database(pg_server, label="before", template=PRELUDE_TEMPLATE) as before,
        scratch_database(pg_server, label="after", template=PRELUDE_TEMPLATE) as after,
    ):
        run_sql_files(before, LEGACY[:index])
        run_sql_files(after, LEGACY[: index + 1])
        wanted = take_snapshot(after, MANAGED, name="after")
        steps = steps_from_changes(diff(take_snapshot(before, MANAGED, name="before"), wanted))
        if LEGACY[index].name.startswith("008_"):
            assert steps == (), "a data-only migration needs no schema change"
            return
        assert steps, f"{LEGACY[index].name} changes the schema, so the plan is not empty"
        with connect(before) as conn:
            with conn.transaction():
                for step in steps:
                    if step.transactional:
                        conn.execute(step.sql)  # type: ignore[arg-type]
            for step in steps:
                if not step.transactional:
                    conn.execute(step.sql)  # type: ignore[arg-type]
        applied = take_snapshot(before, MANAGED, name="applied")
        assert diff(applied, wanted) == []
        differences = compare_catalogs(applied.catalog, wanted.catalog)
        assert differences == [], describe_differences(differences)
