-- step 1 | drop comment function public.invoice_count() | hazards: -
comment on function public.invoice_count() is null;
