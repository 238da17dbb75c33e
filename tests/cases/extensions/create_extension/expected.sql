-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create extension pg_trgm | hazards: -
create extension if not exists "pg_trgm" with schema "public" version '1.6';
