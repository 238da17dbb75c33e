"""Reading migra's machine-made statements (no database needed)."""

from __future__ import annotations

import pytest

from schemadiff.changes import Action
from schemadiff.classify import classify


@pytest.mark.parametrize(
    ("sql", "kind", "action", "identity"),
    [
        ('create table "public"."t" (\n    "id" integer not null\n)', "table", Action.CREATE, "public.t"),
        ('drop table "public"."t"', "table", Action.DROP, "public.t"),
        ('alter table "public"."t" add column "c" text', "column", Action.CREATE, "public.t.c"),
        ('alter table "public"."t" drop column "c"', "column", Action.DROP, "public.t.c"),
        (
            'alter table "public"."t" alter column "c" set data type bigint using "c"::bigint',
            "column",
            Action.ALTER,
            "public.t.c",
        ),
        (
            'alter table "public"."t" add constraint "t_pkey" PRIMARY KEY using index "t_pkey"',
            "constraint",
            Action.CREATE,
            "public.t.t_pkey",
        ),
        ('alter table "public"."t" validate constraint "t_fk"', "constraint", Action.ALTER, "public.t.t_fk"),
        ('alter table "public"."t" enable row level security', "rls", Action.ALTER, "public.t"),
        (
            'create policy "p"\non "public"."t"\nas permissive\nfor all\nto public\nusing (true)',
            "policy",
            Action.CREATE,
            "public.t.p",
        ),
        ('drop policy "p" on "public"."t"', "policy", Action.DROP, "public.t.p"),
        ("CREATE UNIQUE INDEX t_pkey ON public.t USING btree (id)", "index", Action.CREATE, "public.t_pkey"),
        ('drop index if exists "public"."t_idx"', "index", Action.DROP, "public.t_idx"),
        (
            "CREATE TRIGGER trg BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION f()",
            "trigger",
            Action.CREATE,
            "public.t.trg",
        ),
        ('drop trigger if exists "trg" on "public"."t"', "trigger", Action.DROP, "public.t.trg"),
        ('create type "public"."e" as enum (\'a\')', "type", Action.CREATE, "public.e"),
        ("set check_function_bodies = off", "setting", Action.ALTER, "check_function_bodies"),
        (
            'create extension if not exists "vector" with schema "public" version \'0.8.6\'',
            "extension",
            Action.CREATE,
            "vector",
        ),
        (
            "create aggregate public.norm(integer) (sfunc = public.sum_sq_step, stype = bigint, initcond = '0')",
            "aggregate",
            Action.CREATE,
            "public.norm",
        ),
        ('drop aggregate public."running total"(integer)', "aggregate", Action.DROP, "public.running total"),
        (
            "create text search dictionary public.en (template = pg_catalog.snowball, \"language\" = 'english')",
            "text_search_dictionary",
            Action.CREATE,
            "public.en",
        ),
        (
            'alter text search dictionary public.en ("stopwords", "language" = \'english\')',
            "text_search_dictionary",
            Action.ALTER,
            "public.en",
        ),
        ("drop text search dictionary public.en", "text_search_dictionary", Action.DROP, "public.en"),
        (
            'create text search configuration public.docs (parser = pg_catalog."default")',
            "text_search_configuration",
            Action.CREATE,
            "public.docs",
        ),
        (
            "alter text search configuration public.docs drop mapping for email, url",
            "text_search_configuration",
            Action.ALTER,
            "public.docs",
        ),
        (
            "alter text search configuration public.docs add mapping for asciiword with public.en, pg_catalog.simple",
            "text_search_configuration",
            Action.ALTER,
            "public.docs",
        ),
        ("drop text search configuration public.docs", "text_search_configuration", Action.DROP, "public.docs"),
        ("drop text search parser public.words", "text_search_parser", Action.DROP, "public.words"),
        (
            "create text search template public.t (lexize = dsimple_lexize)",
            "text_search_template",
            Action.CREATE,
            "public.t",
        ),
    ],
)
def test_classify(sql: str, kind: str, action: Action, identity: str) -> None:
    found = classify(sql)
    assert (found.kind, found.action, found.identity) == (kind, action, identity)


@pytest.mark.parametrize(
    ("sql", "identity"),
    [
        ('alter table "public"."t" owner to "app_owner"', "table public.t"),
        ('alter foreign table "public"."ft" owner to "app_owner"', "table public.ft"),
        ('alter view "public"."v" owner to current_user', "view public.v"),
        ('alter materialized view "public"."m" owner to "a""b"', "materialized_view public.m"),
        ('alter sequence "public"."s" owner to "app_owner";', "sequence public.s"),
        ('alter type "public"."e" owner to "app_owner"', "type public.e"),
        ('alter domain "public"."d" owner to "app_owner"', "type public.d"),
        ('alter schema "billing" owner to "app_owner"', "schema billing"),
        ('alter function "public"."f"(a integer, b numeric(10,2)) owner to "app_owner"', "function public.f"),
        ('alter procedure "public"."p"(IN n integer) owner to "app_owner"', "function public.p"),
        ('alter aggregate "public"."total"(*) owner to "app_owner"', "function public.total"),
    ],
)
def test_owner_statements(sql: str, identity: str) -> None:
    """diff/owners.py's ALTER … OWNER TO: kind ``owner``, never the catch-all (DATA_LOSS at apply)."""
    found = classify(sql)
    assert (found.kind, found.action, found.identity) == ("owner", Action.ALTER, identity)


