-- step 1 | create privilege select on table public.invoice_totals to sdcase_reader | hazards: SECURITY
grant select on table public.invoice_totals to sdcase_reader;
