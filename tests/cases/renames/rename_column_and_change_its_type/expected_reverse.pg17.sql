-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.messages.content | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" alter column "content" set data type character varying(200) using "content"::character varying(200);

-- step 2 | rename column public.messages.content to body | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" rename column "content" to "body";
