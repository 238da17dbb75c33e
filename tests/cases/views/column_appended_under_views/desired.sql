-- Columns appended to a table that views, a materialized view and a function read: migra's
-- inspector can replace the table (its old columns first, in order), so it re-creates none of
-- them, and neither do the light families. The other way, the columns go: migra re-creates
-- what reads the table.
create table public.tasks (
    id integer primary key,
    title text not null,
    due date,
    done boolean not null default false
);
create view public.task_titles as select id, title from public.tasks;
create materialized view public.task_count as select count(*) as n from public.tasks;
create function public.first_task() returns text language sql stable
    begin atomic select title from public.tasks order by id limit 1; end;
