-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.order_lines.line_total | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."order_lines" alter column "line_total" set data type numeric(14,2) using round(unit_price * qty, 2);

-- step 2 | alter column public.order_lines.qty | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."order_lines" alter column "qty" set data type bigint using "qty"::bigint;
