-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.rooms.rooms_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."rooms" drop constraint "rooms_pkey";
