-- step 1 | create comment materialized view public.invoice_stats | hazards: -
comment on materialized view public.invoice_stats is 'Refreshed nightly.';
