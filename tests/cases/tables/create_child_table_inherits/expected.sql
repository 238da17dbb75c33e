-- step 1 | create table public.click_events | hazards: -
create table "public"."click_events" (
    "url" text not null
) inherits ("public"."events");
