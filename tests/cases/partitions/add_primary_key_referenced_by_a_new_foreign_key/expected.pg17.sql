-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.invoices.invoices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."invoices" add constraint "invoices_pkey" PRIMARY KEY (id, issued_on);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.invoices_2026_pkey_new_3d53b2 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "invoices_2026_pkey_new_3d53b2" ON public.invoices_2026 USING btree (id, issued_on);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | create constraint public.invoices_2026.invoices_2026_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.invoices_2026 add constraint "invoices_2026_pkey" PRIMARY KEY using index "invoices_2026_pkey_new_3d53b2";

-- step 4 | alter index public.invoices_2026_pkey | hazards: -
alter index "public"."invoices_pkey" attach partition "public"."invoices_2026_pkey";

-- segment 4 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 5 | create constraint public.payments.payments_invoice_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."payments" add constraint "payments_invoice_fkey" FOREIGN KEY (invoice_id, invoice_issued_on) REFERENCES invoices(id, issued_on);
