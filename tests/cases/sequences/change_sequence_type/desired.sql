create sequence public.invoice_numbers as bigint;
