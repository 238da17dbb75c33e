-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.visits_page_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."visits_page_idx";

-- step 2 | alter table public.visits_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.visits attach partition "public"."visits_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.visits_2025_page_idx | hazards: -
CREATE INDEX CONCURRENTLY visits_2025_page_idx ON public.visits_2025 USING btree (page text_pattern_ops);

-- segment 3 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | create index public.visits_page_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX visits_page_idx ON public.visits USING btree (page text_pattern_ops);
