-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.events.happened_at | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "happened_at" set data type timestamp with time zone using to_timestamp(happened_at / 1000.0);
