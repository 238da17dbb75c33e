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
        ('alter table "public"."t" alter column "c" set data type bigint using "c"::bigint', "column", Action.ALTER, "public.t.c"),
        ('alter table "public"."t" add constraint "t_pkey" PRIMARY KEY using index "t_pkey"', "constraint", Action.CREATE, "public.t.t_pkey"),
        ('alter table "public"."t" validate constraint "t_fk"', "constraint", Action.ALTER, "public.t.t_fk"),
        ('alter table "public"."t" enable row level security', "rls", Action.ALTER, "public.t"),
        ('create policy "p"\non "public"."t"\nas permissive\nfor all\nto public\nusing (true)', "policy", Action.CREATE, "public.t.p"),
        ('drop policy "p" on "public"."t"', "policy", Action.DROP, "public.t.p"),
        ("CREATE UNIQUE INDEX t_pkey ON public.t USING btree (id)", "index", Action.CREATE, "public.t_pkey"),
        ('drop index if exists "public"."t_idx"', "index", Action.DROP, "public.t_idx"),
        ("CREATE TRIGGER trg BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION f()", "trigger", Action.CREATE, "public.t.trg"),
        ('drop trigger if exists "trg" on "public"."t"', "trigger", Action.DROP, "public.t.trg"),
        ('create type "public"."e" as enum (\'a\')', "type", Action.CREATE, "public.e"),
        ("set check_function_bodies = off", "setting", Action.ALTER, "check_function_bodies"),
        ('create extension if not exists "vector" with schema "public" version \'0.8.6\'', "extension", Action.CREATE, "vector"),
    ],
)
def test_classify(sql: str, kind: str, action: Action, identity: str) -> None:
    found = classify(sql)
    assert (found.kind, found.action, found.identity) == (kind, action, identity)
