-- A table's replica identity set to a unique index made in the same plan (and, the other way,
-- set back to the default while the index goes): the ALTER TABLE … REPLICA IDENTITY follows the
-- index's creation (precedes its drop).
create table public.audit (
    id integer not null,
    body text
);
