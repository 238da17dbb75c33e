-- Two columns of a table retyped, the new value of one computed from the other (a USING hint
-- that names qty): two statements, not one ALTER TABLE, where every USING reads the old row
-- (retype_merge.py). The way back needs no hint and is one statement: one rewrite.
create table public.order_lines (
    id integer primary key,
    qty integer not null,
    unit_price numeric(12,2) not null,
    line_total text
);
