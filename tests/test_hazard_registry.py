"""The hazard registry and its rules: every code documented once, README's table generated
from the registry, each statement rated with the codes the registry says it gets, and the
kind of a dropped policy read from a real catalog."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemadiff.catalog import Catalog, SchemaFilter, inspect_catalog
from schemadiff.changes import HAZARD_HELP, Action, Change, Hazard
from schemadiff.hazard_registry import REGISTRY, TABLE_END, TABLE_START, markdown_table, table_in, with_table
from schemadiff.plan import Plan, Step, render_plan_file
from schemadiff.plan_file import read_plan
from schemadiff.rating import rate_changes, rederive_hazards, static_hazards
from schemadiff.servers import connect
from schemadiff.summary import Group, narrowed_steps, security_steps
from schemadiff.urls import DatabaseUrl

REPO = Path(__file__).resolve().parent.parent
H = Hazard


def test_readme_hazard_table_is_the_generated_one() -> None:
    """Fails when the registry changed and README was not regenerated:
    python -m schemadiff.hazard_registry --update README.md"""
    found = table_in((REPO / "README.md").read_text(encoding="utf-8"))
    assert found is not None, f"README.md has no {TABLE_START} … {TABLE_END} section"
    assert found == markdown_table(), (
        "README's hazard table is stale: python -m schemadiff.hazard_registry --update README.md"
    )


def test_update_rewrites_only_the_table() -> None:
    stale = f"intro\n\n{TABLE_START}\n| old |\n{TABLE_END}\n\noutro\n"
    assert with_table(stale) == "intro\n\n" + markdown_table() + "\noutro\n"


def test_every_code_is_documented_once_and_in_the_json_schema() -> None:
    assert [info.code for info in REGISTRY] == list(Hazard)
    assert all(info.meaning and info.raised_when and info.avoid for info in REGISTRY)
    assert set(HAZARD_HELP) == set(Hazard)
    schema = json.loads((REPO / "docs/schemas/plan.schema.json").read_text())
    assert schema["$defs"]["hazard"]["enum"] == [h.value for h in Hazard]


def plan_of(*steps: Step) -> Plan:
    return Plan(
        plan_id="20260101000000_hazards",
        created_at="2026-01-01T00:00:00Z",
        tool_version="0.1.0",
        target="local",
        server_version="18 (shadow 18)",
        from_fingerprint="sha256:" + "a" * 64,
        to_fingerprint="sha256:" + "b" * 64,
        source_digest="sha256:" + "c" * 64,
        steps=steps,
    )


def test_legacy_codes_of_old_plan_files_still_parse(tmp_path: Path) -> None:
    """Plan files written before the split carry SECURITY (and INDEX_BUILD): they still read."""
    assert [info.code for info in REGISTRY if info.legacy] == [H.SECURITY]
    old = plan_of(
        Step(1, "create policy public.t.p", 'create policy "p" on "public"."t" using (true)', (H.SECURITY,)),
        Step(2, "create index public.i", "CREATE INDEX i ON public.t USING btree (a)", (H.INDEX_BUILD,)),
    )
    path = tmp_path / "20260101000000_hazards.sql"
    text = render_plan_file(old)
    assert "hazards: SECURITY" in text and "hazards: INDEX_BUILD" in text
    path.write_text(text)
    assert [s.hazards for s in read_plan(path).steps] == [(H.SECURITY,), (H.INDEX_BUILD,)]


T = '"public"."t"'


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        # indexes: a plain build blocks writes; a concurrent one blocks nothing
        (f"create index i on {T} (a)", (H.SHARE_LOCK, H.INDEX_BUILD)),
        ("CREATE UNIQUE INDEX i ON public.t USING btree (a)", (H.SHARE_LOCK, H.INDEX_BUILD)),
        (f"create index concurrently i on {T} (a)", ()),
        (f"create unique index concurrently if not exists i on {T} (a)", ()),
        (f"-- built without blocking writes\ncreate index concurrently i on {T} (a)", ()),
        ('drop index if exists "public"."i"', (H.INDEX_DROPPED, H.ACCESS_EXCLUSIVE_LOCK)),
        ('drop index concurrently if exists "public"."i"', (H.INDEX_DROPPED,)),
        ('alter index "public"."i" rename to "j"', ()),
        # constraints
        (
            f'alter table {T} add constraint "fk" FOREIGN KEY (a) REFERENCES u(id) not valid',
            (H.SHARE_ROW_EXCLUSIVE_LOCK,),
        ),
        (
            f'alter table {T} add constraint "fk" FOREIGN KEY (a) REFERENCES u(id)',
            (H.SHARE_ROW_EXCLUSIVE_LOCK, H.LONG_VALIDATION),
        ),
        (f'alter table {T} validate constraint "fk"', (H.LONG_VALIDATION,)),
        (f'alter table {T} add constraint "c" CHECK ((a > 0)) not valid', (H.ACCESS_EXCLUSIVE_LOCK,)),
        (f'alter table {T} add constraint "c" CHECK ((a > 0))', (H.ACCESS_EXCLUSIVE_LOCK, H.LONG_VALIDATION)),
        (f'alter table {T} add constraint "t_pkey" PRIMARY KEY using index "t_pkey"', (H.ACCESS_EXCLUSIVE_LOCK,)),
        (f'alter table {T} add constraint "t_a_key" UNIQUE (a)', (H.ACCESS_EXCLUSIVE_LOCK, H.INDEX_BUILD)),
        (f'alter table {T} drop constraint "c"', (H.ACCESS_EXCLUSIVE_LOCK,)),
        (f'alter table {T} alter column "a" set not null', (H.ACCESS_EXCLUSIVE_LOCK, H.LONG_VALIDATION)),
        # triggers
        (
            "CREATE TRIGGER trg BEFORE UPDATE ON public.t FOR EACH ROW EXECUTE FUNCTION f()",
            (H.SHARE_ROW_EXCLUSIVE_LOCK,),
        ),
        (f'drop trigger if exists "trg" on {T}', (H.ACCESS_EXCLUSIVE_LOCK,)),
        # extensions
        ("alter extension \"citext\" update to '1.6'", (H.EXTENSION_VERSION_CHANGE,)),
        ('alter extension "citext" update', (H.EXTENSION_VERSION_CHANGE,)),
        ('alter extension "citext" add function public.update_it()', ()),
        # a domain constraint checks every column of the domain's type
        ("alter domain public.d add constraint c CHECK ((VALUE > 0)) NOT VALID", ()),
        ("alter domain public.d add constraint c CHECK ((VALUE > 0))", (H.LONG_VALIDATION,)),
        ('alter domain public.d validate constraint "c"', (H.LONG_VALIDATION,)),
        # renames: an index name is not used by code, the others are
        (f'alter table {T} rename to "u"', (H.BACKWARD_INCOMPATIBLE, H.ACCESS_EXCLUSIVE_LOCK)),
        (f'alter table {T} rename column "a" to "b"', (H.BACKWARD_INCOMPATIBLE, H.ACCESS_EXCLUSIVE_LOCK)),
        ('alter view "public"."v" rename to "w"', (H.BACKWARD_INCOMPATIBLE,)),
        # access: RLS switches
        (f"alter table {T} enable row level security", (H.ACCESS_NARROWED,)),
        (f"alter table {T} force row level security", (H.ACCESS_NARROWED,)),
        (f"alter table {T} disable row level security", (H.ACCESS_WIDENED,)),
        (f"alter table {T} no force row level security", (H.ACCESS_WIDENED,)),
        # access: policies (a created policy's kind is in the statement; permissive by default)
        (f'create policy "p"\non {T}\nas permissive\nfor all\nto public\nusing (true)', (H.ACCESS_WIDENED,)),
        (f'create policy "p" on {T} using (true)', (H.ACCESS_WIDENED,)),
        (f'create policy "p"\non {T}\nas restrictive\nfor select\nto public\nusing (a > 0)', (H.ACCESS_NARROWED,)),
        (f'alter policy "p" on {T}\nusing ((a > 1))', (H.ACCESS_WIDENED,)),
        (f'drop policy "p" on {T}', (H.ACCESS_WIDENED,)),  # no catalog: the kind is unknown
        (f'alter policy "p" on {T} rename to "q"', (H.BACKWARD_INCOMPATIBLE,)),
        # access: privileges, functions, views
        (f'grant select on table {T} to "anon"', (H.ACCESS_WIDENED,)),
        (f'revoke select on table {T} from "anon"', (H.ACCESS_NARROWED,)),
        ("alter default privileges in schema public grant select on tables to reader", (H.ACCESS_WIDENED,)),
        ("alter default privileges in schema public revoke select on tables from reader", (H.ACCESS_NARROWED,)),
        (
            "create or replace function public.f() returns int language sql security definer as $$ select 1 $$",
            (H.ACCESS_WIDENED,),
        ),
        ('alter view "public"."v" set (security_invoker=true)', (H.ACCESS_WIDENED,)),
        # unchanged
        (f"drop table {T}", (H.DATA_LOSS,)),
        (f'alter table {T} drop column "a"', (H.DATA_LOSS, H.ACCESS_EXCLUSIVE_LOCK)),
    ],
)
def test_statement_hazards(sql: str, expected: tuple[Hazard, ...]) -> None:
    (found,) = static_hazards([sql])
    assert found == expected
    assert H.SECURITY not in found


def test_lock_hazards_are_left_out_on_a_table_the_plan_creates() -> None:
    new = [
        Change("table", Action.CREATE, "public.n", 'create table "public"."n" (a integer)', 0),
        Change("index", Action.CREATE, "public.n_a", "CREATE INDEX n_a ON public.n USING btree (a)", 1),
        Change(
            "constraint",
            Action.CREATE,
            "public.n.fk",
            'alter table "public"."n" add constraint "fk" FOREIGN KEY (a) REFERENCES t(id) not valid',
            2,
        ),
        Change("constraint", Action.ALTER, "public.n.fk", 'alter table "public"."n" validate constraint "fk"', 3),
        Change(
            "trigger",
            Action.CREATE,
            "public.n.trg",
            "CREATE TRIGGER trg BEFORE UPDATE ON public.n FOR EACH ROW EXECUTE FUNCTION f()",
            4,
        ),
        Change("rls", Action.ALTER, "public.n", 'alter table "public"."n" enable row level security', 5),
        Change(
            "policy",
            Action.CREATE,
            "public.n.r",
            'create policy "r"\non "public"."n"\nas restrictive\nfor all\nto app\nusing (true)',
            6,
        ),
        Change(
            "privilege",
            Action.DROP,
            "select on table public.n from app",
            'revoke select on table "public"."n" from "app"',
            7,
        ),
    ]
    assert [c.hazards for c in rate_changes(new, Catalog(0, ()))] == [()] * len(new)


def test_an_index_the_plan_builds_again_is_not_flagged_dropped() -> None:
    changes = [
        Change("index", Action.DROP, "public.i", 'drop index if exists "public"."i"', 0),
        Change("index", Action.CREATE, "public.i", "CREATE INDEX i ON public.t USING btree (a, b)", 1),
    ]
    rated = rate_changes(changes, Catalog(0, ()))
    assert [c.hazards for c in rated] == [(H.ACCESS_EXCLUSIVE_LOCK,), (H.SHARE_LOCK, H.INDEX_BUILD)]


def test_a_dropped_policy_is_rated_by_its_kind_in_the_live_catalog(empty_db: DatabaseUrl) -> None:
    """With RLS on, a row is visible when one permissive policy and every restrictive one
    allow it: dropping a permissive policy narrows access, dropping a restrictive one widens it."""
    with connect(empty_db) as conn:
        conn.execute("create table public.t (a integer)")
        conn.execute("alter table public.t enable row level security")
        conn.execute("create policy open on public.t as permissive for select to public using (true)")
        conn.execute("create policy tenant on public.t as restrictive for all to public using (a > 0)")
        conn.commit()
        catalog = inspect_catalog(conn, SchemaFilter())
    assert catalog.get("policy", "public.t.open") is not None
    statements = [
        'drop policy "open" on "public"."t"',
        'drop policy "tenant" on "public"."t"',
        'drop policy if exists "gone" on "public"."t"',  # not in the catalog: conservative
        "create index t_a on public.t (a)",
        'alter table "public"."t" disable row level security',
    ]
    assert rederive_hazards(statements, catalog) == [
        (H.ACCESS_NARROWED,),
        (H.ACCESS_WIDENED,),
        (H.ACCESS_WIDENED,),
        (H.SHARE_LOCK, H.INDEX_BUILD),
        (H.ACCESS_WIDENED,),
    ]
    changes = [
        Change("policy", Action.DROP, "public.t.open", statements[0], 0),
        Change("policy", Action.DROP, "public.t.tenant", statements[1], 0),
    ]
    assert [c.hazards for c in rate_changes(changes, catalog)] == [(H.ACCESS_NARROWED,), (H.ACCESS_WIDENED,)]


def test_summaries_list_widened_access_first_and_narrowed_apart() -> None:
    steps = (
        Step(1, "drop policy public.t.open", 'drop policy "open" on "public"."t"', (H.ACCESS_NARROWED,)),
        Step(2, "create policy public.t.all", 'create policy "all" on "public"."t" using (true)', (H.ACCESS_WIDENED,)),
        Step(3, "drop policy public.t.old", 'drop policy "old" on "public"."t"', (H.SECURITY,)),  # an older plan file
        Step(4, "drop table public.x", 'drop table "public"."x"', (H.DATA_LOSS,)),
    )
    plan = plan_of(*steps)
    assert [s.number for s in security_steps(plan)] == [2, 3]
    assert [s.number for s in narrowed_steps(plan)] == [1]
    group = Group("drop", "policy", 2, {H.ACCESS_NARROWED.value, H.DATA_LOSS.value, H.ACCESS_WIDENED.value})
    assert group.hazard_text == "ACCESS_WIDENED, DATA_LOSS, ACCESS_NARROWED"
