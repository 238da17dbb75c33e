-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.click_events | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" no inherit "public"."events";

-- step 2 | alter table public.click_events | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."click_events" inherit "public"."audits";
