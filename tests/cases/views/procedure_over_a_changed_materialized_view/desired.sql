-- A materialized view whose query changes is dropped and created again. A procedure with a
-- SQL-standard body that reads it needs it in pg_depend, so it is dropped before the view and
-- created again after it, with its grant; the view's index comes back too.
create table public.sales (
    id integer primary key,
    region text not null,
    amount numeric not null
);
create table public.region_snapshots (region text primary key, total numeric not null);
create materialized view public.region_totals as
    select region, sum(amount) as total from public.sales where amount > 0 group by region;
create unique index region_totals_region on public.region_totals (region);
create procedure public.snapshot_regions() language sql
    begin atomic
        insert into public.region_snapshots select region, total from public.region_totals;
    end;
grant execute on procedure public.snapshot_regions() to sdcase_report_runner;
