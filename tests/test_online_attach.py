"""A table that holds rows attached to a partitioned table, applied online for real
(``schemadiff.online_attach``): its CHECKs (its bound's, its parent's, its NOT NULL's) and its
parent's foreign key validated and its parent's key and index built before the main
transaction, while the table takes writes; the ATTACH then neither scans nor builds."""

from __future__ import annotations

from pathlib import Path

import pytest

from applyhelp import (  # noqa: F401  (fixtures)
    Project,
    execute,
    finish,
    history_rows,
    made_plans,
    open_session,
    plan_id,
    project,
    run_saying,
    wait_for_backends,
)
from schemadiff.changes import Hazard
from schemadiff.plan_file import read_plan

READINGS = """create table public.sites (
    id bigint primary key,
    name text not null
);
create table public.readings (
    id bigint not null,
    site_id bigint references public.sites (id),
    taken_on date not null,
    value numeric check (value >= 0),
    primary key (id, taken_on)
) partition by range (taken_on);
create index readings_site_id_idx on public.readings (site_id);
create table public.readings_2025 partition of public.readings
    for values from ('2025-01-01') to ('2026-01-01');
create table public.readings_2026 (
    id bigint not null,
    site_id bigint,
    taken_on date,
    value numeric
);
"""
ATTACHED = (
    READINGS
    + "alter table public.readings_2026 alter column taken_on set not null;\n"
    + "alter table public.readings_2026 add constraint readings_value_check check (value >= 0);\n"
    + "alter table public.readings attach partition public.readings_2026\n"
    + "    for values from ('2026-01-01') to ('2027-01-01');\n"
)
ROWS = (
    "insert into public.sites values (1, 'north'), (2, 'south');"
    " insert into public.readings_2026 select g, 1 + g % 2, date '2026-01-01' + g % 300, g"
    " from generate_series(1, 500) g"
)


def _planned(project: Project) -> Path:
    """READINGS applied and rows written, then the plan that attaches readings_2026 (its file)."""
    project.write_schema(READINGS)
    project.plan("v1")
    assert project.apply().code == 0
    execute(project.url, ROWS)
    project.write_schema(ATTACHED)
    return project.plan("v2")


def _helpers(project: Project) -> list[tuple[object, ...]]:
    """The CHECKs of readings_2026 but the one it keeps (its parent's)."""
    return execute(
        project.url,
        "select conname from pg_constraint where conrelid = 'public.readings_2026'::regclass and contype = 'c'"
        " and conname <> 'readings_value_check'",
    )


