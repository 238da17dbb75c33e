-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create index public.readings_value_idx_new_e27ece | hazards: -
CREATE INDEX "readings_value_idx_new_e27ece" ON ONLY public.readings USING btree (value);

-- step 2 | create index public.readings_b_value_idx_new_a4879e | hazards: -
CREATE INDEX "readings_b_value_idx_new_a4879e" ON ONLY public.readings_b USING btree (value);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 3 | create index public.readings_a_value_idx_new_1ff763 | hazards: -
CREATE INDEX CONCURRENTLY "readings_a_value_idx_new_1ff763" ON public.readings_a USING btree (value);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.readings_b_2026_value_idx_new_6f77f1 | hazards: -
CREATE INDEX CONCURRENTLY "readings_b_2026_value_idx_new_6f77f1" ON public.readings_b_2026 USING btree (value);

-- segment 4 | transaction | attach index | lock_timeout 5s, statement_timeout 15min
-- step 5 | alter index public.readings_a_value_idx_new_1ff763 | hazards: -
alter index "public"."readings_value_idx_new_e27ece" attach partition "public"."readings_a_value_idx_new_1ff763";

-- step 6 | alter index public.readings_b_2026_value_idx_new_6f77f1 | hazards: -
alter index "public"."readings_b_value_idx_new_a4879e" attach partition "public"."readings_b_2026_value_idx_new_6f77f1";

-- step 7 | alter index public.readings_b_value_idx_new_a4879e | hazards: -
alter index "public"."readings_value_idx_new_e27ece" attach partition "public"."readings_b_value_idx_new_a4879e";

-- segment 5 | transaction | rename index | lock_timeout 5s, statement_timeout 15min
-- step 8 | drop index public.readings_value_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."readings_value_idx";

-- step 9 | rename index public.readings_a_value_idx | hazards: -
alter index "public"."readings_a_value_idx_new_1ff763" rename to "readings_a_value_idx";

-- step 10 | rename index public.readings_b_2026_value_idx | hazards: -
alter index "public"."readings_b_2026_value_idx_new_6f77f1" rename to "readings_b_2026_value_idx";

-- step 11 | rename index public.readings_b_value_idx | hazards: -
alter index "public"."readings_b_value_idx_new_a4879e" rename to "readings_b_value_idx";

-- step 12 | rename index public.readings_value_idx | hazards: -
alter index "public"."readings_value_idx_new_e27ece" rename to "readings_value_idx";
