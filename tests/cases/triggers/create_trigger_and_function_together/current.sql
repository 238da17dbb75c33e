create table public.posts (
    id integer primary key,
    title text not null,
    updated_at timestamptz
);
