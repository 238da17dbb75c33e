-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.measurements.measurements_id_taken_at_key | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."measurements" add constraint "measurements_id_taken_at_key" UNIQUE (id, taken_at);
