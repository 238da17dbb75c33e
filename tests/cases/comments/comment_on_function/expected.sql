-- step 1 | create comment function public.invoice_count() | hazards: -
comment on function public.invoice_count() is 'Number of invoices.';
