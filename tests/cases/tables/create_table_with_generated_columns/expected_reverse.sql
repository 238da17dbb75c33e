-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.documents.documents_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."documents" drop constraint "documents_pkey";

-- step 2 | drop index public.documents_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."documents_pkey";

-- step 3 | drop table public.documents | hazards: DATA_LOSS
drop table "public"."documents";
