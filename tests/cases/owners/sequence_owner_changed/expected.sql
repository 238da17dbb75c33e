-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter owner sequence public.invoice_numbers | hazards: ACCESS_WIDENED
alter sequence "public"."invoice_numbers" owner to "sdcase_owner_b";

-- step 2 | alter owner table public.invoices | hazards: ACCESS_EXCLUSIVE_LOCK, ACCESS_WIDENED
alter table "public"."invoices" owner to "sdcase_owner_a";
