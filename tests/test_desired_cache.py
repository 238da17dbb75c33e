"""The desired-state cache (schemadiff/desired_cache.py): a plan with schema/ unchanged loads
no shadow; any change of schema/ loads it again; an unreadable entry is ignored; the cached
snapshot diffs like a fresh one; `shadow: {cache: false}` turns it off.

And the catalogs first (schemadiff/snapshot.py): a plan whose catalogs are the same schema
reads no details, stores its entry without them, and a later plan that needs them loads the
shadow again; with schema/ unchanged and nothing to do, nothing imports schemainspect."""

from __future__ import annotations

import os
import re
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest

from clihelp import HEAVY, cli_imports, heavy_imports, run_cli
from conftest import SCHEMA_DIR
from schemadiff.catalog import Catalog, SchemaFilter
from schemadiff.config import load_settings
from schemadiff.desired_cache import KEPT, DesiredCache, desired_cache
from schemadiff.diff import unordered_changes
from schemadiff.planner import Timings, dev_server, load_desired, make_plan, schema_filter
from schemadiff.servers import connect
from schemadiff.snapshot import DetailsNotRead, Snapshot, take_snapshot
from schemadiff.source import SchemaSource, read_source
from schemadiff.urls import DatabaseUrl
from test_cli_plan import product_db_for, write_project

# the diff families (schemadiff.diff.*), the shadow's loader and fixpoint, the online arrangement,
# apply's modules
_NOT_FOR_A_SETTLED_PLAN = (
    "schemadiff.diff",
    "schemadiff.sandbox",
    "schemadiff.fixpoint",
    "schemadiff.online",
    "schemadiff.deploy",
    "schemadiff.apply",
)

# a drift that only migra's path plans: a table that inherits from another (dropped by the plan)
DRIFTED_CHILD = "create table public.drifted_child () inherits (public.companies)"


def _phases(stderr: str) -> set[str]:
    line = next(line for line in stderr.splitlines() if line.startswith("timings: "))
    return {re.sub(r" [\d.]+s$", "", part) for part in line.removeprefix("timings: ").split(", ")}


def _entries(root: Path) -> list[Path]:
    return sorted((root / ".schemadiff" / "cache").glob("desired-*.pickle"))


def test_unchanged_schema_is_not_loaded_again(tmp_path, monkeypatch, capsys, pg_server) -> None:
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    target = product_db_for(pg_server).conninfo()
    first = run_cli(capsys, "-v", "plan", "--url", target)
    assert first.code == 0, first.text
    assert "load" in _phases(first.err)
    [entry] = _entries(tmp_path)
    assert stat.S_IMODE(entry.parent.stat().st_mode) == 0o700
    second = run_cli(capsys, "-v", "plan", "--url", target)
    assert second.code == 0, second.text
    assert "load" not in _phases(second.err) and "cached desired" in _phases(second.err)
    assert _entries(tmp_path) == [entry]


def test_a_changed_schema_file_is_loaded_and_planned(tmp_path, monkeypatch, capsys, pg_server) -> None:
    schema = tmp_path / "schema"
    shutil.copytree(SCHEMA_DIR, schema)
    write_project(tmp_path, pg_server, schema_dir=schema)
    monkeypatch.chdir(tmp_path)
    target = product_db_for(pg_server).conninfo()
    assert run_cli(capsys, "plan", "--url", target).code == 0
    companies = next(schema.rglob("*companies*.sql"))
    companies.write_text(companies.read_text() + "\ncomment on table public.companies is 'cache test';\n")
    changed = run_cli(capsys, "-v", "plan", "--url", target, "--name", "comment")
    assert changed.code == 2, changed.text
    assert "load" in _phases(changed.err)
    [plan_file] = (tmp_path / "generated").glob("*_comment.sql")
    assert "comment on table" in plan_file.read_text() and "cache test" in plan_file.read_text()
    assert len(_entries(tmp_path)) == 2


