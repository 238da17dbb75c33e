create table public.tickets (
    id bigint not null,
    region text not null,
    code text not null,
    constraint tickets_pkey primary key (region, id, code)
) partition by list (region);
create table public.tickets_eu partition of public.tickets for values in ('eu');
create table public.tickets_us partition of public.tickets for values in ('us');
create table public.ticket_notes (
    id bigint primary key,
    region text not null,
    ticket_id bigint not null
);
