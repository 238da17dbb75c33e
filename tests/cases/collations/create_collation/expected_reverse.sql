-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop collation public.bytewise | hazards: -
drop collation "public"."bytewise";
