create table public.docs (id integer primary key, owner text);
create view public.my_docs with (security_barrier = true) as select * from public.docs where owner = current_user with local check option;