def test_an_attached_table_takes_writes_while_its_checks_are_validated_and_its_indexes_built(project: Project) -> None:
    v2 = _planned(project)
    text = v2.read_text()
    main = text[text.index("| main |") :]
    before = text[: text.index("| main |")]
    for done_before in (
        'check ("taken_on" is not null) not valid',
        "CHECK ((value >= (0)::numeric)) not valid",
        "FOREIGN KEY (site_id) REFERENCES public.sites(id) not valid",
        "(taken_on >= '2026-01-01'::date) AND (taken_on < '2027-01-01'::date))) not valid",
        "CREATE UNIQUE INDEX CONCURRENTLY readings_2026_pkey ON public.readings_2026",
        "CREATE INDEX CONCURRENTLY readings_2026_site_id_idx ON public.readings_2026",
    ):
        assert done_before in before, text
    assert 'add constraint "readings_2026_pkey" primary key using index "readings_2026_pkey"' in main, text
    assert "LONG_VALIDATION" not in main and "INDEX_BUILD" not in text, text  # (nothing scans or builds there)

    # a session's snapshot older than the builds: the first waits for it to end (CREATE INDEX
    # CONCURRENTLY waits for older snapshots), past the CHECKs and their validations
    holder = open_session(project.url)
    holder.execute("set transaction isolation level repeatable read")
    holder.execute("select 1")
    apply = project.spawn_apply("--lock-timeout", "60")
    try:
        wait_for_backends(project.url, "CREATE UNIQUE INDEX CONCURRENTLY readings_2026_pkey%")
        assert _helpers(project), "the CHECKs are added before the builds"
        with open_session(project.url) as writer:  # (within 2 s: nothing the apply holds blocks a write)
            writer.execute("set statement_timeout = '2s'")
            writer.execute("insert into public.readings_2026 values (501, 2, '2026-12-31', 1)")
            writer.execute("update public.readings_2026 set value = value + 1 where id = 1")
            writer.commit()
    finally:
        holder.close()
    run = finish(apply)
    assert run.code == 0, run.text
    assert history_rows(project.url)[plan_id(v2)] == "applied"

    attached = execute(
        project.url,
        "select conname, conparentid <> 0, convalidated from pg_constraint"
        " where conrelid = 'public.readings_2026'::regclass and contype in ('p', 'f') order by 1",
    )
    assert attached == [("readings_2026_pkey", True, True), ("readings_site_id_fkey", True, True)], attached
    indexes = execute(
        project.url,
        "select c.relname, i.inhparent::regclass::text from pg_inherits i join pg_class c on c.oid = i.inhrelid"
        " where c.relname like 'readings_2026%' order by 1",
    )
    assert indexes == [  # (the table a partition, its key and index the parent's copies)
        ("readings_2026", "readings"),
        ("readings_2026_pkey", "readings_pkey"),
        ("readings_2026_site_id_idx", "readings_site_id_idx"),
    ], indexes
    assert _helpers(project) == []  # (the CHECKs that proved its bound and its NOT NULL are gone)
    assert execute(project.url, "select count(*) from public.readings where taken_on >= '2026-01-01'") == [(501,)]
    assert project.cli("plan").code == 0


def test_the_attach_neither_scans_the_table_nor_builds_an_index(project: Project) -> None:
    """The plan's statements run one by one as apply runs them, with the server's DEBUG messages:
    the ATTACH finds its bound proven and every index and key in place."""
    plan = read_plan(_planned(project))
    said = run_saying(project, plan)
    (attach,) = (s.number for s in plan.steps if " attach partition " in s.sql)
    (not_null,) = (s.number for s in plan.steps if s.sql.endswith('alter column "taken_on" set not null'))
    assert 'partition constraint for table "readings_2026" is implied by existing constraints' in said[attach]
    scans_or_builds = ("verifying table", "building index", "validating foreign key")
    assert not [m for m in said[attach] if m.startswith(scans_or_builds)], said[attach]
    assert any("are sufficient to prove that it does not contain nulls" in m for m in said[not_null]), said[not_null]
    assert _helpers(project) == []


EVENTS = """create table public.events (
    id bigint not null,
    region text not null,
    created_at timestamptz not null default now()
) partition by list (region);
create index events_created_at_idx on public.events (created_at);
create table public.events_eu partition of public.events for values in ('eu');
create table public.events_us (
    id bigint not null,
    region text not null,
    created_at timestamptz not null default now()
);
"""


def test_a_plan_that_reads_only_what_differs_validates_the_bound_first(project: Project) -> None:
    """A plan whose desired side's details are read for what differs only (not migra's path, as
    the test above): the bound's CHECK comes from those rows too."""
    project.write_schema(EVENTS)
    project.plan("v1")
    assert project.apply().code == 0
    execute(project.url, "insert into public.events_us select g, 'us' from generate_series(1, 100) g")
    project.write_schema(EVENTS + "alter table public.events attach partition public.events_us for values in ('us');\n")
    text = project.plan("v2").read_text()
    before, main = text.split("| main |")
    assert "check (((region IS NOT NULL) AND (region = 'us'::text))) not valid" in before, text
    assert "CREATE INDEX CONCURRENTLY events_us_created_at_idx ON public.events_us" in before, text
    assert "LONG_VALIDATION" not in main, text
    assert project.apply().code == 0
    assert project.cli("plan").code == 0


