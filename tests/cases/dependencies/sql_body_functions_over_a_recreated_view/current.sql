-- A column retyped under a view: the view is dropped and created again (its table's old columns
-- are not the first of its new ones). Functions that need the view in pg_depend (a SQL-standard
-- body, a result of its row type) would keep the server from dropping it: they are dropped
-- before it and created again after it, with their grants and comments, and so is a view that
-- calls one of them, with the trigger on it.
create table public.invoices (
    id integer primary key,
    customer text not null,
    amount numeric(10, 2) not null
);
create view public.open_invoices as select id, customer, amount from public.invoices;
create function public.open_total() returns numeric language sql stable
    begin atomic select sum(amount) from public.open_invoices; end;
create function public.open_rows() returns setof public.open_invoices language sql stable
    as $$ select * from public.open_invoices $$;
create view public.dashboard as select public.open_total() as total;
create function public.refuse_writes() returns trigger language plpgsql as $$
begin
    raise exception 'the dashboard is read-only';
end
$$;
create trigger dashboard_read_only instead of insert on public.dashboard
    for each row execute function public.refuse_writes();
comment on function public.open_total() is 'sum of the open invoices';
revoke execute on function public.open_total() from public;
