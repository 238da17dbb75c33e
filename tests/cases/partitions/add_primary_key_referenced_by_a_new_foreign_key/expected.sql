-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.invoices.invoices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."invoices" add constraint "invoices_pkey" PRIMARY KEY (id, issued_on);

-- step 2 | create constraint public.payments.payments_invoice_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."payments" add constraint "payments_invoice_fkey" FOREIGN KEY (invoice_id, invoice_issued_on) REFERENCES invoices(id, issued_on) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.payments.payments_invoice_fkey | hazards: LONG_VALIDATION
alter table "public"."payments" validate constraint "payments_invoice_fkey";