def test_an_unreadable_entry_is_ignored_and_replaced(tmp_path, monkeypatch, capsys, pg_server) -> None:
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    target = product_db_for(pg_server).conninfo()
    assert run_cli(capsys, "plan", "--url", target).code == 0
    [entry] = _entries(tmp_path)
    entry.write_bytes(entry.read_bytes()[:100])  # truncated
    again = run_cli(capsys, "-v", "plan", "--url", target)
    assert again.code == 0, again.text
    assert "load" in _phases(again.err)
    assert entry.stat().st_size > 100
    entry.write_bytes(b"not a cache entry")
    assert run_cli(capsys, "plan", "--url", target).code == 0


def test_cache_can_be_turned_off(tmp_path, monkeypatch, capsys, pg_server) -> None:
    write_project(tmp_path, pg_server, extra="shadow:\n  cache: false\n")
    monkeypatch.chdir(tmp_path)
    target = product_db_for(pg_server).conninfo()
    for _ in range(2):
        run = run_cli(capsys, "-v", "plan", "--url", target)
        assert run.code == 0, run.text
        assert "load" in _phases(run.err)
    assert _entries(tmp_path) == []


@dataclass(frozen=True)
class _ProjectCache:
    """The desired-state cache of a project written by write_project, and what its key is made of."""

    cache: DesiredCache
    key: str
    source: SchemaSource
    schemas: SchemaFilter
    server: DatabaseUrl

    def load_desired(self) -> Snapshot:
        return load_desired(self.server, self.source, self.schemas, Timings())


def _project_cache(root: Path) -> _ProjectCache:
    settings = load_settings(root / "schemadiff.yaml", environ={})
    source = read_source(settings.schema_dir, settings.prelude_files(), settings.root)
    schemas, server = schema_filter(settings), dev_server(settings)
    cache = desired_cache(settings.state_dir, True)
    assert cache is not None
    return _ProjectCache(cache, cache.key(source, schemas, server, trusted=False), source, schemas, server)


def test_a_cached_snapshot_diffs_like_a_fresh_one(tmp_path, pg_server) -> None:
    write_project(tmp_path, pg_server)
    project = _project_cache(tmp_path)
    cache, key, schemas = project.cache, project.key, project.schemas
    fresh = project.load_desired()
    assert cache.load(key) is None
    cache.store(key, fresh)
    cached = cache.load(key)
    assert cached is not None and cached.catalog == fresh.catalog and cached.rows == fresh.rows
    assert cached.has_details and cached.inspector.tables.keys() == fresh.inspector.tables.keys()
    # every family, not diff()'s short cut for equal catalogs
    assert unordered_changes(fresh, cached) == [] and unordered_changes(cached, fresh) == []
    live = take_snapshot(product_db_for(pg_server), schemas, name="target")
    assert unordered_changes(live, cached) == []
    assert cache.key(project.source, schemas, project.server, trusted=True) != key


def test_the_newest_entries_are_kept(tmp_path) -> None:
    cache = desired_cache(tmp_path, True)
    assert cache is not None
    snapshot = Snapshot("desired", 180000, Catalog(180000, ()))
    keys = [f"{n:064x}" for n in range(KEPT + 2)]
    for age, key in enumerate(keys):
        cache.store(key, snapshot)
        entry = tmp_path / "cache" / f"desired-{key}.pickle"
        os.utime(entry, (1_000_000 + age, 1_000_000 + age))  # stored one after the other
    assert cache.load(keys[0]) is None and cache.load(keys[1]) is None  # the oldest went
    assert cache.load(keys[2]) == snapshot  # (a hit makes it the newest)
    cache.store("f" * 64, snapshot)
    assert cache.load(keys[2]) == snapshot and cache.load(keys[3]) is None


