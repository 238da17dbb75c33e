-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.deals.deals_amount_changed | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "deals_amount_changed" on "public"."deals";

-- step 2 | alter column public.deals.amount | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount" set data type numeric(10,2) using "amount"::numeric(10,2);

-- step 3 | create trigger public.deals.deals_amount_changed | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER deals_amount_changed BEFORE UPDATE ON public.deals FOR EACH ROW WHEN ((new.amount IS DISTINCT FROM old.amount)) EXECUTE FUNCTION stamp_amount_change();
