-- Triggers whose WHEN condition reads a column the plan retypes are dropped before the change
-- and created again after it; one disabled and one that fires also on replicas get their state
-- back (CREATE TRIGGER makes an enabled one).
create table public.deals (
    id integer primary key,
    amount numeric(10, 2) not null,
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
create trigger deals_amount_replicated before update on public.deals
    for each row when (new.amount > old.amount)
    execute function public.stamp_amount_change();
alter table public.deals disable trigger deals_amount_changed;
alter table public.deals enable always trigger deals_amount_replicated;
