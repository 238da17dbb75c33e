-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename function public.mark_seen() to mark_all_seen | hazards: BACKWARD_INCOMPATIBLE
alter routine "public"."mark_seen"() rename to "mark_all_seen";
