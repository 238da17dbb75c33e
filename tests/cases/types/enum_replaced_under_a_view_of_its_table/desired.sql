-- An enum loses a label while a view reads its column (its text: the view never names the
-- type): the recast of the column would be refused under the view, so the view is
-- dropped and created again around it.
create type public.ticket_status as enum ('open', 'closed');
create table public.tickets (
    id integer primary key,
    status public.ticket_status not null default 'open'
);
create view public.ticket_labels as select id, status::text as label from public.tickets;
