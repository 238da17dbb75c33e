-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop index public.users_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."users_email_key";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.users_email_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON public.users USING btree (email);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | create constraint public.users.users_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" add constraint "users_email_key" UNIQUE using index "users_email_key";
