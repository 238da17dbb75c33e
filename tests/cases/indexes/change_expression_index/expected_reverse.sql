-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.Contacts (email, name)_new_431762 | hazards: -
CREATE INDEX CONCURRENTLY "Contacts (email, name)_new_431762" ON public.contacts USING btree ((((email || ', '::text) || name)), id DESC);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.contacts_company_id_email_idx_new_6488d0 | hazards: -
CREATE INDEX CONCURRENTLY "contacts_company_id_email_idx_new_6488d0" ON public.contacts USING btree (company_id, lower(email));

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.contacts_email_key_new_147f43 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "contacts_email_key_new_147f43" ON public.contacts USING btree (lower(email)) WHERE (name IS NOT NULL);

-- segment 4 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.contacts_name_idx_new_fe5489 | hazards: -
CREATE INDEX CONCURRENTLY "contacts_name_idx_new_fe5489" ON public.contacts USING btree (COALESCE(name, ''::text));

-- segment 5 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 5 | drop index public.Contacts (email, name) | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."Contacts (email, name)";

-- segment 6 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 6 | rename index public.Contacts (email, name) | hazards: -
alter index "public"."Contacts (email, name)_new_431762" rename to "Contacts (email, name)";

-- segment 7 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 7 | drop index public.contacts_company_id_email_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_company_id_email_idx";

-- segment 8 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 8 | rename index public.contacts_company_id_email_idx | hazards: -
alter index "public"."contacts_company_id_email_idx_new_6488d0" rename to "contacts_company_id_email_idx";

-- segment 9 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 9 | drop index public.contacts_email_key | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_email_key";

-- segment 10 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 10 | rename index public.contacts_email_key | hazards: -
alter index "public"."contacts_email_key_new_147f43" rename to "contacts_email_key";

-- segment 11 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 11 | drop index public.contacts_name_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_name_idx";

-- segment 12 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 12 | rename index public.contacts_name_idx | hazards: -
alter index "public"."contacts_name_idx_new_fe5489" rename to "contacts_name_idx";
