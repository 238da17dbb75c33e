create table public.settings (
    key text primary key,
    value jsonb,
    tags text[],
    starts_at timestamptz,
    price numeric(10, 2),
    ratio double precision
);

insert into public.settings values
    ('limits', '{"a": [1, 2], "b": 3}', '{x,"y z"}', '2024-06-01 12:30:00+02', 10, 0.30000000000000004),
    ('theme', '"dark"', null, null, null, null),
    ('quotas', '{"note": "it''s \"quoted\""}', '{}', '2025-03-09 01:59:59.5+00', 0.01, -1.5e-10);