def test_an_entry_without_details_is_loaded_again_when_they_are_needed(
    tmp_path, monkeypatch, capsys, pg_server, product_db
) -> None:
    write_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    first = run_cli(capsys, "-v", "plan", "--url", product_db.conninfo())
    assert first.code == 0, first.text
    project = _project_cache(tmp_path)
    cache, key = project.cache, project.key
    stored = cache.load(key)
    assert stored is not None and not stored.has_details
    with connect(product_db) as conn:  # the target drifts
        conn.execute("alter table public.companies add column drifted integer")
    second = run_cli(capsys, "-v", "plan", "--url", product_db.conninfo(), "--name", "undrift")
    assert second.code == 2, second.text
    assert {"cached desired", "load", "inspect target details"} <= _phases(second.err)
    [plan_file] = (tmp_path / "generated").glob("*_undrift.sql")
    assert "drop column" in plan_file.read_text() and "drifted" in plan_file.read_text()
    again = cache.load(key)
    assert again is not None and again.has_details  # stored again, with them
    third = run_cli(capsys, "-v", "plan", "--url", product_db.conninfo(), "--name", "undrift2", "--ignore-pending")
    assert third.code == 2, third.text
    assert "load" not in _phases(third.err) and "inspect target details" in _phases(third.err)


def test_a_cold_plan_diffs_the_rows_of_what_differs_and_keeps_the_desired_side_whole(
    tmp_path, monkeypatch, capsys, pg_server, product_db
) -> None:
    """A cold plan that the light families make reads, of both sides, only the render rows of
    what differs (and the order the edges of its changes' objects): never the target's details
    whole. The desired side's are read whole besides, for the cache entry only, which then
    serves a plan of another difference without a shadow: the target's side read scoped
    against the entry's whole rows."""
    write_project(tmp_path, pg_server)
    with connect(product_db) as conn:  # the target drifts: a plain column
        conn.execute("alter table public.companies add column drifted integer")
    settings = load_settings(tmp_path / "schemadiff.yaml", cwd=tmp_path, environ={}, url=product_db.conninfo())
    result = make_plan(settings, settings.target(None))
    assert [c.sql for c in result.plan.changes] == ['alter table "public"."companies" drop column "drifted"']
    current = result.current
    assert current.has_details and not current.has_inspector and not result.desired.has_details
    assert {r["table_name"] for r in current.rows["column_types"]} == {"companies"}
    assert current.rows["indexes"] == () and current.rows["constraints"] == ()
    with pytest.raises(DetailsNotRead):  # (the order read the edges of the changes' objects apart)
        current.rows["depends"]  # noqa: B018
    project = _project_cache(tmp_path)
    stored = project.cache.load(project.key)
    assert stored is not None and stored.has_details and not stored.has_inspector
    tables = {r["table_name"] for r in stored.rows["column_types"]}
    assert {"companies", "deals", "messages", "knowledge_chunks"} <= tables, tables
    assert stored.rows["depends"] and stored.rows["indexes"]
    with connect(product_db) as conn:  # and an index now
        conn.execute("create index drifted_deals on public.deals (title)")
    # the entry serves: no shadow, and the target reads the rows of what differs against its whole rows
    second = make_plan(settings, settings.target(None))
    assert "load" not in second.timings.phases and "cached desired" in second.timings.phases
    assert {(c.kind, c.identity) for c in second.plan.changes} == {
        ("column", "public.companies.drifted"),
        ("index", "public.drifted_deals"),
    }
    current = second.current
    assert {r["table_name"] for r in current.rows["column_types"]} == {"companies"}
    assert [r["identity"] for r in current.rows["indexes"]] == ["public.drifted_deals"]
    # the edges of what needs the dropped index only (nothing does), not the whole graph the entry holds
    assert current.rows["depends"] == () and len(stored.rows["depends"]) > 100
    monkeypatch.chdir(tmp_path)
    third = run_cli(capsys, "-v", "plan", "--url", product_db.conninfo(), "--out", "-")
    assert third.code == 2 and "load" not in _phases(third.err), third.text
    assert 'drop column "drifted"' in third.out and "drop index" in third.out.lower(), third.out