def test_owner_to_with_another_subcommand_is_not_an_owner_change() -> None:
    """OWNER TO combined with a DROP COLUMN is read as what drops data, not as an owner change."""
    found = classify('alter table "public"."t" owner to "a", drop column "c"')
    assert (found.kind, found.action) == ("column", Action.DROP)
    assert classify('alter schema "s" owner to "a"; drop schema "s"').kind == "object"


@pytest.mark.parametrize(
    ("sql", "kind", "action", "identity", "data_loss"),
    [
        (
            'create foreign data wrapper "Mock wrapper" options ("mode" \'test\')',
            "foreign_data_wrapper",
            Action.CREATE,
            "Mock wrapper",
            False,
        ),
        ('alter foreign data wrapper "w" handler "public"."h"', "foreign_data_wrapper", Action.ALTER, "w", False),
        ('alter foreign data wrapper "w" options (drop "debug")', "foreign_data_wrapper", Action.ALTER, "w", False),
        ('drop foreign data wrapper "w"', "foreign_data_wrapper", Action.DROP, "w", False),
        (
            'create server "billing" type \'pg\' foreign data wrapper "postgres_fdw" options ("host" \'h\')',
            "foreign_server",
            Action.CREATE,
            "billing",
            False,
        ),
        ("alter server \"billing\" version '16'", "foreign_server", Action.ALTER, "billing", False),
        ('alter server "billing" options (set "host" \'h2\')', "foreign_server", Action.ALTER, "billing", False),
        ('drop server "billing"', "foreign_server", Action.DROP, "billing", True),
        ('create user mapping for public server "billing"', "user_mapping", Action.CREATE, "public@billing", False),
        (
            'alter user mapping for "a""b" server "billing" options (set "user" \'r\')',
            "user_mapping",
            Action.ALTER,
            'a"b@billing',
            False,
        ),
        ('drop user mapping for "reader" server "billing"', "user_mapping", Action.DROP, "reader@billing", True),
        (
            'create foreign table "public"."ft" (\n    "id" integer\n) server "billing"',
            "foreign_table",
            Action.CREATE,
            "public.ft",
            False,
        ),
        ('alter foreign table "public"."ft" drop column "id"', "foreign_table", Action.ALTER, "public.ft", False),
        (
            'alter foreign table "public"."ft" alter column "id" type bigint',
            "foreign_table",
            Action.ALTER,
            "public.ft",
            False,
        ),
        (
            'alter foreign table "public"."ft" options (set "table_name" \'t2\')',
            "foreign_table",
            Action.ALTER,
            "public.ft",
            False,
        ),
        ('drop foreign table "public"."ft"', "foreign_table", Action.DROP, "public.ft", False),
    ],
)
def test_foreign_data_statements(sql: str, kind: str, action: Action, identity: str, data_loss: bool) -> None:
    """diff/foreign_data.py's statements: read back with their kind (never the catch-all, which apply
    rates DATA_LOSS); a dropped server or user mapping takes the secrets set on it out of band, so
    apply asks approval for it; a foreign table's data is remote, so dropping it or its column
    loses none."""
    from schemadiff.changes import Hazard
    from schemadiff.rating import static_hazards

    found = classify(sql)
    assert (found.kind, found.action, found.identity) == (kind, action, identity)
    assert (Hazard.DATA_LOSS in static_hazards([sql])[0]) is data_loss


