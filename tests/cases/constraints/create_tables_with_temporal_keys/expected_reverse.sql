-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.bookings.bookings_room_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."bookings" drop constraint "bookings_room_fkey";

-- step 2 | drop constraint public.bookings.bookings_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."bookings" drop constraint "bookings_pkey";

-- step 3 | drop constraint public.rooms.rooms_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."rooms" drop constraint "rooms_pkey";

-- step 4 | drop table public.bookings | hazards: DATA_LOSS
drop table "public"."bookings";

-- step 5 | drop table public.rooms | hazards: DATA_LOSS
drop table "public"."rooms";
