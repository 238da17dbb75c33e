"""A small tenant template for tenant-schema groups, shared by tests/test_fleet_tenants.py and
bench/fleet_tenants.py: a shared table outside the tenants, and a tenant schema ``{s}`` at an
old state (two tables, an enum, RLS and a policy) and a new one (a column, an index, a view, a
function and a comment more). ``.format(s=<schema>)`` names the schema."""

SHARED = "create table public.plans (id bigint primary key, name text not null);\n"
SHARED_ROWS = "insert into public.plans values (1, 'free');\n"
OLD = """
create schema {s};
create type {s}.mood as enum ('ok', 'meh');
create table {s}.accounts (id bigint primary key, name text not null, plan_id bigint references public.plans (id));
create table {s}.notes (
    id bigint primary key,
    account_id bigint not null references {s}.accounts (id),
    body text,
    mood {s}.mood
);
alter table {s}.notes enable row level security;
create policy by_account on {s}.notes using (account_id = current_setting('app.account')::bigint);
"""
NEW = (
    OLD
    + """
alter table {s}.notes add column pinned boolean not null default false;
create index notes_account_id on {s}.notes (account_id);
create view {s}.pinned_notes as select n.id, n.body, n.mood from {s}.notes n where n.pinned;
create function {s}.note_count() returns bigint language sql stable return (select count(*) from {s}.notes);
comment on table {s}.notes is 'Notes of one tenant';
"""
)
ROWS = "insert into {s}.accounts values (1, 'a', 1); insert into {s}.notes values (1, 1, 'x', 'ok');\n"
