-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.uses.uses_code_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."uses" drop constraint "uses_code_fkey";

-- step 2 | drop constraint public.codes.codes_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."codes" drop constraint "codes_pkey";

-- step 3 | drop index public.codes_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."codes_pkey";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 4 | create index public.codes_code_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY codes_code_key ON public.codes USING btree (code);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 5 | create constraint public.codes.codes_code_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."codes" add constraint "codes_code_key" UNIQUE using index "codes_code_key";

-- segment 4 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 6 | create constraint public.uses.uses_code_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."uses" add constraint "uses_code_fkey" FOREIGN KEY (code) REFERENCES public.codes(code) not valid;

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 7 | alter constraint public.uses.uses_code_fkey | hazards: LONG_VALIDATION
alter table "public"."uses" validate constraint "uses_code_fkey";
