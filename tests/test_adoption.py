"""Adoption of an existing database: the product built "the old way", by the incremental
migrations 001..012 of its history (tests/fixtures/legacy/), is exactly the schema of
schema/, and takes the reviewed initial plan of generated/ as already in effect.

Real server, no mocks: the legacy database is built on the session's embedded PostgreSQL,
with rows inserted along the way to check that the data migrations do what they say and
the schema migrations keep the data.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from clihelp import run_cli
from conftest import (
    PRELUDE_TEMPLATE,
    PRODUCT_DATA_CONFIG,
    REPO,
    SCHEMA_DIR,
    load_product_rows,
    product_settings,
    run_sql_files,
    sql_files,
)
from schemadiff.catalog import Catalog, SchemaFilter, compare_catalogs, inspect_catalog
from schemadiff.fingerprint import fingerprint
from schemadiff.plan_file import read_plan
from schemadiff.planner import schema_filter
from schemadiff.replay import describe_differences
from schemadiff.servers import connect, scratch_database
from schemadiff.urls import DatabaseUrl

MANAGED = schema_filter(product_settings())  # public, and the managed rows of storage.buckets
SCHEMA_ONLY = SchemaFilter(include=("public",), exclude=("schemadiff",))  # what `dump` writes
LEGACY_DIR = REPO / "tests" / "fixtures" / "legacy"

# The history of tests/fixtures/legacy/README.md (and of the seed's "Migration History").
EXPECTED_MIGRATIONS = [
    "001_initial_schema.sql",
    "002_row_level_security.sql",
    "003_knowledge_base_tables.sql",
    "004_call_recordings_and_storage.sql",
    "005_storage_bucket_configuration.sql",
    "006_knowledge_base_indexes.sql",
    "007_recordings_storage_bucket.sql",
    "008_clear_call_recordings.sql",
    "009_public_api_keys.sql",
    "010_workflow_automation_tables.sql",
    "011_notification_system.sql",
    "012_agent_avatar_url.sql",
]

COMPANY = "00000000-0000-4000-8000-00000000c001"
USER = "00000000-0000-4000-8000-00000000a001"
AGENT = "00000000-0000-4000-8000-00000000a9e1"
CONVERSATION = "00000000-0000-4000-8000-00000000c0c0"


def legacy_migrations() -> list[Path]:
    return sorted(LEGACY_DIR.glob("[0-9][0-9][0-9]_*.sql"))


def initial_plan_file() -> Path:
    (path,) = sorted((REPO / "generated").glob("*_initial.sql"))
    return path


def generated_plan_files() -> list[Path]:
    return sorted((REPO / "generated").glob("*.sql"))


def catalog_of(url: DatabaseUrl) -> Catalog:
    with connect(url) as conn:
        return inspect_catalog(conn, MANAGED)


def schema_of(url: DatabaseUrl) -> Catalog:
    with connect(url) as conn:
        return inspect_catalog(conn, SCHEMA_ONLY)


@dataclass
class LegacyBuild:
    """What was observed while the migrations ran (all read as the superuser, no RLS)."""

    recording_bucket_after_005: str | None = None
    recordings_before_008: int = -1
    recordings_after_008: int = -1
    catalog_before_008: Catalog | None = None
    catalog_after_008: Catalog | None = None
    agent_after_012: tuple | None = None


def build_legacy(url: DatabaseUrl) -> LegacyBuild:
    """Run 001..012 in order on ``url`` (which holds the prelude), each file whole, with rows
    inserted and checked along the way."""
    seen = LegacyBuild()
    with connect(url) as conn:
        for path in legacy_migrations():
            number = path.name[:3]
            if number == "008":
                seen.catalog_before_008 = inspect_catalog(conn, MANAGED)
                seen.recordings_before_008 = conn.execute("select count(*) from public.call_recordings").fetchone()[0]

            conn.execute(path.read_text())  # type: ignore[arg-type]

            if number == "001":  # a tenant with a user, an agent and a voice conversation
                conn.execute("insert into public.companies (id, name, slug) values (%s, 'Acme', 'acme')", (COMPANY,))
                conn.execute(
                    "insert into public.users (id, company_id, email, role) values (%s, %s, 'ann@acme.test', 'owner')",
                    (USER, COMPANY),
                )
                conn.execute(
                    "insert into public.agent_configs (id, company_id, name, model, voice)"
                    " values (%s, %s, 'Receptionist', 'gpt-4o', 'alloy')",
                    (AGENT, COMPANY),
                )
                conn.execute(
                    "insert into public.conversations (id, company_id, user_id, agent_config_id, channel)"
                    " values (%s, %s, %s, %s, 'voice')",
                    (CONVERSATION, COMPANY, USER, AGENT),
                )
            elif number == "004":  # a recording, made before buckets were configured
                conn.execute(
                    "insert into public.call_recordings (company_id, conversation_id, storage_path, duration_seconds)"
                    " values (%s, %s, 'acme/2024/call-1.mp3', 42)",
                    (COMPANY, CONVERSATION),
                )
            elif number == "005":
                seen.recording_bucket_after_005 = conn.execute(
                    "select storage_bucket from public.call_recordings"
                ).fetchone()[0]
            elif number == "008":
                seen.catalog_after_008 = inspect_catalog(conn, MANAGED)
                seen.recordings_after_008 = conn.execute("select count(*) from public.call_recordings").fetchone()[0]
            elif number == "012":
                seen.agent_after_012 = conn.execute(
                    "select name, model, voice, avatar_url from public.agent_configs where id = %s", (AGENT,)
                ).fetchone()
    return seen


@pytest.fixture(scope="module")
def built_from_schema(pg_server: DatabaseUrl) -> Catalog:
    """The catalog of a database built straight from prelude + schema/ (the oracle)."""
    with scratch_database(pg_server, label="schema", template=PRELUDE_TEMPLATE) as url:
        run_sql_files(url, sql_files(SCHEMA_DIR))
        load_product_rows(url)
        return catalog_of(url)


@pytest.fixture
def legacy_db(prelude_db: DatabaseUrl) -> tuple[DatabaseUrl, LegacyBuild]:
    return prelude_db, build_legacy(prelude_db)


def write_adoption_project(root: Path, server: DatabaseUrl) -> None:
    (root / "schemadiff.yaml").write_text(
        f"schema_dir: {SCHEMA_DIR}\n"
        f"prelude: [{SCHEMA_DIR / '_prelude'}]\n"
        f"dev_url: {server.conninfo()}\n"
        "schemas:\n  include: [public]\n" + PRODUCT_DATA_CONFIG
    )


def test_the_legacy_history_is_the_seeds() -> None:
    assert [p.name for p in legacy_migrations()] == EXPECTED_MIGRATIONS
    assert (LEGACY_DIR / "README.md").exists()


def test_legacy_migrations_keep_and_clear_data_as_they_say(legacy_db, built_from_schema) -> None:
    url, seen = legacy_db
    # 005 gave the existing recording the bucket it was in; 007 moved the default only
    assert seen.recording_bucket_after_005 == "call-recordings"
    # 008 is data only: the recording is gone, the schema is untouched
    assert (seen.recordings_before_008, seen.recordings_after_008) == (1, 0)
    assert seen.catalog_before_008 is not None and seen.catalog_after_008 is not None
    assert compare_catalogs(seen.catalog_before_008, seen.catalog_after_008) == []
    # 012 added a nullable column: the agent made in 001 survives, without an avatar
    assert seen.agent_after_012 == ("Receptionist", "gpt-4o", "alloy", None)
    with connect(url) as conn:
        row = conn.execute("select storage_bucket from public.call_recordings limit 1").fetchone()
        assert row is None
        conn.execute(
            "insert into public.call_recordings (company_id, conversation_id, storage_path)"
            " values (%s, %s, 'acme/2025/call-2.mp3')",
            (COMPANY, CONVERSATION),
        )
        assert conn.execute("select storage_bucket from public.call_recordings").fetchone()[0] == "recordings"
        # the workflow trigger of 010 is live on the conversations of 001
        conn.execute(
            "insert into public.workflows (company_id, name, trigger_event, enabled)"
            " values (%s, 'Escalation alert', 'conversation.escalated', true)",
            (COMPANY,),
        )
        conn.execute("update public.conversations set status = 'escalated' where id = %s", (CONVERSATION,))
        queued = conn.execute("select trigger_event::text, status::text from public.workflow_executions").fetchall()
        assert queued == [("conversation.escalated", "pending")]


def test_legacy_database_has_exactly_the_schema_of_schema_dir(legacy_db, built_from_schema) -> None:
    url, _ = legacy_db
    legacy = catalog_of(url)
    differences = compare_catalogs(legacy, built_from_schema)
    assert differences == [], describe_differences(differences)
    # the same fingerprint as the target state of the last reviewed plan (the storage buckets
    # of 005 and 007 are the managed rows of schema/data/)
    assert fingerprint(legacy) == read_plan(generated_plan_files()[-1]).to_fingerprint == fingerprint(built_from_schema)
    assert {o.identity for o in legacy.objects if o.kind == "row"} == {
        "storage.buckets[id=call-recordings]",
        "storage.buckets[id=recordings]",
    }


def test_plan_against_the_legacy_database_finds_no_changes(tmp_path, monkeypatch, capsys, pg_server, legacy_db) -> None:
    url, _ = legacy_db
    # The one physical difference (see tests/fixtures/legacy/README.md): columns added by
    # ALTER TABLE come last, not where schema/ declares them. Column order is not a schema
    # change for schemadiff, so the plan must still be empty.
    with connect(url) as conn:
        last_columns = dict(
            conn.execute(
                "select distinct on (attrelid) attrelid::regclass::text, attname from pg_attribute"
                " where attrelid in ('public.agent_configs'::regclass, 'public.call_recordings'::regclass)"
                " and attnum > 0 and not attisdropped order by attrelid, attnum desc"
            ).fetchall()
        )
    assert last_columns == {"agent_configs": "avatar_url", "call_recordings": "storage_bucket"}

    write_adoption_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    result = run_cli(capsys, "plan", "--url", url.conninfo())
    assert result.code == 0, result.text
    assert "No changes" in result.out
    assert not list((tmp_path / "generated").glob("*.sql"))


def test_apply_records_the_reviewed_plans_as_already_in_effect(
    tmp_path, monkeypatch, capsys, pg_server, legacy_db
) -> None:
    """The legacy database is at the end of generated/'s chain (schema, then the storage
    buckets): every plan of the chain is recorded, none runs; the initial plan on its own
    would be refused (its *to* has no bucket rows)."""
    url, _ = legacy_db
    write_adoption_project(tmp_path, pg_server)
    (tmp_path / "generated").mkdir()
    files = generated_plan_files()
    assert files[0] == initial_plan_file() and len(files) >= 2
    for plan_file in files:
        shutil.copy(plan_file, tmp_path / "generated" / plan_file.name)
    plans = [read_plan(f) for f in files]
    before = fingerprint(catalog_of(url))
    monkeypatch.chdir(tmp_path)

    alone = run_cli(capsys, "apply", "--url", url.conninfo(), f"generated/{files[0].name}")
    assert alone.code == 1 and "not in the state this plan was made from" in alone.text, alone.text

    result = run_cli(capsys, "apply", "--url", url.conninfo())
    assert result.code == 0, result.text
    for plan in plans:
        assert f"{plan.plan_id}: already in its target state: recorded in history, nothing ran" in result.out
    with connect(url) as conn:
        history = conn.execute("select plan_id, status from schemadiff.history order by plan_id").fetchall()
        agents = conn.execute("select count(*) from public.agent_configs").fetchone()[0]
        buckets = conn.execute("select id from storage.buckets order by id").fetchall()
    assert history == [(plan.plan_id, "recorded") for plan in plans]
    assert agents == 1  # the data is untouched
    assert buckets == [("call-recordings",), ("recordings",)]
    assert fingerprint(catalog_of(url)) == before == plans[-1].to_fingerprint

    again = run_cli(capsys, "apply", "--url", url.conninfo())
    assert again.code == 0, again.text
    assert "no pending plans" in again.out


def test_dump_of_the_legacy_database_loads_back_to_the_same_fingerprint(
    tmp_path, monkeypatch, capsys, pg_server, legacy_db
) -> None:
    """Adoption by dump: `schemadiff dump` of the legacy database writes schema/-style files
    that load (under the prelude) into the same catalog; a second dump is byte-identical."""
    url, _ = legacy_db
    write_adoption_project(tmp_path, pg_server)
    monkeypatch.chdir(tmp_path)
    first = run_cli(capsys, "dump", "--url", url.conninfo(), "--out", "adopted")
    assert first.code == 0, first.text
    files = sorted(p.relative_to(tmp_path / "adopted").as_posix() for p in (tmp_path / "adopted").rglob("*.sql"))
    assert "02_functions.sql" in files and any(
        f.startswith("10_tables/") and f.endswith("_contacts.sql") for f in files
    )
    texts = {f: (tmp_path / "adopted" / f).read_text() for f in files}

    refused = run_cli(capsys, "dump", "--url", url.conninfo(), "--out", "adopted")
    assert refused.code == 1 and "not empty" in refused.err
    again = run_cli(capsys, "dump", "--url", url.conninfo(), "--out", "adopted", "--overwrite")
    assert again.code == 0
    assert {f: (tmp_path / "adopted" / f).read_text() for f in files} == texts

    with scratch_database(pg_server, label="adopted", template=PRELUDE_TEMPLATE) as reloaded:
        run_sql_files(
            reloaded,
            sorted((tmp_path / "adopted").rglob("*.sql"), key=lambda p: p.relative_to(tmp_path / "adopted").as_posix()),
        )
        differences = compare_catalogs(schema_of(url), schema_of(reloaded))
        assert differences == [], describe_differences(differences)
        assert fingerprint(schema_of(reloaded)) == fingerprint(schema_of(url))
    # the adopted files are a valid desired schema: planning the legacy database against them is
    # empty. `dump` writes the schema only: the managed rows' files are kept by hand
    shutil.copytree(SCHEMA_DIR / "data", tmp_path / "adopted" / "data")
    adopted_plan = run_cli(capsys, "plan", "--url", url.conninfo(), "--schema-dir", "adopted")
    assert adopted_plan.code == 0, adopted_plan.text
