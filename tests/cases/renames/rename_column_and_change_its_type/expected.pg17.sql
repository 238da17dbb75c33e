-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.messages.body | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" alter column "body" set data type text using "body"::text;

-- step 2 | rename column public.messages.body to content | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" rename column "body" to "content";
