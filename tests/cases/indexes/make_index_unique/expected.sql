-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.documents_owner_title_idx_new_e356d1 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "documents_owner_title_idx_new_e356d1" ON public.documents USING btree (owner_id, title);

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.documents_owner_title_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."documents_owner_title_idx";

-- segment 3 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 3 | rename index public.documents_owner_title_idx | hazards: -
alter index "public"."documents_owner_title_idx_new_e356d1" rename to "documents_owner_title_idx";
