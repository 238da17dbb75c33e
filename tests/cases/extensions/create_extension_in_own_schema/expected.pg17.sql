-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create schema extensions | hazards: -
create schema if not exists "extensions";

-- step 2 | create extension citext | hazards: -
create extension if not exists "citext" with schema "extensions" version '1.6';
