-- step 1 | drop column public.people.upper_name | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" drop column "upper_name";
