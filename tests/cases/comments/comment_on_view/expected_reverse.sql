-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment view public.invoice_totals | hazards: -
comment on view public.invoice_totals is null;
