-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.bookings.bookings_room_during_key | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."bookings" add constraint "bookings_room_during_key" UNIQUE (room, during WITHOUT OVERLAPS);
