-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.visits_app_seen_at_idx | hazards: -
CREATE INDEX CONCURRENTLY visits_app_seen_at_idx ON public.visits_app USING btree (seen_at);

-- segment 2 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 2 | alter index public.visits_app_seen_at_idx | hazards: -
alter index "public"."visits_seen_at_idx" attach partition "public"."visits_app_seen_at_idx";
