-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create extension pg_trgm | hazards: -
create extension if not exists "pg_trgm" with schema "public" version '1.6';

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.people_name_trgm_idx | hazards: -
CREATE INDEX CONCURRENTLY people_name_trgm_idx ON public.people USING gin (name gin_trgm_ops);
