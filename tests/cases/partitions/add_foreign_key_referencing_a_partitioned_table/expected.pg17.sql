-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.refunds.refunds_invoice_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."refunds" add constraint "refunds_invoice_fkey" FOREIGN KEY (invoice_id, invoice_issued_on) REFERENCES invoices(id, issued_on) ON DELETE CASCADE;
