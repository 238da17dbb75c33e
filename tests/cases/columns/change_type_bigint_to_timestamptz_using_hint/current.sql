create table public.events (
    id integer primary key,
    -- schemadiff:using (extract(epoch from happened_at) * 1000)::bigint
    happened_at bigint not null
);
