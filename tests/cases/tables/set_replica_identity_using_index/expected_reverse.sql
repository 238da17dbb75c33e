-- step 1 | alter table public.audit | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" replica identity default;
