create table public.tickets (id integer primary key, a integer, b integer);
create sequence public.ticket_numbers owned by public.tickets.b;
