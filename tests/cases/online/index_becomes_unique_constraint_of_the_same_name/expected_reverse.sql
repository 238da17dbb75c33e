-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.users.users_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" drop constraint "users_email_key";

-- step 2 | drop index public.users_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."users_email_key";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.users_email_key | hazards: -
CREATE INDEX CONCURRENTLY users_email_key ON public.users USING btree (email);
