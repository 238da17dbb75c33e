-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment sequence public.invoice_numbers | hazards: -
comment on sequence public.invoice_numbers is null;
