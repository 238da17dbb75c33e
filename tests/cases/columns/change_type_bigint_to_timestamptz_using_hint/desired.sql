create table public.events (
    id integer primary key,
    happened_at timestamptz not null  -- schemadiff:using to_timestamp(happened_at / 1000.0)
);
