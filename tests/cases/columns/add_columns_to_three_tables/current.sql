create collation public.bytewise (provider = libc, locale = 'C');
create table public."Accounts" (
    id integer primary key,
    email text not null
);
create table public.notes (
    id integer primary key,
    body text
);
create table public.ledger (id integer primary key);
create table public.tags (id integer primary key, label text);
create view public.tag_labels as select label from public.tags;
