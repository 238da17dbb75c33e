-- A function with a SQL-standard body reads a view that the plan re-creates (a column under it
-- is retyped), so it is dropped before and created again after; a column default, a CHECK and a
-- trigger's WHEN call it, and the server refuses to drop it under them: they are dropped before
-- it and made again after it (the comment on the CHECK too).
create table public.deals (
    id integer primary key,
    amount numeric(14, 2) not null
);
create view public.deal_amounts as select id, amount from public.deals;
create function public.largest_deal() returns numeric language sql stable
begin atomic
    select max(amount) from public.deal_amounts;
end;
create table public.quotas (
    id integer primary key,
    cap numeric default public.largest_deal(),
    constraint quotas_cap_check check (cap is null or cap >= 0 or public.largest_deal() is null)
);
create function public.touch() returns trigger language plpgsql as $$
begin
    return new;
end
$$;
create trigger quotas_touch before update on public.quotas
    for each row when (public.largest_deal() is not null)
    execute function public.touch();
comment on constraint quotas_cap_check on public.quotas is 'a cap is never negative';
