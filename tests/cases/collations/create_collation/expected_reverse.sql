-- step 1 | drop collation public.bytewise | hazards: -
drop collation if exists "public"."bytewise";
