-- step 1 | alter policy public.notes.notes_staff | hazards: SECURITY
alter policy "notes_staff" on "public"."notes"
to "sdcase_app", "SdCase Auditor";
