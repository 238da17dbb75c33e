-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.deals.deals_amount_changed | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "deals_amount_changed" on "public"."deals";

-- step 2 | drop trigger public.deals.deals_amount_replicated | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "deals_amount_replicated" on "public"."deals";

-- step 3 | alter column public.deals.amount | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" alter column "amount" set data type numeric(10,2) using "amount"::numeric(10,2);

-- step 4 | create trigger public.deals.deals_amount_changed | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER deals_amount_changed BEFORE UPDATE ON public.deals FOR EACH ROW WHEN ((new.amount IS DISTINCT FROM old.amount)) EXECUTE FUNCTION stamp_amount_change();

-- step 5 | create trigger public.deals.deals_amount_replicated | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER deals_amount_replicated BEFORE UPDATE ON public.deals FOR EACH ROW WHEN ((new.amount > old.amount)) EXECUTE FUNCTION stamp_amount_change();

-- step 6 | alter trigger public.deals.deals_amount_changed | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."deals" disable trigger "deals_amount_changed";

-- step 7 | alter trigger public.deals.deals_amount_replicated | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."deals" enable always trigger "deals_amount_replicated";
