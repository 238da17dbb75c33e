-- A new table with stored generated columns (one NOT NULL, one with a collation), and, the
-- other way, a table dropped with them: planned from the catalog as migra writes them.
create table public.people (id integer primary key, first_name text not null, last_name text not null);
create table public.documents (
    id integer primary key,
    title text not null,
    body text not null default '',
    search tsvector generated always as (to_tsvector('simple'::regconfig, title || ' ' || body)) stored not null,
    title_key text collate "C" generated always as (lower(title)) stored,
    words integer generated always as (array_length(regexp_split_to_array(body, '\s+'), 1)) stored
);
