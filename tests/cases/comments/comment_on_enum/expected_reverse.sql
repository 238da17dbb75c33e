-- step 1 | drop comment type public.invoice_state | hazards: -
comment on type public.invoice_state is null;
