-- step 1 | create constraint public.bookings.bookings_no_overlap | hazards: -
alter table "public"."bookings" add constraint "bookings_no_overlap" EXCLUDE USING gist (room WITH =, during WITH &&);
