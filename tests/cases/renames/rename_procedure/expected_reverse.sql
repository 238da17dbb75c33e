-- step 1 | rename function public.mark_all_seen() to mark_seen | hazards: BACKWARD_INCOMPATIBLE
alter routine "public"."mark_all_seen"() rename to "mark_seen";
