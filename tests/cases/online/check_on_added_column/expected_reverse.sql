-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.tickets.tickets_priority_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" drop constraint "tickets_priority_check";

-- step 2 | drop column public.tickets.priority | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" drop column "priority";
