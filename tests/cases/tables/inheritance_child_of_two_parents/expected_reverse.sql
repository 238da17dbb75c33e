-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.documents | hazards: DATA_LOSS
drop table "public"."documents";
