create table public.audit (
    id integer not null,
    body text
);
create unique index audit_id_key on public.audit (id);
alter table public.audit replica identity using index audit_id_key;
