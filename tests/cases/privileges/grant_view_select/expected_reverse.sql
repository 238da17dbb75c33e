-- step 1 | drop privilege select on table public.invoice_totals from sdcase_reader | hazards: -
revoke select on table public.invoice_totals from sdcase_reader;
