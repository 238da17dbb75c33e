-- step 1 | drop comment sequence public.invoice_numbers | hazards: -
comment on sequence public.invoice_numbers is null;
