create table public.events (
    id integer primary key,
    created bigint not null default 0  -- schemadiff:using extract(epoch from created)::bigint
);
