create unlogged table public.cache_entries (
    key text primary key,
    value jsonb
);
