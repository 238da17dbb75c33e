-- segment 1 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.documents_created_at_brin | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."documents_created_at_brin";
