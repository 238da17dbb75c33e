create table public.api_keys (
    id integer primary key,
    prefix text not null,
    -- schemadiff:renamed-from api_keys_prefix_uniq
    constraint api_keys_prefix_key unique (prefix)
);
