-- Views whose queries and options change together: one replaced in place (a column added at
-- the end) that gains options, one dropped and created again (it loses a column) that loses them.
create table public.docs (id integer primary key, owner text, title text);
create view public.listing as select id, title from public.docs;
create view public.owned with (security_barrier = true, check_option = local) as
    select id, owner, title from public.docs where owner = current_user;
