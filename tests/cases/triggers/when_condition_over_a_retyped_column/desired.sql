-- A trigger whose WHEN condition reads a column the plan retypes: the server refuses ALTER
-- COLUMN … TYPE while the trigger needs the column, so the trigger, which does not change, is
-- dropped before the change and created again after it.
create table public.deals (
    id integer primary key,
    amount numeric(14, 2) not null,
    amount_changed_at timestamptz
);
create function public.stamp_amount_change() returns trigger language plpgsql as $$
begin
    new.amount_changed_at := now();
    return new;
end
$$;
create trigger deals_amount_changed before update on public.deals
    for each row when (new.amount is distinct from old.amount)
    execute function public.stamp_amount_change();
