-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment materialized view public.invoice_stats | hazards: -
comment on materialized view public.invoice_stats is null;
