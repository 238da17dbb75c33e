-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.order_lines.line_total, public.order_lines.qty | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."order_lines"
    alter column "line_total" set data type text using "line_total"::text,
    alter column "qty" set data type integer using "qty"::integer;
