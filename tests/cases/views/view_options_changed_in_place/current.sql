create table public.docs (id integer primary key, owner text);
create view public.my_docs as select * from public.docs where owner = current_user;
