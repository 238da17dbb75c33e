-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.visits_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.visits detach partition "public"."visits_2026";

-- step 2 | drop index public.visits_page_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."visits_page_idx";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.visits_2025_page_idx | hazards: -
CREATE INDEX CONCURRENTLY visits_2025_page_idx ON public.visits_2025 USING btree (page);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | create index public.visits_page_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX visits_page_idx ON public.visits USING btree (page);

-- segment 4 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 5 | drop index public.visits_2026_page_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."visits_2026_page_idx";
