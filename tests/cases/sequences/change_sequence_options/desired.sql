create sequence public.invoice_numbers increment by 2 start with 10 maxvalue 1000000 cache 5;
