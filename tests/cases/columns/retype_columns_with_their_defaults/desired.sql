-- Three columns of a table retyped, two of them with a default of the new type: both defaults
-- are dropped first, the three types change in one ALTER TABLE (one rewrite), and the defaults
-- are set after it (retype_merge.py).
create table public.tickets (
    id bigint primary key,
    priority integer not null default 3,
    level integer default 1,
    title text not null
);
