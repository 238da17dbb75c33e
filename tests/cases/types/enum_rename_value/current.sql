create type public.ticket_status as enum ('open', 'done');

create table public.tickets (
    id integer primary key,
    status public.ticket_status not null default 'open'
);
