-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create privilege select on sequence public.invoices_id_seq to sdcase_writer | hazards: ACCESS_WIDENED
grant select on sequence public.invoices_id_seq to sdcase_writer;

-- step 2 | create privilege usage on sequence public.invoices_id_seq to sdcase_writer | hazards: ACCESS_WIDENED
grant usage on sequence public.invoices_id_seq to sdcase_writer;
