-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.events.events_happened_at_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.events rename constraint "events_happened_on_not_null" to "events_happened_at_not_null";

-- step 2 | rename column public.events.happened_on to happened_at | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" rename column "happened_on" to "happened_at";
