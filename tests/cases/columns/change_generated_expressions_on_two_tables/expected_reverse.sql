-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.Invoices.label | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Invoices" alter column "label" set expression as (('INV-'::text || id));

-- step 2 | alter column public.orders.tax | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "tax" set expression as ((net * 0.2));

-- step 3 | alter column public.orders.gross | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."orders" alter column "gross" set expression as ((net * 1.2));
