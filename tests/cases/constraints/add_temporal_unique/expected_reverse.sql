-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.bookings.bookings_room_during_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."bookings" drop constraint "bookings_room_during_key";
