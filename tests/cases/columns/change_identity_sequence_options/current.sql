create table public.tickets (
    id bigint generated always as identity primary key,
    title text
);
