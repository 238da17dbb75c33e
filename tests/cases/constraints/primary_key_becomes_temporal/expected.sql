-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.prices.prices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."prices" drop constraint "prices_pkey";

-- step 2 | create constraint public.prices.prices_pkey | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."prices" add constraint "prices_pkey" PRIMARY KEY (product, valid_at WITHOUT OVERLAPS);
