-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.rooms.rooms_pkey | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."rooms" add constraint "rooms_pkey" PRIMARY KEY (id, valid_at WITHOUT OVERLAPS);
