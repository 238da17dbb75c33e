-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename column public.events.happened_at to happened_on | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" rename column "happened_at" to "happened_on";
