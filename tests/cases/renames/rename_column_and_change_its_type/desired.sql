create table public.messages (
    id integer primary key,
    content text not null -- schemadiff:renamed-from body
);
