-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter sequence public.scratch_ids | hazards: -
alter sequence "public"."scratch_ids" set logged;
