-- An enum loses a label: it is created again under its name and its columns converted to it.
-- Functions with SQL-standard bodies that read such a column, or take the enum, need the old
-- type and the column in pg_depend (the server refuses the conversion and the old type's drop),
-- so they are dropped before and created again after, though they do not change.
create type public.deal_stage as enum ('lead', 'qualified', 'won', 'lost');
create table public.deals (
    id integer primary key,
    stage public.deal_stage not null default 'lead'
);
create view public.open_deals as
    select id, stage from public.deals where stage not in ('won', 'lost');
create function public.deals_in(wanted public.deal_stage) returns bigint language sql stable
    begin atomic select count(*) from public.deals where stage = wanted; end;
create function public.won_deals() returns bigint language sql stable
    begin atomic select count(*) from public.deals where stage = 'won'; end;
