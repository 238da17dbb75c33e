-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.messages.messages_conversation_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_conversation_id_fkey";

-- step 2 | drop constraint public.messages.messages_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_company_id_id_key";

-- step 3 | drop constraint public.messages.messages_priority_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_priority_check";

-- step 4 | drop index public.messages_company_id_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."messages_company_id_id_key";

-- step 5 | drop column public.messages.priority | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop column "priority";

-- step 6 | alter column public.messages.token_count | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" alter column "token_count" drop not null;

-- segment 2 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 7 | drop index public.messages_company_id_created_at_idx | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."messages_company_id_created_at_idx";
