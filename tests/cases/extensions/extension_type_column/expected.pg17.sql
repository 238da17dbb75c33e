-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create extension citext | hazards: -
create extension if not exists "citext" with schema "public" version '1.6';

-- step 2 | create column public.users.email | hazards: -
alter table "public"."users" add column "email" citext;
