create table public.tickets (
    id bigint generated always as identity (start with 1000 increment by 10 cache 20) primary key,
    title text
);
