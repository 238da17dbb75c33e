create table public.api_keys (
    id integer primary key,
    prefix text not null,
    constraint api_keys_prefix_uniq unique (prefix) -- schemadiff:renamed-from api_keys_prefix_key
);
