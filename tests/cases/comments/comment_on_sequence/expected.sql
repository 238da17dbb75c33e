-- step 1 | create comment sequence public.invoice_numbers | hazards: -
comment on sequence public.invoice_numbers is 'Human invoice numbers.';
