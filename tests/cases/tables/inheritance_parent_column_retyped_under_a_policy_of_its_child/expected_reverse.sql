-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.click_events.click_events_visible | hazards: ACCESS_NARROWED
drop policy "click_events_visible" on "public"."click_events";

-- step 2 | alter column public.events.score | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."events" alter column "score" set data type integer using "score"::integer;

-- step 3 | create policy public.click_events.click_events_visible | hazards: ACCESS_WIDENED
create policy "click_events_visible"
on "public"."click_events"
as permissive
for select
to public
using ((score > 0));
