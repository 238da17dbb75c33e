create table public.kept (id integer primary key);
create table public.ledger (id bigserial primary key, amount numeric(12, 2) not null);
alter table public.ledger owner to sdcase_owner_a;
