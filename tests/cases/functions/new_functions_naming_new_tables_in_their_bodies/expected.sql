-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.Owner Of | hazards: -
CREATE OR REPLACE FUNCTION public."Owner Of"(account integer)
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$ select owner from public.accounts where id = account and not public.is_overdrawn(account) $function$;

-- step 3 | create function public.balance | hazards: -
CREATE OR REPLACE FUNCTION public.balance(account integer)
 RETURNS numeric
 LANGUAGE sql
 STABLE
AS $function$ select coalesce(sum(amount), 0) from public."Ledger Entries" where account_id = account $function$;

-- step 4 | create function public.is_overdrawn | hazards: -
CREATE OR REPLACE FUNCTION public.is_overdrawn(account integer)
 RETURNS boolean
 LANGUAGE plpgsql
 STABLE
AS $function$
begin
    return public.balance(account) < 0;
end
$function$;

-- step 5 | create table public.Ledger Entries | hazards: -
create table "public"."Ledger Entries" (
    "id" bigint generated always as identity not null,
    "account_id" integer not null,
    "amount" numeric(12,2) not null
);

-- step 6 | create index public.Ledger Entries_pkey | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX "Ledger Entries_pkey" ON public."Ledger Entries" USING btree (id);

-- step 7 | create constraint public.Ledger Entries.Ledger Entries_pkey | hazards: -
alter table "public"."Ledger Entries" add constraint "Ledger Entries_pkey" PRIMARY KEY using index "Ledger Entries_pkey";

-- step 8 | create constraint public.Ledger Entries.Ledger Entries_account_id_fkey | hazards: -
alter table "public"."Ledger Entries" add constraint "Ledger Entries_account_id_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id) not valid;

-- step 9 | alter constraint public.Ledger Entries.Ledger Entries_account_id_fkey | hazards: -
alter table "public"."Ledger Entries" validate constraint "Ledger Entries_account_id_fkey";
