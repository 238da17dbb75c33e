-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege select on table public.invoice_totals from sdcase_reader | hazards: ACCESS_NARROWED
revoke select on table public.invoice_totals from sdcase_reader;
