create type public.ticket_status as enum ('open', 'closed');

create table public.tickets (
    id integer primary key,
    status public.ticket_status not null default 'open'
);

create view public.open_tickets as
    select id from public.tickets where status = 'open';
create function public.is_open(s public.ticket_status) returns boolean
    language sql immutable as $$ select s = 'open' $$;
