-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.bookings.bookings_room_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."bookings" drop constraint "bookings_room_fkey";

-- step 2 | create constraint public.bookings.bookings_room_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."bookings" add constraint "bookings_room_fkey" FOREIGN KEY (room, PERIOD booked_for) REFERENCES rooms(id, PERIOD valid_at) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.bookings.bookings_room_fkey | hazards: LONG_VALIDATION
alter table "public"."bookings" validate constraint "bookings_room_fkey";
