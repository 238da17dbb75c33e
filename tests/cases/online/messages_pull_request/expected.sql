-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.messages.priority | hazards: -
alter table "public"."messages" add column "priority" integer;

-- step 2 | create constraint public.messages.messages_token_count_not_null_f7d6ab | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" add constraint "messages_token_count_not_null_f7d6ab" check ("token_count" is not null) not valid;

-- step 3 | create constraint public.messages.messages_conversation_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."messages" add constraint "messages_conversation_id_fkey" FOREIGN KEY (conversation_id) REFERENCES conversations(id) not valid;

-- step 4 | create constraint public.messages.messages_priority_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" add constraint "messages_priority_check" CHECK (((priority >= 0) AND (priority <= 10))) not valid;

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 5 | create index public.messages_company_id_created_at_idx | hazards: -
CREATE INDEX CONCURRENTLY messages_company_id_created_at_idx ON public.messages USING btree (company_id, created_at);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.messages_company_id_id_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY messages_company_id_id_key ON public.messages USING btree (company_id, id);

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 7 | alter constraint public.messages.messages_token_count_not_null_f7d6ab | hazards: LONG_VALIDATION
alter table "public"."messages" validate constraint "messages_token_count_not_null_f7d6ab";

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.messages.messages_conversation_id_fkey | hazards: LONG_VALIDATION
alter table "public"."messages" validate constraint "messages_conversation_id_fkey";

-- segment 6 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 9 | alter constraint public.messages.messages_priority_check | hazards: LONG_VALIDATION
alter table "public"."messages" validate constraint "messages_priority_check";

-- segment 7 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 10 | alter column public.messages.token_count | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" alter column "token_count" set not null;

-- step 11 | drop constraint public.messages.messages_token_count_not_null_f7d6ab | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_token_count_not_null_f7d6ab";

-- segment 8 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 12 | create constraint public.messages.messages_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" add constraint "messages_company_id_id_key" UNIQUE using index "messages_company_id_id_key";
