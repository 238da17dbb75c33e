-- The options of several views change, their queries do not: each reset and set with ALTER
-- VIEW, view by view in schema and name order, after the rest of the plan.
create schema app;
create table public.docs (id integer primary key, owner text, public boolean not null default false);
create view public.zeta with (security_barrier = false) as select id, owner from public.docs;
create view public."Alpha" as select id from public.docs where public with local check option;
create view app.mine with (security_barrier = true) as
    select id from public.docs where owner = current_user with cascaded check option;