ORDERS = """create table public.orders (
    id bigint not null,
    placed_on date not null
) partition by range (placed_on);
create table public.orders_2025 partition of public.orders for values from ('2025-01-01') to ('2026-01-01');
create table public.orders_other partition of public.orders default;
create table public.orders_2027 (
    id bigint not null,
    placed_on date not null
);
"""
MORE_ORDERS = (
    ORDERS
    + "create table public.orders_2026 partition of public.orders for values from ('2026-01-01') to ('2027-01-01');\n"
    + "alter table public.orders attach partition public.orders_2027 for values from ('2027-01-01') to ('2028-01-01');\n"
)


def test_partitions_added_beside_a_default_partition_do_not_make_it_scanned(project: Project) -> None:
    """A partition created and one attached: each proven absent from the default partition by a CHECK
    validated before (the default keeps taking writes meanwhile), so neither statement scans it."""
    project.write_schema(ORDERS)
    project.plan("v1")
    assert project.apply().code == 0
    execute(
        project.url, "insert into public.orders select g, date '2028-01-01' + g % 300 from generate_series(1, 300) g"
    )
    execute(project.url, "insert into public.orders_2027 values (1, '2027-05-01')")
    project.write_schema(MORE_ORDERS)
    plan = read_plan(project.plan("v2"))
    text = "".join(f"{s.sql}\n" for s in plan.steps)
    assert 'alter table "public"."orders_other" add constraint "orders_2026_outside_' in text, text
    main = next(seg for seg in plan.execution if seg.purpose == "main")
    assert not [n for n in main.steps if Hazard.LONG_VALIDATION in plan.steps[n - 1].hazards], text

    said = run_saying(project, plan)
    proven = 'updated partition constraint for default partition "orders_other" is implied by existing constraints'
    for statement in ('create table "public"."orders_2026" partition of', " attach partition "):
        (number,) = (s.number for s in plan.steps if statement in s.sql)
        assert proven in said[number], (statement, said[number])
    left = execute(
        project.url,
        "select count(*) from pg_constraint where conrelid = 'public.orders_other'::regclass and contype = 'c'",
    )
    assert left == [(0,)]  # (its CHECKs dropped once they served)


SESSIONS = """create table public.sessions (
    user_id bigint not null
) partition by hash (user_id);
create table public.sessions_0 partition of public.sessions for values with (modulus 2, remainder 0);
create table public.sessions_1 (
    user_id bigint not null
);
"""


def test_a_hash_partition_attached_is_proven_by_its_parents_name(project: Project) -> None:
    """A hash partition's bound names its parent by OID, which the target does not share: its CHECK
    names it by name, and still proves the bound."""
    project.write_schema(SESSIONS)
    project.plan("v1")
    assert project.apply().code == 0
    execute(
        project.url,
        "insert into public.sessions_1 select g from generate_series(1, 200) g"
        " where satisfies_hash_partition('public.sessions'::regclass, 2, 1, g::bigint)",
    )
    attach = (
        "alter table public.sessions attach partition public.sessions_1 for values with (modulus 2, remainder 1);\n"
    )
    project.write_schema(SESSIONS + attach)
    plan = read_plan(project.plan("v2"))
    text = "".join(f"{s.sql}\n" for s in plan.steps)
    assert "check (satisfies_hash_partition('public.sessions'::regclass::oid, 2, 1, user_id)) not valid" in text, text
    said = run_saying(project, plan)
    (number,) = (s.number for s in plan.steps if " attach partition " in s.sql)
    assert 'partition constraint for table "sessions_1" is implied by existing constraints' in said[number]


