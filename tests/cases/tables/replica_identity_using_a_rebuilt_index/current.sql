-- A table's replica identity set to a unique index that the same plan builds again under its
-- name (another column list): online, the new index is built under a temporary name and takes
-- the name once the old one is dropped; the replica identity is set after that.
create table public.audit (
    id integer not null,
    seq integer not null,
    body text
);
create unique index audit_key on public.audit (id);
