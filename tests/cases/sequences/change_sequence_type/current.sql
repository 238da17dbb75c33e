create sequence public.invoice_numbers as integer;
