-- step 1 | create extension pg_trgm | hazards: -
create extension if not exists "pg_trgm" with schema "public" version '1.6';

-- step 2 | create index public.people_name_trgm_idx | hazards: INDEX_BUILD
CREATE INDEX people_name_trgm_idx ON public.people USING gin (name gin_trgm_ops);
