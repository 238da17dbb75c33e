-- step 1 | alter column public.tickets.id | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "id" drop identity;
