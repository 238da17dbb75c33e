create table public.tickets (
    id bigint not null primary key,
    title text
);
