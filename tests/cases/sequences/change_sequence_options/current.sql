create sequence public.invoice_numbers;