def test_an_attach_that_validates_a_copy_of_a_foreign_key_stays_flagged(project: Project) -> None:
    """The parent's foreign key NOT VALID: no copy is added before (it would end validated where
    the desired side's is not), and the ATTACH validates the copy it makes (PostgreSQL 18 does,
    NOT VALID or not): its bound proven or not, it keeps LONG_VALIDATION."""
    not_valid = "create table public.sites (\n    id bigint primary key\n);\n" + ORDERS.replace(
        "    placed_on date not null\n) partition", "    placed_on date not null,\n    site_id bigint\n) partition"
    ).replace("    placed_on date not null\n);", "    placed_on date not null,\n    site_id bigint\n);").replace(
        "create table public.orders_other partition of public.orders default;\n",
        "alter table public.orders add constraint orders_site_id_fkey foreign key (site_id)"
        " references public.sites (id) not valid;\n",
    )
    project.write_schema(not_valid)
    project.plan("v1")
    assert project.apply().code == 0
    attach = "alter table public.orders attach partition public.orders_2027 for values from ('2027-01-01') to ('2028-01-01');\n"
    project.write_schema(not_valid + attach)
    plan = read_plan(project.plan("v2"))
    (step,) = (s for s in plan.steps if " attach partition " in s.sql)
    assert Hazard.LONG_VALIDATION in step.hazards, step
    assert any("_bound_" in s.sql for s in plan.steps), [s.sql for s in plan.steps]  # (the bound is proven)


def _with_source(schema: str, check: bool) -> str:
    """EVENTS where the parent gains a column ``source`` (and, ``check``, a CHECK on it) and
    events_us, which lacks it and has a column of its own the parent lacks, is attached."""
    parent = "    created_at timestamptz not null default now(),\n    source text default 'web'\n) partition by list"
    changed = schema.replace("    created_at timestamptz not null default now()\n) partition by list", parent)
    changed = changed.replace(
        "create table public.events_us (\n    id bigint not null,\n    region text not null,\n"
        "    created_at timestamptz not null default now(),\n    legacy integer\n);\n",
        "create table public.events_us (\n    id bigint not null,\n    region text not null,\n"
        "    created_at timestamptz not null default now(),\n    source text default 'web'\n);\n",
    )
    checked = "".join(
        f"alter table public.{table} add constraint events_source_check check (source <> '');\n"
        for table in (("events", "events_us") if check else ())
    )  # (ATTACH requires the table to have its parent's CHECKs)
    return changed + checked + "alter table public.events attach partition public.events_us for values in ('us');\n"


def _events_us_with_rows(project: Project) -> str:
    own = EVENTS.replace(
        "    created_at timestamptz not null default now()\n);\n",
        "    created_at timestamptz not null default now(),\n    legacy integer\n);\n",
    )
    assert own != EVENTS
    project.write_schema(own)
    project.plan("v1")
    assert project.apply().code == 0
    execute(project.url, "insert into public.events_us select g, 'us', now(), g from generate_series(1, 200) g")
    return own


def test_a_table_attached_as_its_parent_gains_a_column_is_proven_first(project: Project) -> None:
    """The columns the table lacks are added (and its own dropped) in the main transaction, before
    the ATTACH; nothing before it names them, so its bound is proven and the parent's index built
    before, and the ATTACH neither scans nor builds."""
    own = _events_us_with_rows(project)
    project.write_schema(_with_source(own, check=False))
    plan = read_plan(project.plan("v2"))
    said = run_saying(project, plan)
    (attach,) = (s.number for s in plan.steps if " attach partition " in s.sql)
    assert 'partition constraint for table "events_us" is implied by existing constraints' in said[attach]
    assert not [m for m in said[attach] if m.startswith(("verifying table", "building index"))], said[attach]
    assert project.cli("plan").code == 0


