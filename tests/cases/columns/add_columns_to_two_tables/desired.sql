create collation public.bytewise (provider = libc, locale = 'C');
create table public."Accounts" (
    id integer primary key,
    email text not null,
    "Score" numeric(10, 2) not null default 0,  -- (added in name order, as the plan adds them)
    handle text collate public.bytewise
);
comment on column public."Accounts".handle is 'Shown to other users';
grant select (handle) on public."Accounts" to sdcase_add_columns_reader;
create table public.notes (
    id integer primary key,
    body text,
    "also pinned" integer[],
    pinned boolean default false
);
create table public.tags (id integer primary key, label text);
create view public.tag_labels as select label from public.tags;
