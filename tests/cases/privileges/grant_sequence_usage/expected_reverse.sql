-- step 1 | drop privilege select on sequence public.invoices_id_seq from sdcase_writer | hazards: -
revoke select on sequence public.invoices_id_seq from sdcase_writer;

-- step 2 | drop privilege usage on sequence public.invoices_id_seq from sdcase_writer | hazards: -
revoke usage on sequence public.invoices_id_seq from sdcase_writer;
