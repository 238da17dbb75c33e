-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_open_idx_new_dea09a | hazards: -
CREATE INDEX CONCURRENTLY "documents_open_idx_new_dea09a" ON public.documents USING btree (owner_id) WHERE (status = ANY (ARRAY['draft'::text, 'review'::text]));

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.documents_open_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."documents_open_idx";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.documents_open_idx | hazards: -
alter index "public"."documents_open_idx_new_dea09a" rename to "documents_open_idx";