def test_details_whose_digest_does_not_match_are_a_miss(tmp_path, pg_server) -> None:
    write_project(tmp_path, pg_server)
    project = _project_cache(tmp_path)
    cache, key = project.cache, project.key
    cache.store(key, project.load_desired())
    [entry] = _entries(tmp_path)
    data = bytearray(entry.read_bytes())
    data[-100] ^= 0xFF  # one byte of the details' pickle
    entry.write_bytes(bytes(data))
    assert cache.load(key) is None


def test_nothing_to_do_imports_no_schemainspect(tmp_path, pg_server, product_db) -> None:
    write_project(tmp_path, pg_server)
    code, _, output = heavy_imports(tmp_path, "plan", "--url", product_db.conninfo())  # cold: fills the cache
    assert code == 0, output
    code, modules, output = cli_imports(tmp_path, "plan", "--url", product_db.conninfo())
    assert code == 0 and "No changes" in output, output
    heavy = sorted({m.split(".")[0] for m in modules} & set(HEAVY))
    assert heavy == [], f"a plan with schema/ unchanged and nothing to do imported {heavy}"
    # nor our own modules for changes, shadows and deploys (planner.py imports them where used)
    unused = [m for m in modules if m in _NOT_FOR_A_SETTLED_PLAN or m.startswith("schemadiff.diff.")]
    assert unused == [], f"a plan with schema/ unchanged and nothing to do imported {unused}"
    other = product_db_for(pg_server).conninfo()
    code, heavy, output = heavy_imports(tmp_path, "diff", "--from", product_db.conninfo(), "--to", other)
    assert code == 0 and heavy == [], output
    with connect(product_db) as conn:  # a table that inherits: migra's path (a plain new table would not be)
        conn.execute(DRIFTED_CHILD)
    code, heavy, output = heavy_imports(tmp_path, "diff", "--from", product_db.conninfo(), "--to", other)
    assert code == 2 and "drop table" in output.lower(), output
    assert "schemainspect" in heavy  # (the probe sees them when they are used)


def test_grants_comments_and_rows_are_planned_without_schemainspect(tmp_path, pg_server, product_db) -> None:
    """Catalogs that differ only in diff.LIGHT_KINDS: plan and diff read our render rows, not
    migra's inspector; the entry it stores holds no inspector, and a later plan that needs it
    loads the shadow again."""
    write_project(tmp_path, pg_server)
    with connect(product_db) as conn:  # the target drifts in light kinds only
        conn.execute("grant select on public.companies to public")
        conn.execute("comment on table public.deals is 'drifted'")
    # cold: the target's details are read once the catalogs are compared, without the inspector
    code, heavy, output = heavy_imports(tmp_path, "plan", "--url", product_db.conninfo(), "--out", "-")
    assert code == 2, output
    assert heavy == [], f"a cold plan of grants and comments imported {heavy}"
    code, heavy, output = heavy_imports(tmp_path, "-v", "plan", "--url", product_db.conninfo(), "--name", "light")
    assert code == 2, output
    assert heavy == [], f"a plan of grants and comments imported {heavy}"
    assert "load" not in _phases(output)
    [plan_file] = (tmp_path / "generated").glob("*_light.sql")
    text = plan_file.read_text()
    assert "revoke select on table public.companies from PUBLIC" in text and "comment on table public.deals" in text
    other = product_db_for(pg_server).conninfo()
    code, heavy, output = heavy_imports(tmp_path, "diff", "--from", product_db.conninfo(), "--to", other)
    assert code == 2 and heavy == [] and "revoke select" in output, output
    project = _project_cache(tmp_path)
    stored = project.cache.load(project.key)
    assert stored is not None and stored.has_details and not stored.has_inspector
    with connect(product_db) as conn:  # now a table that inherits too: the inspector is needed
        conn.execute(DRIFTED_CHILD)
    code, heavy, output = heavy_imports(
        tmp_path, "-v", "plan", "--url", product_db.conninfo(), "--name", "full", "--ignore-pending"
    )
    assert code == 2 and "schemainspect" in heavy, output
    assert "load" in _phases(output)  # the light entry could not serve: the shadow was loaded again
    again = project.cache.load(project.key)
    assert again is not None and again.has_inspector
