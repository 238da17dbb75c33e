-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create index public.accounts_region_id_key_new_ee90d5 | hazards: -
CREATE UNIQUE INDEX "accounts_region_id_key_new_ee90d5" ON ONLY public.accounts USING btree (region, id);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.accounts_eu_region_id_idx_new_3d8147 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "accounts_eu_region_id_idx_new_3d8147" ON public.accounts_eu USING btree (region, id);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.accounts_us_region_id_idx_new_ff5bd2 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "accounts_us_region_id_idx_new_ff5bd2" ON public.accounts_us USING btree (region, id);

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 4 | alter index public.accounts_eu_region_id_idx_new_3d8147 | hazards: -
alter index "public"."accounts_region_id_key_new_ee90d5" attach partition "public"."accounts_eu_region_id_idx_new_3d8147";

-- step 5 | alter index public.accounts_us_region_id_idx_new_ff5bd2 | hazards: -
alter index "public"."accounts_region_id_key_new_ee90d5" attach partition "public"."accounts_us_region_id_idx_new_ff5bd2";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 6 | drop index public.accounts_region_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."accounts_region_id_key";

-- step 7 | rename index public.accounts_eu_region_id_idx | hazards: -
alter index "public"."accounts_eu_region_id_idx_new_3d8147" rename to "accounts_eu_region_id_idx";

-- step 8 | rename index public.accounts_us_region_id_idx | hazards: -
alter index "public"."accounts_us_region_id_idx_new_ff5bd2" rename to "accounts_us_region_id_idx";

-- step 9 | rename index public.accounts_region_id_key | hazards: -
alter index "public"."accounts_region_id_key_new_ee90d5" rename to "accounts_region_id_key";

-- step 10 | create comment index public.accounts_region_id_key | hazards: -
comment on index "public"."accounts_region_id_key" is 'one account per region and id';
