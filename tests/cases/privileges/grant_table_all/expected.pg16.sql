-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege delete on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant delete on table public.invoices to sdcase_writer;

-- step 2 | create privilege insert on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant insert on table public.invoices to sdcase_writer;

-- step 3 | create privilege references on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant references on table public.invoices to sdcase_writer;

-- step 4 | create privilege select on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant select on table public.invoices to sdcase_writer;

-- step 5 | create privilege trigger on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant trigger on table public.invoices to sdcase_writer;

-- step 6 | create privilege truncate on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant truncate on table public.invoices to sdcase_writer;

-- step 7 | create privilege update on table public.invoices to sdcase_writer | hazards: ACCESS_WIDENED
grant update on table public.invoices to sdcase_writer;
