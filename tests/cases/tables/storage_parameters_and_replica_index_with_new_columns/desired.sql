-- A table whose storage parameters and replica identity change (to an existing unique index)
-- while columns are added and an index made: the columns and the index as on any table, the
-- options and the replica identity by the table options family. The new columns come in their
-- declared order (memo before booked_on, not by name: graph_edges.column_order_edges).
create table public.ledger (
    id integer not null,
    amount numeric(12, 2) not null,
    memo text,
    booked_on date not null default current_date
) with (fillfactor = 80);
create unique index ledger_id_key on public.ledger (id);
create index ledger_booked_on on public.ledger (booked_on);
alter table public.ledger replica identity using index ledger_id_key;
