-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege delete on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke delete on table public.invoices from sdcase_writer;

-- step 2 | drop privilege insert on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke insert on table public.invoices from sdcase_writer;

-- step 3 | drop privilege references on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke references on table public.invoices from sdcase_writer;

-- step 4 | drop privilege select on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke select on table public.invoices from sdcase_writer;

-- step 5 | drop privilege trigger on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke trigger on table public.invoices from sdcase_writer;

-- step 6 | drop privilege truncate on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke truncate on table public.invoices from sdcase_writer;

-- step 7 | drop privilege update on table public.invoices from sdcase_writer | hazards: ACCESS_NARROWED
revoke update on table public.invoices from sdcase_writer;
