create table public.messages (
    id integer primary key,
    body varchar(200) not null -- schemadiff:renamed-from content
);
