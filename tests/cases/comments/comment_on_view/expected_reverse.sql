-- step 1 | drop comment view public.invoice_totals | hazards: -
comment on view public.invoice_totals is null;
