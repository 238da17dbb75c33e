-- one column added to each of three tables (several in one table would be added in name
-- order, which the corpus's reversed tie-break would turn round: pg_dump shows column order)
create collation public.bytewise (provider = libc, locale = 'C');
create table public."Accounts" (
    id integer primary key,
    email text not null,
    handle text collate public.bytewise
);
comment on column public."Accounts".handle is 'Shown to other users';
grant select (handle) on public."Accounts" to sdcase_add_columns_reader;
create table public.notes (
    id integer primary key,
    body text,
    "also pinned" integer[]
);
create table public.ledger (id integer primary key, "Score" numeric(10, 2) not null default 0);
create table public.tags (id integer primary key, label text);
create view public.tag_labels as select label from public.tags;
