-- step 1 | drop comment materialized view public.invoice_stats | hazards: -
comment on materialized view public.invoice_stats is null;
