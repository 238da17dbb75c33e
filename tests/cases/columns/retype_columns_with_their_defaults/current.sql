-- Three columns of a table retyped, two of them with a default of the new type: both defaults
-- are dropped first, the three types change in one ALTER TABLE (one rewrite), and the defaults
-- are set after it (retype_merge.py).
create table public.tickets (
    id integer primary key,
    priority text not null default '3',
    level text default '1',
    title text not null
);
