-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename function public.mark_all_seen() to mark_seen | hazards: BACKWARD_INCOMPATIBLE
alter routine "public"."mark_all_seen"() rename to "mark_seen";
