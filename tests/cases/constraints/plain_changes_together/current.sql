-- several plain changes to existing tables in one plan (diff/plain_structure.py plans them
-- without schemainspect, in both directions): a default and NOT NULL, a unique key, a foreign
-- key, a check and an index dropped, an index added, a policy altered and one added
create table public.accounts (
    id integer primary key,
    email text not null,
    tier text
);
create table public.notes (
    id integer primary key,
    account_id integer,
    body text,
    constraint notes_body_check check (body <> '')
);
create index notes_body on public.notes (body);
alter table public.notes enable row level security;
create policy notes_tenant on public.notes using (account_id = 1);
