-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.customers_email_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON public.customers USING btree (email) NULLS NOT DISTINCT;

-- segment 2 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 2 | create constraint public.customers.customers_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."customers" add constraint "customers_email_key" UNIQUE using index "customers_email_key";
