-- step 1 | drop constraint public.bookings.bookings_no_overlap | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."bookings" drop constraint "bookings_no_overlap";
