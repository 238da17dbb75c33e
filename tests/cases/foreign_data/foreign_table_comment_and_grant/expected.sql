-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege select on table public.invoices to sdcase_fdw_reader | hazards: ACCESS_WIDENED
grant select on table public.invoices to sdcase_fdw_reader;

-- step 2 | create comment foreign table public.invoices | hazards: -
comment on foreign table public.invoices is 'invoices of the billing service';

-- step 3 | create comment column public.invoices.amount | hazards: -
comment on column public.invoices.amount is 'in euros';
