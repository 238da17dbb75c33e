"""Every name and literal the tool writes into SQL is quoted: a property test over hostile names.

A fixed, deterministic list of hostile names (quotes, spaces, unicode, reserved words, dollar
quotes, backslashes, format placeholders, a 63-byte name, mixed case, a leading digit and two
injection attempts) is used as the name of every kind of the README's "Supported objects"
table, all in one schema pair. Each name gets its own schema holding a table (and its
columns, constraints, index, trigger, policy, grants, column grants, comments, sequence,
default privileges); the other kinds live in one schema per kind (``k_enum``, ``k_view``,
…), so that every object can carry the bare hostile name. Roles are cluster-global: the
test creates one per name and drops them at the end.

For each schema pair the plan is made, run once as text the way psql would run the plan
file (rolled back), then applied for real (as ``casehelp.apply_steps``, like ``schemadiff
apply``); the corpus oracles (``casehelp.verify_after_apply``: empty re-diff, equal
catalogs, equal ``pg_dump``) must have nothing to report, and ``sdpwned.marker`` (what an
injected statement would create) must never exist. Pairs: empty → everything (and back:
everything dropped); a changed variant (enum labels added, policy roles, column grants,
comments, trigger states, default privileges and managed rows changed) both ways; every
renamable kind renamed by hints naming hostile old names. ``schemadiff dump`` of the same
schema must load back as the same catalog. Fuzz size: 16 names × 44 named statements each
(704), plus 16 × 9 renames.

Then a direct test for each bug of issue 16, item 2, and for the others the fuzz found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import psycopg
import pytest
from psycopg import pq, sql

from casehelp import (
    DEFAULT_SCHEMAS,
    Case,
    Database,
    DatabasePool,
    Direction,
    applied_snapshot,
    apply_steps,
    case_databases,
    finish_dump,
    planned_changes,
    start_dump,
    verify_after_apply,
)
from conftest import memory_tablespace
from schemadiff.catalog import SchemaFilter, compare_catalogs, inspect_catalog
from schemadiff.diff import diff
from schemadiff.dump import dump_database, write_dump
from schemadiff.online_config import Execution
from schemadiff.plan import Step, steps_from_changes
from schemadiff.plan_build import arranged
from schemadiff.replay import describe_differences
from schemadiff.rows import ManagedTable
from schemadiff.servers import connect, scratch_database
from schemadiff.source import load_files, read_source

INJECTION_SCHEMA = "sdpwned"
# 63 bytes (NAMEDATALEN - 1), multibyte characters included
LONG = "ł" * 20 + "x" * 23
NAMES: tuple[str, ...] = (
    "it's",
    'a"b',
    "with space",
    "Ünïcødé名",
    "select",
    "from",
    "user",
    "$$",
    "$tag$",
    "back\\slash\\",
    "%s{}%(x)s",
    LONG,
    "MixedCase",
    "1digit",
    "x'); create table sdpwned.marker(); --",
    'x"; create table sdpwned.marker(); --',
)
assert len(LONG.encode()) == 63
# extensions installed into the schema of a hostile name (one schema each)
EXTENSIONS = ("vector", "citext", "hstore")


def q(name: str) -> str:
    """The test's own quoting of its inputs (the schemas it builds; not the tool's)."""
    return '"' + name.replace('"', '""') + '"'


def lit(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def fit(text: str) -> str:
    """At most 63 bytes, cut at a character boundary (as the server would truncate)."""
    while len(text.encode()) > 63:
        text = text[:-1]
    return text


def role(name: str) -> str:
    return fit("sdq " + name) if name == LONG else name


def c(name: str) -> str:
    """A second column name."""
    return fit("c " + name)


# --- the desired schema: every kind named with every hostile name ----------------------------

# Each builder gives the statements that name objects with name number i: together the kinds
# of the README's "Supported objects" table (collations, columns, comments, constraints,
# data, default privileges, extensions, functions, indexes, partitions, policies,
# privileges, rls, schemas, sequences, tables, triggers, types, vector, views).
KIND_SCHEMAS = (
    "k_enum",
    "k_comp",
    "k_dom",
    "k_range",
    "k_func",
    "k_view",
    "k_mview",
    "k_coll",
    "k_part",
    "k_con",
    "k_seq",
    "k_data",
    "k_evt",
)


def _types(i: int, n: str, changed: bool) -> list[str]:
    labels = [n, fit("z " + n)] + ([fit("new " + n), fit("a " + n)] if changed else [])
    if changed:
        labels = [labels[3], labels[0], labels[2], labels[1]]  # one added first, one in the middle
    return [
        f"create type k_enum.{q(n)} as enum ({', '.join(lit(label) for label in labels)})",
        f'create type k_comp.{q(n)} as ({q(n)} integer, {q(c(n))} text collate "C")',
        f'create domain k_dom.{q(n)} as text collate "C" default {lit(n)} constraint {q(n)} check (value <> {lit(n + "!")})',
        f"create type k_range.{q(n)} as range (subtype = float8, multirange_type_name = k_range.{q(fit('m ' + n))})",
        f'create collation k_coll.{q(n)} from "C"',  # (dump refuses collations: left out there)
    ]


def _functions(i: int, n: str, changed: bool) -> list[str]:
    return [
        f"create function k_func.{q(n)}({q(n)} integer, {q(c(n))} text default {lit(n)}) returns integer "
        f"language sql immutable return {q(n)} + length({q(c(n))})",
        f"create function k_func.{q(n)}() returns trigger language plpgsql as $fn$ begin "
        f"new.{q(c(n))} := coalesce(new.{q(c(n))}, {lit(n)}); return new; end $fn$",
        f"create function k_evt.{q(n)}() returns event_trigger language plpgsql as $fn$ begin "
        f"perform {lit(n)}; end $fn$",
        f"create procedure k_func.{q(n)}({q(n)} text) language plpgsql as $fn$ begin raise notice '%', {lit(n)}; end $fn$",
    ]


def _table(i: int, n: str, changed: bool) -> list[str]:
    s = q(n)
    t = f"{s}.{s}"
    roles = f"{q(role(n))}, {q('user')}" if changed else q(role(n))
    columns = f"{q(n)}, {q(c(n))}" if changed else q(c(n))
    comment = f"{n} (changed)" if changed else n
    return [
        f"create table {t} ({q(n)} integer primary key, {q(c(n))} text collate k_coll.{s} "
        f"constraint {s} check ({q(c(n))} <> {lit(n + '!')}) default {lit(n)}, "
        f"{q('e ' + n)} k_enum.{s} default {lit(n)}, {q('co ' + n)} k_comp.{s}, {q('d ' + n)} k_dom.{s}, "
        f"{q('r ' + n)} k_range.{s}, {q('id ' + n)} bigint generated by default as identity, "
        f"{q('g ' + n)} integer generated always as (k_func.{s}({q(n)}, {q(c(n))})) stored, "
        f"{q('nn ' + n)} integer constraint {q(fit('nn ' + n))} not null default 0)",
        f"create index {q(fit('i ' + n))} on {t} ({q(c(n))} collate k_coll.{s} text_pattern_ops) where {q(c(n))} <> {lit(n)}",
        f"create sequence {s}.{q(fit('s ' + n))} owned by {t}.{q(n)}",
        f"alter table {t} enable row level security",
        f"alter table {t} force row level security",
        f"create policy {s} on {t} to {roles} using ({q(c(n))} <> {lit(n)}) with check (k_func.{s}({q(n)}) > 0)",
        f"create trigger {s} before insert on {t} for each row execute function k_func.{s}()",
        f"alter table {t} {'disable' if changed else 'enable'} trigger {s}",
        f"grant usage on schema {s} to {q(role(n))}",
        f"grant select, insert on {t} to {q(role(n))}",
        f"grant select ({columns}), update ({q(c(n))}) on {t} to {q(role(n))}",
        f"grant usage on sequence {s}.{q(fit('s ' + n))} to {q(role(n))}",
        f"grant execute on function k_func.{s}(integer, text) to {q(role(n))}",
        f"revoke execute on function k_func.{s}(integer, text) from public",
        f"grant execute on procedure k_func.{s}(text) to {q(role(n))}",
        f"comment on schema {s} is {lit(comment)}",
        f"comment on table {t} is {lit(comment)}",
        f"comment on column {t}.{q(n)} is {lit(comment)}",
        f"comment on constraint {s} on {t} is {lit(comment)}",
        f"comment on index {s}.{q(fit('i ' + n))} is {lit(comment)}",
        f"comment on policy {s} on {t} is {lit(comment)}",
        f"comment on trigger {s} on {t} is {lit(comment)}",
        f"comment on type k_enum.{s} is {lit(comment)}",
        f"comment on function k_func.{s}(integer, text) is {lit(comment)}",
        f"alter default privileges in schema {s} grant select on tables to {q(role(n))}"
        + (f"; alter default privileges in schema {s} grant usage on sequences to {q(role(n))}" if changed else ""),
    ]


def _others(i: int, n: str, changed: bool) -> list[str]:
    s = q(n)
    return [
        f"create view k_view.{s} with (security_invoker = true) as select {s} as {s}, {q(c(n))} as {q(c(n))} "
        f"from {s}.{s} where {q(c(n))} <> {lit(n)}",
        f"create materialized view k_mview.{s} as select {s} as {s} from {s}.{s} where {q(c(n))} <> {lit(n)}",
        f"create index {q(fit('mi ' + n))} on k_mview.{s} ({s})",
        f"grant select on k_view.{s} to {q(role(n))}",
        f"create table k_part.{s} ({s} integer, {q(c(n))} text) partition by list ({s})",
        f"create table k_part.{q(fit('p ' + n))} partition of k_part.{s} for values in ({i})",
        f"create table k_con.{s} ({s} integer constraint {q(fit('u ' + n))} unique, "
        f"{q(c(n))} integer constraint {q(fit('f ' + n))} references {s}.{s} ({s}) deferrable, "
        f"constraint {s} check ({s} > 0) not valid)",
        f"create sequence k_seq.{s} as integer start {i + 1} cache 2",
        f"create event trigger {s} on ddl_command_end when tag in ('CREATE TABLE') execute function k_evt.{s}()",
        f"comment on event trigger {s} is {lit(n)}",
        f"alter event trigger {s} {'disable' if changed else 'enable'}",
        f"insert into k_data.rows (key, value, tags) values ({lit(n)}, {lit(n + ' (changed)' if changed else n)}, "
        f"array[{lit(n)}, {lit(c(n))}])",
    ]


def _extensions() -> list[str]:
    out = []
    for i, extension in enumerate(EXTENSIONS):
        n = NAMES[i]
        out.append(f"create extension {extension} with schema {q(n)}")
    vector_schema = q(NAMES[0])
    out.append(
        f"create table {vector_schema}.{q('vec ' + NAMES[0])} (id integer primary key, "
        f"{q(NAMES[0])} {vector_schema}.vector(3))"
    )
    out.append(
        f"create index {q('hnsw ' + NAMES[0])} on {vector_schema}.{q('vec ' + NAMES[0])} using hnsw "
        f"({q(NAMES[0])} {vector_schema}.vector_l2_ops) with (m = 8)"
    )
    owner, grantee = q(role(NAMES[0])), q(role(NAMES[1]))
    out.append(f"alter default privileges for role {owner} revoke execute on functions from public")
    out.append(f"alter default privileges for role {owner} in schema {q(NAMES[2])} grant select on tables to {grantee}")
    return out


def desired_sql(names: tuple[str, ...], *, changed: bool = False, dumpable: bool = False) -> str:
    """Every kind named with every name; ``dumpable`` leaves out what ``schemadiff dump``
    refuses to write (collations, event triggers)."""
    statements = _statements(names, changed)
    if dumpable:
        statements = [
            s
            for s in statements
            if not s.startswith(
                ("create collation", "create event trigger", "comment on event trigger", "alter event trigger")
            )
        ]
        statements = [re.sub(r'collate k_coll\."(?:[^"]|"")*"', 'collate "C"', s) for s in statements]
    return ";\n".join(statements) + ";\n"


def _statements(names: tuple[str, ...], changed: bool) -> list[str]:
    statements = [f"create schema {s}" for s in KIND_SCHEMAS]
    statements.append("create table k_data.rows (key text primary key, value text, tags text[])")
    statements += [f"create schema {q(n)}" for n in names]
    for i, n in enumerate(names):
        statements += _types(i, n, changed)
    for i, n in enumerate(names):
        statements += _functions(i, n, changed)
    for i, n in enumerate(names):
        statements += _table(i, n, changed)
    for i, n in enumerate(names):
        statements += _others(i, n, changed)
    statements += _extensions()
    return statements


def kinds_per_name() -> int:
    """The fuzz size: statements that name something with each hostile name."""
    return (
        len(_types(0, "x", False))
        + len(_functions(0, "x", False))
        + len(_table(0, "x", False))
        + len(_others(0, "x", False))
    )


def role_names(names: tuple[str, ...]) -> list[str]:
    """The roles the test creates (cluster-global): one per name, and "user"."""
    return sorted({role(n) for n in names} | {"user"})


def setup_sql() -> str:
    return f"create schema {INJECTION_SCHEMA};\n"


# --- the round trip ---------------------------------------------------------------------------


def _schemas(names: tuple[str, ...]) -> SchemaFilter:
    return replace(
        DEFAULT_SCHEMAS, data=(ManagedTable("k_data", "rows", ("key",), ()),), default_privileges_for=(role(names[0]),)
    )


def _marker_exists(db: Database) -> bool:
    return db.conn.execute("select to_regclass('sdpwned.marker') is not null").fetchone()[0]  # type: ignore[index]


_SUCCEEDED = (pq.ExecStatus.COMMAND_OK, pq.ExecStatus.TUPLES_OK)


def _injection_runs_as_text(db: Database, steps: tuple[Step, ...]) -> bool:
    """Run the plan's statements as text, the way psql runs a plan file (the simple query
    protocol, where one string may hold several statements: psycopg's own execute refuses
    that, so `apply` alone would not show an injection), in a transaction rolled back at
    the end; True when sdpwned.marker appeared."""
    pgconn = db.conn.pgconn
    pgconn.exec_(b"begin")
    try:
        for step in steps:
            if step.transactional and pgconn.exec_(step.sql.encode()).status not in _SUCCEEDED:
                break
        found = pgconn.exec_(b"select to_regclass('sdpwned.marker') is not null")
        return found.get_value(0, 0) == b"t"
    finally:
        pgconn.exec_(b"rollback")


def round_trip(
    pool: DatabasePool, tmp: Path, current: str, desired: str, schemas: SchemaFilter, *, renames: bool = False
) -> tuple[int, list[str]]:
    """Plan A → B and B → A, apply each for real, then the corpus oracles and the marker
    check. Returns the number of steps planned and the problems found."""
    tmp.mkdir(parents=True, exist_ok=True)
    (tmp / "setup.sql").write_text(setup_sql())
    (tmp / "current.sql").write_text(current)
    (tmp / "desired.sql").write_text(desired)
    case = Case(f"fuzz/{tmp.name}", tmp, schemas=schemas)
    steps_planned = 0
    problems: list[str] = []
    with case_databases(pool, case) as (a, b):
        snap_a = a.snapshot(schemas, "A")
        snap_b = b.snapshot(schemas, "B")
        wanted_dumps = {
            "forward": finish_dump(start_dump(b.url, schemas)),
            "reverse": finish_dump(start_dump(a.url, schemas)),
        }
        if renames:  # the hints of each side's SQL, as `schemadiff plan` reads schema/
            forward = planned_changes(pool, case, ((a, snap_a), (b, snap_b)), "desired.sql")
            reverse = planned_changes(pool, case, ((b, snap_b), (a, snap_a)), "current.sql")
        else:
            forward, reverse = diff(snap_a, snap_b), diff(snap_b, snap_a)
        forward, forward_segments = arranged(forward, snap_a, snap_b, Execution())  # online, as plan makes it
        reverse, reverse_segments = arranged(reverse, snap_b, snap_a, Execution())
        for direction, db, wanted, base in (
            (Direction("forward", tmp / "none", steps_from_changes(forward), forward_segments), a, snap_b, "forward"),
            (Direction("reverse", tmp / "none", steps_from_changes(reverse), reverse_segments), b, snap_a, "reverse"),
        ):
            steps_planned += len(direction.steps)
            if _injection_runs_as_text(db, direction.steps):
                direction.problems.append("an injected statement ran (plan run as text): sdpwned.marker exists")
            error = apply_steps(db, direction.steps, direction.segments)
            if _marker_exists(db):
                direction.problems.append("an injected statement ran: sdpwned.marker exists")
            if error:
                direction.problems.append(f"apply: {error}")
            else:
                dump = finish_dump(start_dump(db.url, schemas))
                applied = applied_snapshot(db.url, schemas, f"{direction.name} after apply", db.conn)
                verify_after_apply(case, direction, applied, wanted, dump, wanted_dumps[base])
            if direction.problems:
                problems.append(
                    f"== {direction.name} ==\n" + "\n".join(direction.problems) + "\n-- plan:\n" + direction.rendered
                )
    return steps_planned, problems


@pytest.fixture(scope="module")
def fuzz_pool(pg_server) -> Iterator[DatabasePool]:
    with connect(pg_server) as conn:
        for name in role_names(NAMES):
            conn.execute(sql.SQL("create role {}").format(sql.Identifier(name)))
    try:
        with memory_tablespace(pg_server) as tablespace:
            pool = DatabasePool(pg_server, ahead=2, tablespace=tablespace)
            try:
                yield pool
            finally:
                pool.close()
    finally:
        with connect(pg_server) as conn:
            for name in role_names(NAMES):
                conn.execute(sql.SQL("drop role if exists {}").format(sql.Identifier(name)))


def test_lock_reports_quote_the_relations_a_statement_names() -> None:
    """After a lock timeout, apply asks which sessions hold locks on the relations a step names
    (segment_runner._named_relations, for to_regclass): quoted names are read back first."""
    from schemadiff.segment_runner import _named_relations

    sql = 'alter table "my""s"."t.x" add column a int references public.other (id)'
    assert _named_relations(sql) == ['"my""s"."t.x"', '"public"."other"']


def test_every_statement_carries_the_name() -> None:
    """The generator names something with the name in each of its statements (else the
    fuzz would be smaller than it says): the fuzz size is names × statements per name."""
    for builder in (_types, _functions, _table, _others):
        for statement in builder(0, "zzname", False):
            assert "zzname" in statement, statement
    assert len(NAMES) * kinds_per_name() >= 16 * 40


@pytest.mark.parametrize("pair", ["create_and_drop_everything", "change_everything"])
def test_hostile_names_round_trip(pair: str, fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    if pair == "create_and_drop_everything":
        current, desired = "", desired_sql(NAMES)
    else:
        current, desired = desired_sql(NAMES), desired_sql(NAMES, changed=True)
    steps, problems = round_trip(fuzz_pool, tmp_path / pair, current, desired, _schemas(NAMES))
    assert steps > len(NAMES) * 10, f"the plans are too small to exercise the names ({steps} steps)"
    assert not problems, "\n\n".join(problems)


def renamed_sql(names: tuple[str, ...], *, hinted: bool) -> str:
    """Objects of every renamable kind, named ``old …`` (``hinted=False``) or with the bare
    name and a rename hint naming the old one (``hinted=True``)."""
    out = []
    for n in names:
        s = q(n)

        def name(kind: str) -> str:
            return fit(f"{kind} {n}") if not hinted else (n if kind == "old" else fit(f"new {kind} {n}"))

        def hint(kind: str, quote: Callable[[str], str] = q) -> str:
            return f"-- schemadiff:renamed-from {quote(fit(f'{kind} {n}'))}\n" if hinted else ""

        table, column, label = q(name("old")), q(name("oldc")), lit(name("oldl"))
        out += [
            f"create schema {s};",
            f"{hint('old')}create table {s}.{table} (\n    {hint('oldc')}{column} integer,\n"
            f"    {hint('oldk')}constraint {q(name('oldk'))} check ({column} > 0)\n);",
            f"create type {s}.{q('e')} as enum (\n    {hint('oldl', lit)}{label}\n);",
            f"{hint('oldi')}create index {q(name('oldi'))} on {s}.{table} ({column});",
            f"alter table {s}.{table} enable row level security;",
            f"{hint('oldp')}create policy {q(name('oldp'))} on {s}.{table} using ({column} > 0);",
            f"{hint('oldv')}create view {s}.{q(name('oldv'))} as select {column} from {s}.{table};",
            f"{hint('olds')}create sequence {s}.{q(name('olds'))};",
            f"{hint('oldf')}create function {s}.{q(name('oldf'))}() returns integer language sql return 1;",
        ]
    return "\n".join(out) + "\n"


def test_hostile_names_renamed(fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    """Rename hints naming hostile old names: ALTER … RENAME of every renamable kind."""
    current, desired = renamed_sql(NAMES, hinted=False), renamed_sql(NAMES, hinted=True)
    steps, problems = round_trip(
        fuzz_pool,
        tmp_path / "renames",
        current,
        desired,
        replace(DEFAULT_SCHEMAS, exclude=("schemadiff", "public")),
        renames=True,
    )
    assert steps > len(NAMES) * 8
    assert not problems, "\n\n".join(problems)


# --- the three reported bugs (issue 16, item 2), each on its own -------------------------------

PUBLIC_ONLY = SchemaFilter(include=("public", INJECTION_SCHEMA), exclude=("schemadiff",))


def _assert_round_trip(pool: DatabasePool, tmp: Path, desired: str) -> None:
    steps, problems = round_trip(pool, tmp, "", desired, PUBLIC_ONLY)
    assert steps > 0
    assert not problems, "\n\n".join(problems)


def test_enum_labels_are_quoted(fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    """A label `it's` broke CREATE TYPE … AS ENUM."""
    _assert_round_trip(
        fuzz_pool,
        tmp_path / "enum",
        (
            "create type public.mood as enum ('it''s', 'back\\slash');\n"
            "create table public.t (id integer primary key, m public.mood default 'it''s');\n"
        ),
    )


def test_enum_label_cannot_inject_sql(fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    """A crafted label in schema/ ran its own SQL on the target when the plan was applied."""
    _assert_round_trip(
        fuzz_pool,
        tmp_path / "enum_injection",
        ("create type public.mood as enum ('x''); create table sdpwned.marker(); --');\n"),
    )


def test_column_grants_quote_their_columns(fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    """`grant select ("select", "from") …` was planned as `grant select (from) …` and failed."""
    _assert_round_trip(
        fuzz_pool,
        tmp_path / "column_grant",
        (
            'create table public."Order Items" (id integer primary key, "select" text, "from" text);\n'
            'grant select ("select", "from") on public."Order Items" to authenticated;\n'
        ),
    )


def test_policy_roles_are_quoted(fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    """A role containing `"` broke CREATE POLICY … TO (and a role named `user` meant CURRENT_USER)."""
    _assert_round_trip(
        fuzz_pool,
        tmp_path / "policy",
        (
            "create table public.t (id integer primary key);\n"
            "alter table public.t enable row level security;\n"
            'create policy p on public.t to "a""b", "user" using (id > 0);\n'
        ),
    )


def test_new_table_keeps_a_collation_of_another_schema(fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    """A column's collation was written unqualified (found through search_path only) and left
    out of CREATE TABLE: a new table lost it."""
    steps, problems = round_trip(
        fuzz_pool,
        tmp_path / "collation",
        "",
        (
            'create schema "My Collations"; create collation "My Collations"."by te" from "C";\n'
            'create table public.words (id integer primary key, word text collate "My Collations"."by te");\n'
        ),
        SchemaFilter(include=("public", "My Collations"), exclude=("schemadiff",)),
    )
    assert steps > 0
    assert not problems, "\n\n".join(problems)


# --- schemadiff dump writes SQL too ---------------------------------------------------------------


def test_dump_of_hostile_names_loads_back(pg_server, fuzz_pool: DatabasePool, tmp_path: Path) -> None:
    """`schemadiff dump` of the same schema (without the kinds it refuses: collations, event
    triggers) loads back into an empty database as the same catalog, and injects nothing."""
    schemas = replace(_schemas(NAMES), data=())  # dump writes no data files
    with (
        scratch_database(pg_server, label="fuzzdump") as original,
        scratch_database(pg_server, label="fuzzload") as copy,
    ):
        with connect(original) as conn:
            conn.execute(setup_sql() + desired_sql(NAMES, dumpable=True))  # type: ignore[arg-type]
            expected = inspect_catalog(conn, schemas)
        files = dump_database(original, schemas)
        write_dump(files, tmp_path / "schema")
        source = read_source(tmp_path / "schema", [], tmp_path / "schema")
        with connect(copy) as conn:
            conn.execute(setup_sql())  # type: ignore[arg-type]
            load_files(conn, source.files)
            found = inspect_catalog(conn, schemas)
            assert conn.execute("select to_regclass('sdpwned.marker')").fetchone()[0] is None  # type: ignore[index]
    differences = compare_catalogs(expected, found)
    assert differences == [], describe_differences(differences)


def test_resumed_concurrent_index_build_drops_an_invalid_index_of_any_name(pg_server) -> None:
    """apply's resume of an interrupted CREATE INDEX CONCURRENTLY drops the invalid index it
    left: the name was split on spaces and pasted between quotes, so a name with a space or
    a quote was never found (the re-run then failed: the index exists) or broke the DROP."""
    from schemadiff.plan import Step
    from schemadiff.segment_runner import _already_done

    create = 'CREATE UNIQUE INDEX CONCURRENTLY "i it\'s ""odd""" ON "a""b s"."t x" USING btree (amount)'
    with scratch_database(pg_server, label="fuzzidx") as url, connect(url, autocommit=True) as conn:
        conn.execute(
            'create schema "a""b s"; create table "a""b s"."t x" (amount integer); '
            'insert into "a""b s"."t x" values (1), (1)'
        )
        with pytest.raises(psycopg.errors.UniqueViolation):
            conn.execute(create)  # type: ignore[arg-type]
        invalid = 'select count(*) from pg_index where not indisvalid and indexrelid::regclass::text = \'"a""b s"."i it\'\'s ""odd"""\''
        assert conn.execute(invalid).fetchone()[0] == 1  # type: ignore[index]
        assert not _already_done(conn, Step(1, "create index", create))  # invalid: not done, dropped to run again
        assert conn.execute(invalid).fetchone()[0] == 0  # type: ignore[index]
