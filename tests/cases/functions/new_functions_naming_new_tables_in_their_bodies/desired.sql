create table public.accounts (id integer primary key, owner text not null);

-- a new table, and new functions whose bodies (strings: only text until they run) name it
-- and each other: the server records no dependency for what a string body names
create table public."Ledger Entries" (
    id bigint generated always as identity primary key,
    account_id integer not null references public.accounts (id),
    amount numeric(12, 2) not null
);

create function public.balance(account integer) returns numeric
language sql stable
as $$ select coalesce(sum(amount), 0) from public."Ledger Entries" where account_id = account $$;

create function public.is_overdrawn(account integer) returns boolean
language plpgsql stable
as $$
begin
    return public.balance(account) < 0;
end
$$;

create function public."Owner Of"(account integer) returns text
language sql stable
as $$ select owner from public.accounts where id = account and not public.is_overdrawn(account) $$;
