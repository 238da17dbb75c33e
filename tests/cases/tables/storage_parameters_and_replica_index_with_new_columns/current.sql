-- A table whose storage parameters and replica identity change (to an existing unique index)
-- while columns are added and an index made: the columns and the index as on any table, the
-- options and the replica identity by the table options family. The new columns come in their
-- declared order (memo before booked_on, not by name: graph_edges.column_order_edges).
create table public.ledger (
    id integer not null,
    amount numeric(12, 2) not null
);
create unique index ledger_id_key on public.ledger (id);
