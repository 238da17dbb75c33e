-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.contacts_company_new_f5b45a | hazards: -
CREATE INDEX CONCURRENTLY "contacts_company_new_f5b45a" ON public."Contacts" USING btree (company);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.Contacts e-mail prefix_new_a1a778 | hazards: -
CREATE INDEX CONCURRENTLY "Contacts e-mail prefix_new_a1a778" ON public."Contacts" USING btree ("E-mail");

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.contacts_name_new_1bf8f3 | hazards: -
CREATE INDEX CONCURRENTLY "contacts_name_new_1bf8f3" ON public."Contacts" USING btree (name COLLATE "C" DESC);

-- segment 4 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 4 | drop index public.contacts_company | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_company";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 5 | rename index public.contacts_company | hazards: -
alter index "public"."contacts_company_new_f5b45a" rename to "contacts_company";

-- segment 6 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 6 | drop index public.Contacts e-mail prefix | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."Contacts e-mail prefix";

-- segment 7 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 7 | rename index public.Contacts e-mail prefix | hazards: -
alter index "public"."Contacts e-mail prefix_new_a1a778" rename to "Contacts e-mail prefix";

-- segment 8 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 8 | drop index public.contacts_name | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_name";

-- segment 9 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 9 | rename index public.contacts_name | hazards: -
alter index "public"."contacts_name_new_1bf8f3" rename to "contacts_name";
