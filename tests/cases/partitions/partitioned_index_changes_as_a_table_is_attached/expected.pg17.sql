-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.visits_2026.visits_2026_bound_cb9186 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."visits_2026" add constraint "visits_2026_bound_cb9186" check (((day IS NOT NULL) AND (day >= '2026-01-01'::date) AND (day < '2027-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.visits_2026.visits_2026_bound_cb9186 | hazards: LONG_VALIDATION
alter table "public"."visits_2026" validate constraint "visits_2026_bound_cb9186";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop index public.visits_page_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."visits_page_idx";

-- step 4 | alter table public.visits_2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.visits attach partition "public"."visits_2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 5 | drop constraint public.visits_2026.visits_2026_bound_cb9186 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."visits_2026" drop constraint "visits_2026_bound_cb9186";

-- segment 4 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.visits_2025_page_idx | hazards: -
CREATE INDEX CONCURRENTLY visits_2025_page_idx ON public.visits_2025 USING btree (page text_pattern_ops);

-- segment 5 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 7 | create index public.visits_page_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX visits_page_idx ON public.visits USING btree (page text_pattern_ops);
