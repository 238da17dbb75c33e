create type public.ticket_status as enum ('open', 'stale', 'closed');
create table public.tickets (
    id integer primary key,
    status public.ticket_status not null default 'open'
);
create view public.ticket_labels as select id, status::text as label from public.tickets;
