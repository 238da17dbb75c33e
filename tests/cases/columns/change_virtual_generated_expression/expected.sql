-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.people.initials | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" alter column "initials" set expression as (upper(("left"(first_name, 1) || "left"(last_name, 1))));
