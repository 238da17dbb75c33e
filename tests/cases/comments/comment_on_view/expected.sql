-- step 1 | create comment view public.invoice_totals | hazards: -
comment on view public.invoice_totals is 'Sum of all invoices.';
