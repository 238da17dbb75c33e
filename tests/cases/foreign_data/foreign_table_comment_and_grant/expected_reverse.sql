-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege select on table public.invoices from sdcase_fdw_reader | hazards: ACCESS_NARROWED
revoke select on table public.invoices from sdcase_fdw_reader;

-- step 2 | drop comment foreign table public.invoices | hazards: -
comment on foreign table public.invoices is null;

-- step 3 | drop comment column public.invoices.amount | hazards: -
comment on column public.invoices.amount is null;
