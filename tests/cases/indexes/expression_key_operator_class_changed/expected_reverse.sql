-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.contacts_email_name_new_ff6667 | hazards: -
CREATE INDEX CONCURRENTLY "contacts_email_name_new_ff6667" ON public.contacts USING btree (lower(email), upper(name));

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.contacts_email_prefix_new_b1996a | hazards: -
CREATE INDEX CONCURRENTLY "contacts_email_prefix_new_b1996a" ON public.contacts USING btree (lower(email) text_pattern_ops);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.contacts_name_c_new_dee09c | hazards: -
CREATE INDEX CONCURRENTLY "contacts_name_c_new_dee09c" ON public.contacts USING btree (((name || ''::text)) COLLATE "C" DESC);

-- segment 4 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 4 | drop index public.contacts_email_name | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_email_name";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 5 | rename index public.contacts_email_name | hazards: -
alter index "public"."contacts_email_name_new_ff6667" rename to "contacts_email_name";

-- segment 6 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 6 | drop index public.contacts_email_prefix | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_email_prefix";

-- segment 7 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 7 | rename index public.contacts_email_prefix | hazards: -
alter index "public"."contacts_email_prefix_new_b1996a" rename to "contacts_email_prefix";

-- segment 8 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 8 | drop index public.contacts_name_c | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."contacts_name_c";

-- segment 9 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 9 | rename index public.contacts_name_c | hazards: -
alter index "public"."contacts_name_c_new_dee09c" rename to "contacts_name_c";
