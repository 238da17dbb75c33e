-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.people_name_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."people_name_idx";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.people_eu_name_idx | hazards: -
CREATE INDEX CONCURRENTLY people_eu_name_idx ON public.people_eu USING btree (name COLLATE "C");

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.people_us_name_idx | hazards: -
CREATE INDEX CONCURRENTLY people_us_name_idx ON public.people_us USING btree (name COLLATE "C");

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | create index public.people_name_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX people_name_idx ON public.people USING btree (name COLLATE "C");
