-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.bookings.bookings_no_overlap | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."bookings" drop constraint "bookings_no_overlap";

-- step 2 | create constraint public.bookings.bookings_no_overlap | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."bookings" add constraint "bookings_no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&) WHERE ((status = 'booked'::text));
