-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege select on sequence public.invoices_id_seq from sdcase_writer | hazards: ACCESS_NARROWED
revoke select on sequence public.invoices_id_seq from sdcase_writer;

-- step 2 | drop privilege usage on sequence public.invoices_id_seq from sdcase_writer | hazards: ACCESS_NARROWED
revoke usage on sequence public.invoices_id_seq from sdcase_writer;
