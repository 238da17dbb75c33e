-- step 1 | create index public.customers_email_key | hazards: INDEX_BUILD
CREATE UNIQUE INDEX customers_email_key ON public.customers USING btree (email);

-- step 2 | create constraint public.customers.customers_email_key | hazards: -
alter table "public"."customers" add constraint "customers_email_key" UNIQUE using index "customers_email_key" DEFERRABLE INITIALLY DEFERRED;
