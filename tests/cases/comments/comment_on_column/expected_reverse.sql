-- step 1 | drop comment column public.invoices.amount | hazards: -
comment on column public.invoices.amount is null;
