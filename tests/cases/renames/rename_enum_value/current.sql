create type public.deal_stage as enum (
    'lead',
    'won', -- schemadiff:renamed-from 'closed_won'
    'lost'
);
create table public.deals (
    id integer primary key,
    stage public.deal_stage not null default 'won'
);