def test_an_attach_whose_parent_gains_a_check_on_a_new_column_stays_in_main(project: Project) -> None:
    """The parent's new CHECK names the column added in the main transaction: it cannot be added
    to the table before; the ATTACH stays where the diff put it, flagged, and the plan applies."""
    own = _events_us_with_rows(project)
    project.write_schema(_with_source(own, check=True))
    plan = read_plan(project.plan("v2", "--allow-destructive"))  # (its own column dropped)
    assert not any(s.purpose == "attach checks" for s in plan.execution), plan.execution
    (step,) = (s for s in plan.steps if " attach partition " in s.sql)
    assert Hazard.LONG_VALIDATION in step.hazards, step
    assert project.apply().code == 0
    assert project.cli("plan").code == 0


SUBPARTITIONED = """create table public.readings (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    value numeric
) partition by list (site);
create table public.readings_a partition of public.readings for values in ('a');
create index readings_value_idx on public.readings (value);
create table public.readings_b (
    id bigint not null,
    site text not null,
    taken_at timestamptz not null,
    value numeric
) partition by range (taken_at);
create table public.readings_b_2025 partition of public.readings_b
    for values from ('2025-01-01 00:00:00+00') to ('2026-01-01 00:00:00+00');
create table public.readings_b_2026 partition of public.readings_b
    for values from ('2026-01-01 00:00:00+00') to ('2027-01-01 00:00:00+00');
create index readings_b_value_idx on public.readings_b (value);
"""
INDEX_OF_B = "create index readings_b_value_idx on public.readings_b (value);\n"
NOT_NULL_OF_B = "create table public.readings_b (\n    id bigint not null,\n    site text not null,"


@pytest.mark.parametrize(
    ("has_index", "nullable"),
    [(True, False), (False, False), (True, True)],
    ids=["with its parent's index", "lacking it", "gaining a NOT NULL"],
)
def test_a_partitioned_table_attached_has_its_partitions_proven_first(
    project: Project, has_index: bool, nullable: bool
) -> None:
    """A partitioned table attached (its partitions hold rows): its bound's CHECK, added to it and
    so to its partitions, validated before the main transaction, and (lacking it) its parent's
    index made ``ON ONLY`` on it with its partitions' built concurrently and attached, (gaining
    one) a NOT NULL proven by a CHECK validated before; the ATTACH and the SET NOT NULL scan and
    build nothing, and the CHECKs and their copies are gone after."""
    schema = SUBPARTITIONED if has_index else SUBPARTITIONED.replace(INDEX_OF_B, "")
    assert has_index or schema != SUBPARTITIONED
    before = schema.replace(NOT_NULL_OF_B, NOT_NULL_OF_B.replace(" not null,", ",")) if nullable else schema
    assert not nullable or before != schema
    project.write_schema(before)
    project.plan("v1")
    assert project.apply().code == 0
    execute(
        project.url,
        "insert into public.readings_b select g, 'b', timestamptz '2025-06-01 00:00+00' + g * interval '1 day', g"
        " from generate_series(1, 300) g",
    )
    project.write_schema(
        schema + "alter table public.readings attach partition public.readings_b for values in ('b');\n"
    )
    plan = read_plan(project.plan("v2"))
    said = run_saying(project, plan)
    (attach,) = (s.number for s in plan.steps if s.sql.startswith("alter table") and " attach partition " in s.sql)
    assert 'partition constraint for table "readings_b" is implied by existing constraints' in said[attach]
    assert not [m for m in said[attach] if m.startswith(("verifying table", "building index"))], said[attach]
    if nullable:
        (not_null,) = (s.number for s in plan.steps if s.sql.endswith('alter column "site" set not null'))
        proven = [m for m in said[not_null] if "are sufficient to prove that it does not contain nulls" in m]
        assert len(proven) == 3, said[not_null]  # (the table and its two partitions)
        assert not [m for m in said[not_null] if m.startswith("verifying table")], said[not_null]
    helpers = execute(
        project.url,
        "select conrelid::regclass::text from pg_constraint where conname like 'readings_b_bound_%'"
        " or conname like 'readings_b_site_not_null_%'",
    )
    assert helpers == []
    assert project.cli("plan").code == 0
