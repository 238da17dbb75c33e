-- A column used by policies is retyped: the server refuses while a policy uses it, so each
-- policy that uses it (pg_depend), of its table or another's (a subquery), is dropped before
-- the type change and created after, its comment set again; a changed one is dropped and
-- created, not altered; one that only names the column in a string is left alone.
create table public.teams (
    id integer primary key,
    owner_id integer not null
);
create table public.tasks (
    id integer primary key,
    team_id integer not null,
    label text
);
alter table public.teams enable row level security;
alter table public.tasks enable row level security;
create policy teams_read on public.teams for select using (owner_id > 0);
comment on policy teams_read on public.teams is 'owners only';
create policy teams_write on public.teams for update using (owner_id > 1);
create policy tasks_read on public.tasks for select
    using (exists (select from public.teams t where t.id = team_id and t.owner_id > 0));
create policy tasks_label on public.tasks for insert with check (label <> 'owner_id');
