-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.users_email_key_new_0ac5af | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "users_email_key_new_0ac5af" ON public.users USING btree (email);

-- segment 2 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 2 | drop index public.users_email_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."users_email_key";

-- step 3 | create constraint public.users.users_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" add constraint "users_email_key" UNIQUE using index "users_email_key_new_0ac5af";
