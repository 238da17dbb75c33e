create table public.settings (
    key text primary key,
    value jsonb,
    tags text[],
    starts_at timestamptz,
    price numeric(10, 2),
    ratio double precision
);

insert into public.settings values
    ('limits', '{"b": 2, "a": [1, 2]}', '{x,y}', '2024-01-01 10:00:00+00', 9.90, 0.1),
    ('theme', '"dark"', null, null, null, null);