@pytest.mark.parametrize(
    ("sql", "kind", "action", "identity"),
    [
        (
            "CREATE RULE r AS\n    ON INSERT TO public.t DO  INSERT INTO log (id)\n  VALUES (new.id)",
            "rule",
            Action.CREATE,
            "public.t.r",
        ),
        (
            'CREATE OR REPLACE RULE "a ""b" AS\n    ON DELETE TO "S"."t" DO INSTEAD NOTHING',
            "rule",
            Action.ALTER,
            'S.t.a "b',
        ),
        ('drop rule "r" on "public"."t"', "rule", Action.DROP, "public.t.r"),
        ("alter table public.t disable rule r", "rule", Action.ALTER, "public.t.r"),
        ("alter table public.t enable rule r", "rule", Action.ALTER, "public.t.r"),
        ('alter table "public"."t" enable replica rule "r"', "rule", Action.ALTER, "public.t.r"),
        ('alter table "public"."t" enable always rule "r"', "rule", Action.ALTER, "public.t.r"),
        (
            "create publication feed for table public.t (id) where ((id > 0)), tables in schema s",
            "publication",
            Action.CREATE,
            "feed",
        ),
        ("create publication \"A b\" for all tables with (publish = 'insert')", "publication", Action.CREATE, "A b"),
        ("create publication empty", "publication", Action.CREATE, "empty"),
        ('drop publication "A b"', "publication", Action.DROP, "A b"),
        (
            "alter publication feed set (publish = 'insert', publish_via_partition_root = true)",
            "publication",
            Action.ALTER,
            "feed",
        ),
        (
            "alter publication feed add table public.t (id, v) where ((id > 0))",
            "publication",
            Action.CREATE,
            "feed table public.t",
        ),
        ('alter publication feed drop table only "S"."t x"', "publication", Action.DROP, "feed table S.t x"),
        ('alter publication feed add tables in schema "S"', "publication", Action.CREATE, "feed tables in schema S"),
        ("alter publication feed drop tables in schema s", "publication", Action.DROP, "feed tables in schema s"),
    ],
)
def test_rule_and_publication_statements(sql: str, kind: str, action: Action, identity: str) -> None:
    """diff/rules.py's and diff/publications.py's statements: read back with their kind and
    action (never the catch-all, which apply rates DATA_LOSS); none of them loses data, and a
    rule change locks its table (ACCESS EXCLUSIVE, also for ENABLE/DISABLE RULE)."""
    from schemadiff.changes import Hazard
    from schemadiff.rating import static_hazards

    found = classify(sql)
    assert (found.kind, found.action, found.identity) == (kind, action, identity)
    hazards = static_hazards([sql])[0]
    assert Hazard.DATA_LOSS not in hazards
    assert (Hazard.ACCESS_EXCLUSIVE_LOCK in hazards) is (kind == "rule")


def test_rule_words_in_a_table_alter_are_not_a_rule() -> None:
    """Only the exact ENABLE/DISABLE RULE form is a rule change: a column named ``rule``
    dropped in the same statement stays a destructive table change."""
    from schemadiff.changes import Hazard
    from schemadiff.rating import static_hazards

    sql = 'alter table public.t disable rule r, drop column "rule"'
    assert classify(sql).kind != "rule"
    assert Hazard.DATA_LOSS in static_hazards([sql])[0]


@pytest.mark.parametrize(
    ("sql", "identity"),
    [
        ('alter index "public"."m_value_idx" attach partition "public"."m_2024_value_idx"', "public.m_2024_value_idx"),
        ('alter index "S"."a ""b" attach partition "S"."c.d"', "S.c.d"),
    ],
)
def test_index_attach_partition(sql: str, identity: str) -> None:
    """diff/partitions.py attaches a partition's existing index to its parent's: an index change
    read back with the partition's index as its object, never the catch-all (DATA_LOSS); a second
    subcommand or statement after it is not this form."""
    from schemadiff.changes import Hazard
    from schemadiff.rating import static_hazards

    found = classify(sql)
    assert (found.kind, found.action, found.identity) == ("index", Action.ALTER, identity)
    assert Hazard.DATA_LOSS not in static_hazards([sql])[0]
    assert classify(sql + "; drop table public.m").kind != "index"


@pytest.mark.parametrize(
    ("sql", "kind", "action", "identity", "data_loss"),
    [
        (
            'alter table "public"."rooms" add constraint "rooms_pkey" PRIMARY KEY (id, valid_at WITHOUT OVERLAPS)',
            "constraint",
            Action.CREATE,
            "public.rooms.rooms_pkey",
            False,
        ),
        (
            'alter table "public"."b" add constraint "b_key" UNIQUE (room, during WITHOUT OVERLAPS)',
            "constraint",
            Action.CREATE,
            "public.b.b_key",
            False,
        ),
        (
            'alter table "public"."events" alter column "created" drop default',
            "column",
            Action.ALTER,
            "public.events.created",
            False,
        ),
        (
            'alter table "public"."events" alter column "created" set data type timestamp with time zone using to_timestamp(created)',
            "column",
            Action.ALTER,
            "public.events.created",
            True,
        ),
        (
            "grant usage on type public.mood to sdcase_reader",
            "privilege",
            Action.CREATE,
            "usage on public.mood to sdcase_reader",
            False,
        ),
        (
            "revoke usage on type public.positive from PUBLIC",
            "privilege",
            Action.DROP,
            "usage on public.positive from PUBLIC",
            False,
        ),
    ],
)
def test_temporal_keys_using_hints_and_type_grants(
    sql: str, kind: str, action: Action, identity: str, data_loss: bool
) -> None:
    """Statements of temporal keys (diff/temporal_keys.py), of column type changes around a
    default or with a USING hint (diff/column_types.py) and of grants on types, as apply reads
    them back: a type change keeps DATA_LOSS whatever its USING expression."""
    from schemadiff.changes import Hazard
    from schemadiff.rating import static_hazards

    found = classify(sql)
    assert (found.kind, found.action, found.identity) == (kind, action, identity)
    assert (Hazard.DATA_LOSS in static_hazards([sql])[0]) is data_loss
