-- step 1 | create privilege select on sequence public.invoices_id_seq to sdcase_writer | hazards: SECURITY
grant select on sequence public.invoices_id_seq to sdcase_writer;

-- step 2 | create privilege usage on sequence public.invoices_id_seq to sdcase_writer | hazards: SECURITY
grant usage on sequence public.invoices_id_seq to sdcase_writer;
