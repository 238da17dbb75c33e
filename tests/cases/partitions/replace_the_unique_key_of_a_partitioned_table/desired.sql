create table public.tickets (
    id bigint not null,
    region text not null,
    code text not null,
    constraint tickets_region_code_key unique (region, code)
) partition by list (region);
create table public.tickets_eu partition of public.tickets for values in ('eu');
create table public.tickets_us partition of public.tickets for values in ('us');
