create table public.audit (
    id integer primary key,
    body text
);
alter table public.audit replica identity full;
