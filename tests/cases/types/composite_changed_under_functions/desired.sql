-- Functions over composite types the plan changes: one attribute retyped (ALTER TYPE … ALTER
-- ATTRIBUTE … TYPE, refused while a function with a SQL-standard body reads the attribute) and
-- one type created again (its attributes reordered: DROP TYPE, refused while a function takes
-- it): the functions are dropped before and created again after.
create type public.money_amount as (currency text, cents bigint);
create type public.deal_window as (closes date, opens date);
create function public.cents_of(amount public.money_amount) returns bigint language sql immutable
begin atomic
    select (amount).cents;
end;
create function public.currency_of(amount public.money_amount) returns text language plpgsql immutable as $$
begin
    return amount.currency;
end
$$;
create function public.days_open(w public.deal_window) returns integer language plpgsql immutable as $$
begin
    return w.closes - w.opens;
end
$$;
