create table public.events (
    id integer primary key,
    created timestamptz not null default now()  -- schemadiff:using to_timestamp(created)
);
