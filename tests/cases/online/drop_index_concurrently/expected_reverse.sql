-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.events_kind_idx | hazards: -
CREATE INDEX CONCURRENTLY events_kind_idx ON public.events USING btree (kind);
