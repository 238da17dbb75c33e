-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.click_events | hazards: -
create table "public"."click_events" (
    "url" text not null
) inherits ("public"."events");
