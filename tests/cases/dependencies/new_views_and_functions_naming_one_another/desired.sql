-- New views and functions that name one another (views calling functions, a function whose
-- body reads a view), created in migra's key order each once what it needs is there, and
-- dropped the other way round each once nothing needs it.
create table public.accounts (
    id integer primary key,
    email text not null,
    active boolean not null default true
);
create view public.a_active as
    select id, email from public.accounts where active;
create function public.b_count() returns bigint language sql stable
    as $$ select count(*) from public.a_active $$;
create function public.b_label(t text) returns text language sql immutable
    return lower(t);
create view public.a_labels as
    select id, public.b_label(email) as label from public.accounts;
create function public.a_shout(t text) returns text language sql immutable
    return upper(t);
create view public.b_loud as
    select id, public.a_shout(email) as email from public.accounts;
create view public.c_summary as
    select public.b_count() as n;
