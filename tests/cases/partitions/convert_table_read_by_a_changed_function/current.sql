-- A table converted to a partitioned one while the function whose SQL-standard body reads it
-- changes: CREATE OR REPLACE would do for the function, but the server refuses to drop the table
-- while the old one needs it, so the function is dropped first and created after the table.
create table public.events (
    id bigint not null,
    happened_on date not null,
    kind text not null
);
create function public.event_kinds() returns bigint language sql stable
    begin atomic select count(distinct kind) from public.events; end;
