-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create extension vector | hazards: -
create extension if not exists "vector" with schema "public" version '0.8.6';

-- step 2 | create type public.conversation_channel | hazards: -
create type "public"."conversation_channel" as enum ('chat', 'voice', 'email', 'sms', 'whatsapp');

-- step 3 | create type public.conversation_status | hazards: -
create type "public"."conversation_status" as enum ('open', 'escalated', 'resolved', 'closed');

-- step 4 | create type public.deal_stage | hazards: -
create type "public"."deal_stage" as enum ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost');

-- step 5 | create type public.message_role | hazards: -
create type "public"."message_role" as enum ('user', 'assistant', 'system', 'tool');

-- step 6 | create type public.notification_channel | hazards: -
create type "public"."notification_channel" as enum ('in_app', 'email', 'sms', 'push');

-- step 7 | create type public.user_role | hazards: -
create type "public"."user_role" as enum ('owner', 'admin', 'member');

-- step 8 | create type public.workflow_execution_status | hazards: -
create type "public"."workflow_execution_status" as enum ('pending', 'running', 'succeeded', 'failed', 'cancelled');

-- step 9 | create type public.workflow_trigger_event | hazards: -
create type "public"."workflow_trigger_event" as enum ('conversation.created', 'conversation.escalated', 'conversation.resolved', 'conversation.closed', 'message.created', 'contact.created', 'deal.stage_changed');

-- step 10 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 11 | create function public.current_company_id | hazards: -
CREATE OR REPLACE FUNCTION public.current_company_id()
 RETURNS uuid
 LANGUAGE sql
 STABLE
AS $function$
    select nullif(auth.jwt() ->> 'company_id', '')::uuid
$function$;

-- step 12 | create function public.current_user_role | hazards: -
CREATE OR REPLACE FUNCTION public.current_user_role()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$
    select auth.jwt() ->> 'user_role'
$function$;

-- step 13 | create function public.enqueue_conversation_workflows | hazards: ACCESS_WIDENED
CREATE OR REPLACE FUNCTION public.enqueue_conversation_workflows()
 RETURNS trigger
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
declare
    event text;
begin
    if tg_op = 'INSERT' then
        event := 'conversation.created';
    elsif new.status is distinct from old.status then
        event := 'conversation.' || new.status::text;
    else
        return null;
    end if;

    insert into public.workflow_executions (company_id, workflow_id, conversation_id, trigger_event, status, input)
    select w.company_id,
           w.id,
           new.id,
           w.trigger_event,
           'pending',
           jsonb_build_object(
               'event', event,
               'conversation_id', new.id,
               'channel', new.channel,
               'status', new.status
           )
      from public.workflows as w
     where w.company_id = new.company_id
       and w.enabled
       and w.trigger_event::text = event;

    return null;
end
$function$;

-- step 14 | create function public.match_knowledge_chunks | hazards: -
CREATE OR REPLACE FUNCTION public.match_knowledge_chunks(query_embedding vector, match_count integer DEFAULT 5, filter_knowledge_base_id uuid DEFAULT NULL::uuid, min_similarity double precision DEFAULT 0)
 RETURNS TABLE(id uuid, knowledge_base_id uuid, content text, similarity double precision)
 LANGUAGE sql
 STABLE
AS $function$
    select c.id,
           c.knowledge_base_id,
           c.content,
           1 - (c.embedding <=> query_embedding) as similarity
      from public.knowledge_chunks as c
     where (filter_knowledge_base_id is null or c.knowledge_base_id = filter_knowledge_base_id)
       and 1 - (c.embedding <=> query_embedding) >= min_similarity
     order by c.embedding <=> query_embedding
     limit match_count
$function$;

-- step 15 | create function public.set_updated_at | hazards: -
CREATE OR REPLACE FUNCTION public.set_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    new.updated_at := now();
    return new;
end
$function$;

-- step 16 | create function public.verify_api_key | hazards: ACCESS_WIDENED
CREATE OR REPLACE FUNCTION public.verify_api_key(raw_key text)
 RETURNS TABLE(company_id uuid, api_key_id uuid, scopes text[])
 LANGUAGE sql
 SECURITY DEFINER
 SET search_path TO ''
AS $function$
    update public.api_keys as k
       set last_used_at = now()
     where k.key_hash = encode(sha256(convert_to(raw_key, 'UTF8')), 'hex')
       and k.revoked_at is null
       and (k.expires_at is null or k.expires_at > now())
    returning k.company_id, k.id, k.scopes
$function$;

-- step 17 | create table public.agent_configs | hazards: -
create table "public"."agent_configs" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "name" text not null,
    "system_prompt" text not null default ''::text,
    "model" text not null,
    "voice" text,
    "avatar_url" text,
    "settings" jsonb not null default '{}'::jsonb,
    "is_active" boolean not null default true,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 18 | create table public.api_keys | hazards: -
create table "public"."api_keys" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "created_by" uuid,
    "name" text not null,
    "key_prefix" text not null,
    "key_hash" text not null,
    "scopes" text[] not null default '{}'::text[],
    "last_used_at" timestamp with time zone,
    "expires_at" timestamp with time zone,
    "revoked_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 19 | create table public.call_recordings | hazards: -
create table "public"."call_recordings" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "conversation_id" uuid not null,
    "storage_bucket" text not null default 'recordings'::text,
    "storage_path" text not null,
    "mime_type" text not null default 'audio/mpeg'::text,
    "size_bytes" bigint,
    "duration_seconds" integer,
    "transcript" text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 20 | create table public.companies | hazards: -
create table "public"."companies" (
    "id" uuid not null default gen_random_uuid(),
    "name" text not null,
    "slug" text not null,
    "settings" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 21 | create table public.contacts | hazards: -
create table "public"."contacts" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "owner_user_id" uuid,
    "first_name" text,
    "last_name" text,
    "email" text,
    "phone" text,
    "organization" text,
    "job_title" text,
    "tags" text[] not null default '{}'::text[],
    "notes" text,
    "metadata" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 22 | create table public.conversations | hazards: -
create table "public"."conversations" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "user_id" uuid,
    "agent_config_id" uuid,
    "contact_id" uuid,
    "channel" conversation_channel not null default 'chat'::conversation_channel,
    "status" conversation_status not null default 'open'::conversation_status,
    "subject" text,
    "started_at" timestamp with time zone not null default now(),
    "ended_at" timestamp with time zone,
    "metadata" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 23 | create table public.deals | hazards: -
create table "public"."deals" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "contact_id" uuid,
    "owner_user_id" uuid,
    "title" text not null,
    "stage" deal_stage not null default 'lead'::deal_stage,
    "amount" numeric(14,2),
    "currency" text not null default 'USD'::text,
    "expected_close_date" date,
    "closed_at" timestamp with time zone,
    "notes" text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 24 | create table public.knowledge_bases | hazards: -
create table "public"."knowledge_bases" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "name" text not null,
    "description" text,
    "embedding_model" text not null default 'text-embedding-3-small'::text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 25 | create table public.knowledge_chunks | hazards: -
create table "public"."knowledge_chunks" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "knowledge_base_id" uuid not null,
    "source" text,
    "chunk_index" integer not null,
    "content" text not null,
    "embedding" vector(1536) not null,
    "token_count" integer,
    "metadata" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 26 | create table public.messages | hazards: -
create table "public"."messages" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "conversation_id" uuid not null,
    "role" message_role not null,
    "content" text not null,
    "token_count" integer,
    "metadata" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 27 | create table public.notification_preferences | hazards: -
create table "public"."notification_preferences" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "user_id" uuid not null,
    "channel" notification_channel not null,
    "type" text not null,
    "enabled" boolean not null default true,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 28 | create table public.notifications | hazards: -
create table "public"."notifications" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "user_id" uuid not null,
    "type" text not null,
    "title" text not null,
    "body" text,
    "data" jsonb not null default '{}'::jsonb,
    "read_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 29 | create table public.users | hazards: -
create table "public"."users" (
    "id" uuid not null,
    "company_id" uuid not null,
    "email" text not null,
    "full_name" text,
    "role" user_role not null default 'member'::user_role,
    "last_seen_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 30 | create table public.workflow_executions | hazards: -
create table "public"."workflow_executions" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "workflow_id" uuid not null,
    "conversation_id" uuid,
    "trigger_event" workflow_trigger_event not null,
    "status" workflow_execution_status not null default 'pending'::workflow_execution_status,
    "input" jsonb not null default '{}'::jsonb,
    "output" jsonb,
    "error" text,
    "started_at" timestamp with time zone,
    "finished_at" timestamp with time zone,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 31 | create table public.workflows | hazards: -
create table "public"."workflows" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "created_by" uuid,
    "name" text not null,
    "description" text,
    "trigger_event" workflow_trigger_event not null,
    "definition" jsonb not null default '{"edges": [], "nodes": []}'::jsonb,
    "enabled" boolean not null default false,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 32 | alter rls public.agent_configs | hazards: -
alter table public.agent_configs enable row level security;

-- step 33 | alter rls public.agent_configs | hazards: -
alter table public.agent_configs force row level security;

-- step 34 | alter rls public.api_keys | hazards: -
alter table public.api_keys enable row level security;

-- step 35 | alter rls public.api_keys | hazards: -
alter table public.api_keys force row level security;

-- step 36 | alter rls public.call_recordings | hazards: -
alter table public.call_recordings enable row level security;

-- step 37 | alter rls public.call_recordings | hazards: -
alter table public.call_recordings force row level security;

-- step 38 | alter rls public.companies | hazards: -
alter table public.companies enable row level security;

-- step 39 | alter rls public.companies | hazards: -
alter table public.companies force row level security;

-- step 40 | alter rls public.contacts | hazards: -
alter table public.contacts enable row level security;

-- step 41 | alter rls public.contacts | hazards: -
alter table public.contacts force row level security;

-- step 42 | alter rls public.conversations | hazards: -
alter table public.conversations enable row level security;

-- step 43 | alter rls public.conversations | hazards: -
alter table public.conversations force row level security;

-- step 44 | alter rls public.deals | hazards: -
alter table public.deals enable row level security;

-- step 45 | alter rls public.deals | hazards: -
alter table public.deals force row level security;

-- step 46 | alter rls public.knowledge_bases | hazards: -
alter table public.knowledge_bases enable row level security;

-- step 47 | alter rls public.knowledge_bases | hazards: -
alter table public.knowledge_bases force row level security;

-- step 48 | alter rls public.knowledge_chunks | hazards: -
alter table public.knowledge_chunks enable row level security;

-- step 49 | alter rls public.knowledge_chunks | hazards: -
alter table public.knowledge_chunks force row level security;

-- step 50 | alter rls public.messages | hazards: -
alter table public.messages enable row level security;

-- step 51 | alter rls public.messages | hazards: -
alter table public.messages force row level security;

-- step 52 | alter rls public.notification_preferences | hazards: -
alter table public.notification_preferences enable row level security;

-- step 53 | alter rls public.notification_preferences | hazards: -
alter table public.notification_preferences force row level security;

-- step 54 | alter rls public.notifications | hazards: -
alter table public.notifications enable row level security;

-- step 55 | alter rls public.notifications | hazards: -
alter table public.notifications force row level security;

-- step 56 | alter rls public.users | hazards: -
alter table public.users enable row level security;

-- step 57 | alter rls public.users | hazards: -
alter table public.users force row level security;

-- step 58 | alter rls public.workflow_executions | hazards: -
alter table public.workflow_executions enable row level security;

-- step 59 | alter rls public.workflow_executions | hazards: -
alter table public.workflow_executions force row level security;

-- step 60 | alter rls public.workflows | hazards: -
alter table public.workflows enable row level security;

-- step 61 | alter rls public.workflows | hazards: -
alter table public.workflows force row level security;

-- step 62 | create index public.agent_configs_company_id_id_key | hazards: -
CREATE UNIQUE INDEX agent_configs_company_id_id_key ON public.agent_configs USING btree (company_id, id);

-- step 63 | create index public.agent_configs_company_id_name_key | hazards: -
CREATE UNIQUE INDEX agent_configs_company_id_name_key ON public.agent_configs USING btree (company_id, name);

-- step 64 | create index public.agent_configs_pkey | hazards: -
CREATE UNIQUE INDEX agent_configs_pkey ON public.agent_configs USING btree (id);

-- step 65 | create index public.api_keys_company_id_idx | hazards: -
CREATE INDEX api_keys_company_id_idx ON public.api_keys USING btree (company_id);

-- step 66 | create index public.api_keys_created_by_idx | hazards: -
CREATE INDEX api_keys_created_by_idx ON public.api_keys USING btree (created_by);

-- step 67 | create index public.api_keys_key_hash_key | hazards: -
CREATE UNIQUE INDEX api_keys_key_hash_key ON public.api_keys USING btree (key_hash);

-- step 68 | create index public.api_keys_pkey | hazards: -
CREATE UNIQUE INDEX api_keys_pkey ON public.api_keys USING btree (id);

-- step 69 | create index public.call_recordings_company_id_idx | hazards: -
CREATE INDEX call_recordings_company_id_idx ON public.call_recordings USING btree (company_id);

-- step 70 | create index public.call_recordings_conversation_id_idx | hazards: -
CREATE INDEX call_recordings_conversation_id_idx ON public.call_recordings USING btree (conversation_id);

-- step 71 | create index public.call_recordings_pkey | hazards: -
CREATE UNIQUE INDEX call_recordings_pkey ON public.call_recordings USING btree (id);

-- step 72 | create index public.call_recordings_storage_bucket_storage_path_key | hazards: -
CREATE UNIQUE INDEX call_recordings_storage_bucket_storage_path_key ON public.call_recordings USING btree (storage_bucket, storage_path);

-- step 73 | create index public.companies_pkey | hazards: -
CREATE UNIQUE INDEX companies_pkey ON public.companies USING btree (id);

-- step 74 | create index public.companies_slug_key | hazards: -
CREATE UNIQUE INDEX companies_slug_key ON public.companies USING btree (slug);

-- step 75 | create index public.contacts_company_id_email_idx | hazards: -
CREATE INDEX contacts_company_id_email_idx ON public.contacts USING btree (company_id, lower(email));

-- step 76 | create index public.contacts_company_id_id_key | hazards: -
CREATE UNIQUE INDEX contacts_company_id_id_key ON public.contacts USING btree (company_id, id);

-- step 77 | create index public.contacts_owner_user_id_idx | hazards: -
CREATE INDEX contacts_owner_user_id_idx ON public.contacts USING btree (owner_user_id);

-- step 78 | create index public.contacts_pkey | hazards: -
CREATE UNIQUE INDEX contacts_pkey ON public.contacts USING btree (id);

-- step 79 | create index public.conversations_agent_config_id_idx | hazards: -
CREATE INDEX conversations_agent_config_id_idx ON public.conversations USING btree (agent_config_id);

-- step 80 | create index public.conversations_company_id_id_key | hazards: -
CREATE UNIQUE INDEX conversations_company_id_id_key ON public.conversations USING btree (company_id, id);

-- step 81 | create index public.conversations_company_id_started_at_idx | hazards: -
CREATE INDEX conversations_company_id_started_at_idx ON public.conversations USING btree (company_id, started_at DESC);

-- step 82 | create index public.conversations_contact_id_idx | hazards: -
CREATE INDEX conversations_contact_id_idx ON public.conversations USING btree (contact_id);

-- step 83 | create index public.conversations_pkey | hazards: -
CREATE UNIQUE INDEX conversations_pkey ON public.conversations USING btree (id);

-- step 84 | create index public.conversations_user_id_idx | hazards: -
CREATE INDEX conversations_user_id_idx ON public.conversations USING btree (user_id);

-- step 85 | create index public.deals_company_id_stage_idx | hazards: -
CREATE INDEX deals_company_id_stage_idx ON public.deals USING btree (company_id, stage);

-- step 86 | create index public.deals_contact_id_idx | hazards: -
CREATE INDEX deals_contact_id_idx ON public.deals USING btree (contact_id);

-- step 87 | create index public.deals_owner_user_id_idx | hazards: -
CREATE INDEX deals_owner_user_id_idx ON public.deals USING btree (owner_user_id);

-- step 88 | create index public.deals_pkey | hazards: -
CREATE UNIQUE INDEX deals_pkey ON public.deals USING btree (id);

-- step 89 | create index public.knowledge_bases_company_id_id_key | hazards: -
CREATE UNIQUE INDEX knowledge_bases_company_id_id_key ON public.knowledge_bases USING btree (company_id, id);

-- step 90 | create index public.knowledge_bases_company_id_name_key | hazards: -
CREATE UNIQUE INDEX knowledge_bases_company_id_name_key ON public.knowledge_bases USING btree (company_id, name);

-- step 91 | create index public.knowledge_bases_pkey | hazards: -
CREATE UNIQUE INDEX knowledge_bases_pkey ON public.knowledge_bases USING btree (id);

-- step 92 | create index public.knowledge_chunks_company_id_idx | hazards: -
CREATE INDEX knowledge_chunks_company_id_idx ON public.knowledge_chunks USING btree (company_id);

-- step 93 | create index public.knowledge_chunks_embedding_idx | hazards: -
CREATE INDEX knowledge_chunks_embedding_idx ON public.knowledge_chunks USING hnsw (embedding vector_cosine_ops);

-- step 94 | create index public.knowledge_chunks_knowledge_base_id_chunk_index_idx | hazards: -
CREATE INDEX knowledge_chunks_knowledge_base_id_chunk_index_idx ON public.knowledge_chunks USING btree (knowledge_base_id, chunk_index);

-- step 95 | create index public.knowledge_chunks_pkey | hazards: -
CREATE UNIQUE INDEX knowledge_chunks_pkey ON public.knowledge_chunks USING btree (id);

-- step 96 | create index public.messages_company_id_idx | hazards: -
CREATE INDEX messages_company_id_idx ON public.messages USING btree (company_id);

-- step 97 | create index public.messages_conversation_id_created_at_idx | hazards: -
CREATE INDEX messages_conversation_id_created_at_idx ON public.messages USING btree (conversation_id, created_at);

-- step 98 | create index public.messages_pkey | hazards: -
CREATE UNIQUE INDEX messages_pkey ON public.messages USING btree (id);

-- step 99 | create index public.notification_preferences_company_id_idx | hazards: -
CREATE INDEX notification_preferences_company_id_idx ON public.notification_preferences USING btree (company_id);

-- step 100 | create index public.notification_preferences_pkey | hazards: -
CREATE UNIQUE INDEX notification_preferences_pkey ON public.notification_preferences USING btree (id);

-- step 101 | create index public.notification_preferences_user_id_channel_type_key | hazards: -
CREATE UNIQUE INDEX notification_preferences_user_id_channel_type_key ON public.notification_preferences USING btree (user_id, channel, type);

-- step 102 | create index public.notifications_company_id_idx | hazards: -
CREATE INDEX notifications_company_id_idx ON public.notifications USING btree (company_id);

-- step 103 | create index public.notifications_pkey | hazards: -
CREATE UNIQUE INDEX notifications_pkey ON public.notifications USING btree (id);

-- step 104 | create index public.notifications_user_id_created_at_idx | hazards: -
CREATE INDEX notifications_user_id_created_at_idx ON public.notifications USING btree (user_id, created_at DESC);

-- step 105 | create index public.notifications_user_id_unread_idx | hazards: -
CREATE INDEX notifications_user_id_unread_idx ON public.notifications USING btree (user_id) WHERE (read_at IS NULL);

-- step 106 | create index public.users_company_id_id_key | hazards: -
CREATE UNIQUE INDEX users_company_id_id_key ON public.users USING btree (company_id, id);

-- step 107 | create index public.users_email_key | hazards: -
CREATE UNIQUE INDEX users_email_key ON public.users USING btree (lower(email));

-- step 108 | create index public.users_pkey | hazards: -
CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id);

-- step 109 | create index public.workflow_executions_company_id_idx | hazards: -
CREATE INDEX workflow_executions_company_id_idx ON public.workflow_executions USING btree (company_id);

-- step 110 | create index public.workflow_executions_conversation_id_idx | hazards: -
CREATE INDEX workflow_executions_conversation_id_idx ON public.workflow_executions USING btree (conversation_id);

-- step 111 | create index public.workflow_executions_pending_idx | hazards: -
CREATE INDEX workflow_executions_pending_idx ON public.workflow_executions USING btree (created_at) WHERE (status = 'pending'::workflow_execution_status);

-- step 112 | create index public.workflow_executions_pkey | hazards: -
CREATE UNIQUE INDEX workflow_executions_pkey ON public.workflow_executions USING btree (id);

-- step 113 | create index public.workflow_executions_workflow_id_created_at_idx | hazards: -
CREATE INDEX workflow_executions_workflow_id_created_at_idx ON public.workflow_executions USING btree (workflow_id, created_at DESC);

-- step 114 | create index public.workflows_company_id_id_key | hazards: -
CREATE UNIQUE INDEX workflows_company_id_id_key ON public.workflows USING btree (company_id, id);

-- step 115 | create index public.workflows_company_id_trigger_event_idx | hazards: -
CREATE INDEX workflows_company_id_trigger_event_idx ON public.workflows USING btree (company_id, trigger_event) WHERE enabled;

-- step 116 | create index public.workflows_created_by_idx | hazards: -
CREATE INDEX workflows_created_by_idx ON public.workflows USING btree (created_by);

-- step 117 | create index public.workflows_pkey | hazards: -
CREATE UNIQUE INDEX workflows_pkey ON public.workflows USING btree (id);

-- step 118 | create constraint public.agent_configs.agent_configs_pkey | hazards: -
alter table "public"."agent_configs" add constraint "agent_configs_pkey" PRIMARY KEY using index "agent_configs_pkey";

-- step 119 | create constraint public.api_keys.api_keys_pkey | hazards: -
alter table "public"."api_keys" add constraint "api_keys_pkey" PRIMARY KEY using index "api_keys_pkey";

-- step 120 | create constraint public.call_recordings.call_recordings_pkey | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_pkey" PRIMARY KEY using index "call_recordings_pkey";

-- step 121 | create constraint public.companies.companies_pkey | hazards: -
alter table "public"."companies" add constraint "companies_pkey" PRIMARY KEY using index "companies_pkey";

-- step 122 | create constraint public.contacts.contacts_pkey | hazards: -
alter table "public"."contacts" add constraint "contacts_pkey" PRIMARY KEY using index "contacts_pkey";

-- step 123 | create constraint public.conversations.conversations_pkey | hazards: -
alter table "public"."conversations" add constraint "conversations_pkey" PRIMARY KEY using index "conversations_pkey";

-- step 124 | create constraint public.deals.deals_pkey | hazards: -
alter table "public"."deals" add constraint "deals_pkey" PRIMARY KEY using index "deals_pkey";

-- step 125 | create constraint public.knowledge_bases.knowledge_bases_pkey | hazards: -
alter table "public"."knowledge_bases" add constraint "knowledge_bases_pkey" PRIMARY KEY using index "knowledge_bases_pkey";

-- step 126 | create constraint public.knowledge_chunks.knowledge_chunks_pkey | hazards: -
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_pkey" PRIMARY KEY using index "knowledge_chunks_pkey";

-- step 127 | create constraint public.messages.messages_pkey | hazards: -
alter table "public"."messages" add constraint "messages_pkey" PRIMARY KEY using index "messages_pkey";

-- step 128 | create constraint public.notification_preferences.notification_preferences_pkey | hazards: -
alter table "public"."notification_preferences" add constraint "notification_preferences_pkey" PRIMARY KEY using index "notification_preferences_pkey";

-- step 129 | create constraint public.notifications.notifications_pkey | hazards: -
alter table "public"."notifications" add constraint "notifications_pkey" PRIMARY KEY using index "notifications_pkey";

-- step 130 | create constraint public.users.users_pkey | hazards: -
alter table "public"."users" add constraint "users_pkey" PRIMARY KEY using index "users_pkey";

-- step 131 | create constraint public.workflow_executions.workflow_executions_pkey | hazards: -
alter table "public"."workflow_executions" add constraint "workflow_executions_pkey" PRIMARY KEY using index "workflow_executions_pkey";

-- step 132 | create constraint public.workflows.workflows_pkey | hazards: -
alter table "public"."workflows" add constraint "workflows_pkey" PRIMARY KEY using index "workflows_pkey";

-- step 133 | create constraint public.agent_configs.agent_configs_company_id_fkey | hazards: -
alter table "public"."agent_configs" add constraint "agent_configs_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 134 | alter constraint public.agent_configs.agent_configs_company_id_fkey | hazards: -
alter table "public"."agent_configs" validate constraint "agent_configs_company_id_fkey";

-- step 135 | create constraint public.agent_configs.agent_configs_company_id_id_key | hazards: -
alter table "public"."agent_configs" add constraint "agent_configs_company_id_id_key" UNIQUE using index "agent_configs_company_id_id_key";

-- step 136 | create constraint public.agent_configs.agent_configs_company_id_name_key | hazards: -
alter table "public"."agent_configs" add constraint "agent_configs_company_id_name_key" UNIQUE using index "agent_configs_company_id_name_key";

-- step 137 | create constraint public.agent_configs.agent_configs_name_check | hazards: -
alter table "public"."agent_configs" add constraint "agent_configs_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 138 | alter constraint public.agent_configs.agent_configs_name_check | hazards: -
alter table "public"."agent_configs" validate constraint "agent_configs_name_check";

-- step 139 | create constraint public.api_keys.api_keys_company_id_fkey | hazards: -
alter table "public"."api_keys" add constraint "api_keys_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 140 | alter constraint public.api_keys.api_keys_company_id_fkey | hazards: -
alter table "public"."api_keys" validate constraint "api_keys_company_id_fkey";

-- step 141 | create constraint public.api_keys.api_keys_key_hash_check | hazards: -
alter table "public"."api_keys" add constraint "api_keys_key_hash_check" CHECK ((key_hash ~ '^[0-9a-f]{64}$'::text)) not valid;

-- step 142 | alter constraint public.api_keys.api_keys_key_hash_check | hazards: -
alter table "public"."api_keys" validate constraint "api_keys_key_hash_check";

-- step 143 | create constraint public.api_keys.api_keys_key_hash_key | hazards: -
alter table "public"."api_keys" add constraint "api_keys_key_hash_key" UNIQUE using index "api_keys_key_hash_key";

-- step 144 | create constraint public.api_keys.api_keys_name_check | hazards: -
alter table "public"."api_keys" add constraint "api_keys_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 145 | alter constraint public.api_keys.api_keys_name_check | hazards: -
alter table "public"."api_keys" validate constraint "api_keys_name_check";

-- step 146 | create constraint public.call_recordings.call_recordings_company_id_fkey | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 147 | alter constraint public.call_recordings.call_recordings_company_id_fkey | hazards: -
alter table "public"."call_recordings" validate constraint "call_recordings_company_id_fkey";

-- step 148 | create constraint public.call_recordings.call_recordings_duration_seconds_check | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_duration_seconds_check" CHECK ((duration_seconds >= 0)) not valid;

-- step 149 | alter constraint public.call_recordings.call_recordings_duration_seconds_check | hazards: -
alter table "public"."call_recordings" validate constraint "call_recordings_duration_seconds_check";

-- step 150 | create constraint public.call_recordings.call_recordings_mime_type_check | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_mime_type_check" CHECK ((mime_type ~~ 'audio/%'::text)) not valid;

-- step 151 | alter constraint public.call_recordings.call_recordings_mime_type_check | hazards: -
alter table "public"."call_recordings" validate constraint "call_recordings_mime_type_check";

-- step 152 | create constraint public.call_recordings.call_recordings_size_bytes_check | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_size_bytes_check" CHECK ((size_bytes >= 0)) not valid;

-- step 153 | alter constraint public.call_recordings.call_recordings_size_bytes_check | hazards: -
alter table "public"."call_recordings" validate constraint "call_recordings_size_bytes_check";

-- step 154 | create constraint public.call_recordings.call_recordings_storage_bucket_storage_path_key | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_storage_bucket_storage_path_key" UNIQUE using index "call_recordings_storage_bucket_storage_path_key";

-- step 155 | create constraint public.call_recordings.call_recordings_storage_path_check | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_storage_path_check" CHECK ((btrim(storage_path) <> ''::text)) not valid;

-- step 156 | alter constraint public.call_recordings.call_recordings_storage_path_check | hazards: -
alter table "public"."call_recordings" validate constraint "call_recordings_storage_path_check";

-- step 157 | create constraint public.companies.companies_name_check | hazards: -
alter table "public"."companies" add constraint "companies_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 158 | alter constraint public.companies.companies_name_check | hazards: -
alter table "public"."companies" validate constraint "companies_name_check";

-- step 159 | create constraint public.companies.companies_slug_check | hazards: -
alter table "public"."companies" add constraint "companies_slug_check" CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text)) not valid;

-- step 160 | alter constraint public.companies.companies_slug_check | hazards: -
alter table "public"."companies" validate constraint "companies_slug_check";

-- step 161 | create constraint public.companies.companies_slug_key | hazards: -
alter table "public"."companies" add constraint "companies_slug_key" UNIQUE using index "companies_slug_key";

-- step 162 | create constraint public.contacts.contacts_company_id_fkey | hazards: -
alter table "public"."contacts" add constraint "contacts_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 163 | alter constraint public.contacts.contacts_company_id_fkey | hazards: -
alter table "public"."contacts" validate constraint "contacts_company_id_fkey";

-- step 164 | create constraint public.contacts.contacts_company_id_id_key | hazards: -
alter table "public"."contacts" add constraint "contacts_company_id_id_key" UNIQUE using index "contacts_company_id_id_key";

-- step 165 | create constraint public.contacts.contacts_email_check | hazards: -
alter table "public"."contacts" add constraint "contacts_email_check" CHECK ((email ~ '^[^@\s]+@[^@\s]+$'::text)) not valid;

-- step 166 | alter constraint public.contacts.contacts_email_check | hazards: -
alter table "public"."contacts" validate constraint "contacts_email_check";

-- step 167 | create constraint public.contacts.contacts_identity_check | hazards: -
alter table "public"."contacts" add constraint "contacts_identity_check" CHECK ((COALESCE(first_name, last_name, email, phone) IS NOT NULL)) not valid;

-- step 168 | alter constraint public.contacts.contacts_identity_check | hazards: -
alter table "public"."contacts" validate constraint "contacts_identity_check";

-- step 169 | create constraint public.conversations.conversations_agent_config_id_fkey | hazards: -
alter table "public"."conversations" add constraint "conversations_agent_config_id_fkey" FOREIGN KEY (company_id, agent_config_id) REFERENCES agent_configs(company_id, id) ON DELETE SET NULL (agent_config_id) not valid;

-- step 170 | alter constraint public.conversations.conversations_agent_config_id_fkey | hazards: -
alter table "public"."conversations" validate constraint "conversations_agent_config_id_fkey";

-- step 171 | create constraint public.conversations.conversations_company_id_fkey | hazards: -
alter table "public"."conversations" add constraint "conversations_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 172 | alter constraint public.conversations.conversations_company_id_fkey | hazards: -
alter table "public"."conversations" validate constraint "conversations_company_id_fkey";

-- step 173 | create constraint public.conversations.conversations_company_id_id_key | hazards: -
alter table "public"."conversations" add constraint "conversations_company_id_id_key" UNIQUE using index "conversations_company_id_id_key";

-- step 174 | create constraint public.call_recordings.call_recordings_conversation_id_fkey | hazards: -
alter table "public"."call_recordings" add constraint "call_recordings_conversation_id_fkey" FOREIGN KEY (company_id, conversation_id) REFERENCES conversations(company_id, id) ON DELETE CASCADE not valid;

-- step 175 | alter constraint public.call_recordings.call_recordings_conversation_id_fkey | hazards: -
alter table "public"."call_recordings" validate constraint "call_recordings_conversation_id_fkey";

-- step 176 | create constraint public.conversations.conversations_contact_id_fkey | hazards: -
alter table "public"."conversations" add constraint "conversations_contact_id_fkey" FOREIGN KEY (company_id, contact_id) REFERENCES contacts(company_id, id) ON DELETE SET NULL (contact_id) not valid;

-- step 177 | alter constraint public.conversations.conversations_contact_id_fkey | hazards: -
alter table "public"."conversations" validate constraint "conversations_contact_id_fkey";

-- step 178 | create constraint public.conversations.conversations_ended_at_check | hazards: -
alter table "public"."conversations" add constraint "conversations_ended_at_check" CHECK ((ended_at >= started_at)) not valid;

-- step 179 | alter constraint public.conversations.conversations_ended_at_check | hazards: -
alter table "public"."conversations" validate constraint "conversations_ended_at_check";

-- step 180 | create constraint public.deals.deals_amount_check | hazards: -
alter table "public"."deals" add constraint "deals_amount_check" CHECK ((amount >= (0)::numeric)) not valid;

-- step 181 | alter constraint public.deals.deals_amount_check | hazards: -
alter table "public"."deals" validate constraint "deals_amount_check";

-- step 182 | create constraint public.deals.deals_company_id_fkey | hazards: -
alter table "public"."deals" add constraint "deals_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 183 | alter constraint public.deals.deals_company_id_fkey | hazards: -
alter table "public"."deals" validate constraint "deals_company_id_fkey";

-- step 184 | create constraint public.deals.deals_contact_id_fkey | hazards: -
alter table "public"."deals" add constraint "deals_contact_id_fkey" FOREIGN KEY (company_id, contact_id) REFERENCES contacts(company_id, id) ON DELETE SET NULL (contact_id) not valid;

-- step 185 | alter constraint public.deals.deals_contact_id_fkey | hazards: -
alter table "public"."deals" validate constraint "deals_contact_id_fkey";

-- step 186 | create constraint public.deals.deals_currency_check | hazards: -
alter table "public"."deals" add constraint "deals_currency_check" CHECK ((currency ~ '^[A-Z]{3}$'::text)) not valid;

-- step 187 | alter constraint public.deals.deals_currency_check | hazards: -
alter table "public"."deals" validate constraint "deals_currency_check";

-- step 188 | create constraint public.deals.deals_title_check | hazards: -
alter table "public"."deals" add constraint "deals_title_check" CHECK ((btrim(title) <> ''::text)) not valid;

-- step 189 | alter constraint public.deals.deals_title_check | hazards: -
alter table "public"."deals" validate constraint "deals_title_check";

-- step 190 | create constraint public.knowledge_bases.knowledge_bases_company_id_fkey | hazards: -
alter table "public"."knowledge_bases" add constraint "knowledge_bases_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 191 | alter constraint public.knowledge_bases.knowledge_bases_company_id_fkey | hazards: -
alter table "public"."knowledge_bases" validate constraint "knowledge_bases_company_id_fkey";

-- step 192 | create constraint public.knowledge_bases.knowledge_bases_company_id_id_key | hazards: -
alter table "public"."knowledge_bases" add constraint "knowledge_bases_company_id_id_key" UNIQUE using index "knowledge_bases_company_id_id_key";

-- step 193 | create constraint public.knowledge_bases.knowledge_bases_company_id_name_key | hazards: -
alter table "public"."knowledge_bases" add constraint "knowledge_bases_company_id_name_key" UNIQUE using index "knowledge_bases_company_id_name_key";

-- step 194 | create constraint public.knowledge_bases.knowledge_bases_name_check | hazards: -
alter table "public"."knowledge_bases" add constraint "knowledge_bases_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 195 | alter constraint public.knowledge_bases.knowledge_bases_name_check | hazards: -
alter table "public"."knowledge_bases" validate constraint "knowledge_bases_name_check";

-- step 196 | create constraint public.knowledge_chunks.knowledge_chunks_chunk_index_check | hazards: -
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_chunk_index_check" CHECK ((chunk_index >= 0)) not valid;

-- step 197 | alter constraint public.knowledge_chunks.knowledge_chunks_chunk_index_check | hazards: -
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_chunk_index_check";

-- step 198 | create constraint public.knowledge_chunks.knowledge_chunks_company_id_fkey | hazards: -
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 199 | alter constraint public.knowledge_chunks.knowledge_chunks_company_id_fkey | hazards: -
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_company_id_fkey";

-- step 200 | create constraint public.knowledge_chunks.knowledge_chunks_knowledge_base_id_fkey | hazards: -
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_knowledge_base_id_fkey" FOREIGN KEY (company_id, knowledge_base_id) REFERENCES knowledge_bases(company_id, id) ON DELETE CASCADE not valid;

-- step 201 | alter constraint public.knowledge_chunks.knowledge_chunks_knowledge_base_id_fkey | hazards: -
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_knowledge_base_id_fkey";

-- step 202 | create constraint public.knowledge_chunks.knowledge_chunks_token_count_check | hazards: -
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_token_count_check" CHECK ((token_count >= 0)) not valid;

-- step 203 | alter constraint public.knowledge_chunks.knowledge_chunks_token_count_check | hazards: -
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_token_count_check";

-- step 204 | create constraint public.messages.messages_company_id_fkey | hazards: -
alter table "public"."messages" add constraint "messages_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 205 | alter constraint public.messages.messages_company_id_fkey | hazards: -
alter table "public"."messages" validate constraint "messages_company_id_fkey";

-- step 206 | create constraint public.messages.messages_conversation_id_fkey | hazards: -
alter table "public"."messages" add constraint "messages_conversation_id_fkey" FOREIGN KEY (company_id, conversation_id) REFERENCES conversations(company_id, id) ON DELETE CASCADE not valid;

-- step 207 | alter constraint public.messages.messages_conversation_id_fkey | hazards: -
alter table "public"."messages" validate constraint "messages_conversation_id_fkey";

-- step 208 | create constraint public.messages.messages_token_count_check | hazards: -
alter table "public"."messages" add constraint "messages_token_count_check" CHECK ((token_count >= 0)) not valid;

-- step 209 | alter constraint public.messages.messages_token_count_check | hazards: -
alter table "public"."messages" validate constraint "messages_token_count_check";

-- step 210 | create constraint public.notification_preferences.notification_preferences_company_id_fkey | hazards: -
alter table "public"."notification_preferences" add constraint "notification_preferences_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 211 | alter constraint public.notification_preferences.notification_preferences_company_id_fkey | hazards: -
alter table "public"."notification_preferences" validate constraint "notification_preferences_company_id_fkey";

-- step 212 | create constraint public.notification_preferences.notification_preferences_type_check | hazards: -
alter table "public"."notification_preferences" add constraint "notification_preferences_type_check" CHECK (((type = '*'::text) OR (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'::text))) not valid;

-- step 213 | alter constraint public.notification_preferences.notification_preferences_type_check | hazards: -
alter table "public"."notification_preferences" validate constraint "notification_preferences_type_check";

-- step 214 | create constraint public.notification_preferences.notification_preferences_user_id_channel_type_key | hazards: -
alter table "public"."notification_preferences" add constraint "notification_preferences_user_id_channel_type_key" UNIQUE using index "notification_preferences_user_id_channel_type_key";

-- step 215 | create constraint public.notifications.notifications_company_id_fkey | hazards: -
alter table "public"."notifications" add constraint "notifications_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 216 | alter constraint public.notifications.notifications_company_id_fkey | hazards: -
alter table "public"."notifications" validate constraint "notifications_company_id_fkey";

-- step 217 | create constraint public.notifications.notifications_type_check | hazards: -
alter table "public"."notifications" add constraint "notifications_type_check" CHECK ((type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'::text)) not valid;

-- step 218 | alter constraint public.notifications.notifications_type_check | hazards: -
alter table "public"."notifications" validate constraint "notifications_type_check";

-- step 219 | create constraint public.users.users_company_id_fkey | hazards: -
alter table "public"."users" add constraint "users_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 220 | alter constraint public.users.users_company_id_fkey | hazards: -
alter table "public"."users" validate constraint "users_company_id_fkey";

-- step 221 | create constraint public.users.users_company_id_id_key | hazards: -
alter table "public"."users" add constraint "users_company_id_id_key" UNIQUE using index "users_company_id_id_key";

-- step 222 | create constraint public.api_keys.api_keys_created_by_fkey | hazards: -
alter table "public"."api_keys" add constraint "api_keys_created_by_fkey" FOREIGN KEY (company_id, created_by) REFERENCES users(company_id, id) ON DELETE SET NULL (created_by) not valid;

-- step 223 | alter constraint public.api_keys.api_keys_created_by_fkey | hazards: -
alter table "public"."api_keys" validate constraint "api_keys_created_by_fkey";

-- step 224 | create constraint public.contacts.contacts_owner_user_id_fkey | hazards: -
alter table "public"."contacts" add constraint "contacts_owner_user_id_fkey" FOREIGN KEY (company_id, owner_user_id) REFERENCES users(company_id, id) ON DELETE SET NULL (owner_user_id) not valid;

-- step 225 | alter constraint public.contacts.contacts_owner_user_id_fkey | hazards: -
alter table "public"."contacts" validate constraint "contacts_owner_user_id_fkey";

-- step 226 | create constraint public.conversations.conversations_user_id_fkey | hazards: -
alter table "public"."conversations" add constraint "conversations_user_id_fkey" FOREIGN KEY (company_id, user_id) REFERENCES users(company_id, id) ON DELETE SET NULL (user_id) not valid;

-- step 227 | alter constraint public.conversations.conversations_user_id_fkey | hazards: -
alter table "public"."conversations" validate constraint "conversations_user_id_fkey";

-- step 228 | create constraint public.deals.deals_owner_user_id_fkey | hazards: -
alter table "public"."deals" add constraint "deals_owner_user_id_fkey" FOREIGN KEY (company_id, owner_user_id) REFERENCES users(company_id, id) ON DELETE SET NULL (owner_user_id) not valid;

-- step 229 | alter constraint public.deals.deals_owner_user_id_fkey | hazards: -
alter table "public"."deals" validate constraint "deals_owner_user_id_fkey";

-- step 230 | create constraint public.notification_preferences.notification_preferences_user_id_fkey | hazards: -
alter table "public"."notification_preferences" add constraint "notification_preferences_user_id_fkey" FOREIGN KEY (company_id, user_id) REFERENCES users(company_id, id) ON DELETE CASCADE not valid;

-- step 231 | alter constraint public.notification_preferences.notification_preferences_user_id_fkey | hazards: -
alter table "public"."notification_preferences" validate constraint "notification_preferences_user_id_fkey";

-- step 232 | create constraint public.notifications.notifications_user_id_fkey | hazards: -
alter table "public"."notifications" add constraint "notifications_user_id_fkey" FOREIGN KEY (company_id, user_id) REFERENCES users(company_id, id) ON DELETE CASCADE not valid;

-- step 233 | alter constraint public.notifications.notifications_user_id_fkey | hazards: -
alter table "public"."notifications" validate constraint "notifications_user_id_fkey";

-- step 234 | create constraint public.users.users_email_check | hazards: -
alter table "public"."users" add constraint "users_email_check" CHECK ((email ~ '^[^@\s]+@[^@\s]+$'::text)) not valid;

-- step 235 | alter constraint public.users.users_email_check | hazards: -
alter table "public"."users" validate constraint "users_email_check";

-- step 236 | create constraint public.workflow_executions.workflow_executions_company_id_fkey | hazards: -
alter table "public"."workflow_executions" add constraint "workflow_executions_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 237 | alter constraint public.workflow_executions.workflow_executions_company_id_fkey | hazards: -
alter table "public"."workflow_executions" validate constraint "workflow_executions_company_id_fkey";

-- step 238 | create constraint public.workflow_executions.workflow_executions_conversation_id_fkey | hazards: -
alter table "public"."workflow_executions" add constraint "workflow_executions_conversation_id_fkey" FOREIGN KEY (company_id, conversation_id) REFERENCES conversations(company_id, id) ON DELETE SET NULL (conversation_id) not valid;

-- step 239 | alter constraint public.workflow_executions.workflow_executions_conversation_id_fkey | hazards: -
alter table "public"."workflow_executions" validate constraint "workflow_executions_conversation_id_fkey";

-- step 240 | create constraint public.workflow_executions.workflow_executions_finished_at_check | hazards: -
alter table "public"."workflow_executions" add constraint "workflow_executions_finished_at_check" CHECK (((finished_at IS NULL) OR ((started_at IS NOT NULL) AND (finished_at >= started_at)))) not valid;

-- step 241 | alter constraint public.workflow_executions.workflow_executions_finished_at_check | hazards: -
alter table "public"."workflow_executions" validate constraint "workflow_executions_finished_at_check";

-- step 242 | create constraint public.workflows.workflows_company_id_fkey | hazards: -
alter table "public"."workflows" add constraint "workflows_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 243 | alter constraint public.workflows.workflows_company_id_fkey | hazards: -
alter table "public"."workflows" validate constraint "workflows_company_id_fkey";

-- step 244 | create constraint public.workflows.workflows_company_id_id_key | hazards: -
alter table "public"."workflows" add constraint "workflows_company_id_id_key" UNIQUE using index "workflows_company_id_id_key";

-- step 245 | create constraint public.workflow_executions.workflow_executions_workflow_id_fkey | hazards: -
alter table "public"."workflow_executions" add constraint "workflow_executions_workflow_id_fkey" FOREIGN KEY (company_id, workflow_id) REFERENCES workflows(company_id, id) ON DELETE CASCADE not valid;

-- step 246 | alter constraint public.workflow_executions.workflow_executions_workflow_id_fkey | hazards: -
alter table "public"."workflow_executions" validate constraint "workflow_executions_workflow_id_fkey";

-- step 247 | create constraint public.workflows.workflows_created_by_fkey | hazards: -
alter table "public"."workflows" add constraint "workflows_created_by_fkey" FOREIGN KEY (company_id, created_by) REFERENCES users(company_id, id) ON DELETE SET NULL (created_by) not valid;

-- step 248 | alter constraint public.workflows.workflows_created_by_fkey | hazards: -
alter table "public"."workflows" validate constraint "workflows_created_by_fkey";

-- step 249 | create constraint public.workflows.workflows_definition_check | hazards: -
alter table "public"."workflows" add constraint "workflows_definition_check" CHECK (((jsonb_typeof((definition -> 'nodes'::text)) = 'array'::text) AND (jsonb_typeof((definition -> 'edges'::text)) = 'array'::text))) not valid;

-- step 250 | alter constraint public.workflows.workflows_definition_check | hazards: -
alter table "public"."workflows" validate constraint "workflows_definition_check";

-- step 251 | create constraint public.workflows.workflows_name_check | hazards: -
alter table "public"."workflows" add constraint "workflows_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 252 | alter constraint public.workflows.workflows_name_check | hazards: -
alter table "public"."workflows" validate constraint "workflows_name_check";

-- step 253 | drop privilege execute on function public.current_company_id() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.current_company_id() from PUBLIC;

-- step 254 | drop privilege execute on function public.current_user_role() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.current_user_role() from PUBLIC;

-- step 255 | drop privilege execute on function public.enqueue_conversation_workflows() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.enqueue_conversation_workflows() from PUBLIC;

-- step 256 | drop privilege execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) from PUBLIC;

-- step 257 | drop privilege execute on function public.set_updated_at() from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.set_updated_at() from PUBLIC;

-- step 258 | drop privilege execute on function public.verify_api_key(raw_key text) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.verify_api_key(raw_key text) from PUBLIC;

-- step 259 | create privilege execute on function public.current_company_id() to authenticated | hazards: ACCESS_WIDENED
grant execute on function public.current_company_id() to authenticated;

-- step 260 | create privilege execute on function public.current_company_id() to service_role | hazards: ACCESS_WIDENED
grant execute on function public.current_company_id() to service_role;

-- step 261 | create privilege execute on function public.current_user_role() to authenticated | hazards: ACCESS_WIDENED
grant execute on function public.current_user_role() to authenticated;

-- step 262 | create privilege execute on function public.current_user_role() to service_role | hazards: ACCESS_WIDENED
grant execute on function public.current_user_role() to service_role;

-- step 263 | create privilege execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to authenticated | hazards: ACCESS_WIDENED
grant execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to authenticated;

-- step 264 | create privilege execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to service_role | hazards: ACCESS_WIDENED
grant execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to service_role;

-- step 265 | create privilege execute on function public.verify_api_key(raw_key text) to service_role | hazards: ACCESS_WIDENED
grant execute on function public.verify_api_key(raw_key text) to service_role;

-- step 266 | create privilege usage on schema public to authenticated | hazards: ACCESS_WIDENED
grant usage on schema public to authenticated;

-- step 267 | create privilege usage on schema public to service_role | hazards: ACCESS_WIDENED
grant usage on schema public to service_role;

-- step 268 | create privilege delete on table public.agent_configs to authenticated | hazards: -
grant delete on table public.agent_configs to authenticated;

-- step 269 | create privilege insert on table public.agent_configs to authenticated | hazards: -
grant insert on table public.agent_configs to authenticated;

-- step 270 | create privilege select on table public.agent_configs to authenticated | hazards: -
grant select on table public.agent_configs to authenticated;

-- step 271 | create privilege update on table public.agent_configs to authenticated | hazards: -
grant update on table public.agent_configs to authenticated;

-- step 272 | create privilege delete on table public.agent_configs to service_role | hazards: -
grant delete on table public.agent_configs to service_role;

-- step 273 | create privilege insert on table public.agent_configs to service_role | hazards: -
grant insert on table public.agent_configs to service_role;

-- step 274 | create privilege maintain on table public.agent_configs to service_role | hazards: -
grant maintain on table public.agent_configs to service_role;

-- step 275 | create privilege references on table public.agent_configs to service_role | hazards: -
grant references on table public.agent_configs to service_role;

-- step 276 | create privilege select on table public.agent_configs to service_role | hazards: -
grant select on table public.agent_configs to service_role;

-- step 277 | create privilege trigger on table public.agent_configs to service_role | hazards: -
grant trigger on table public.agent_configs to service_role;

-- step 278 | create privilege truncate on table public.agent_configs to service_role | hazards: -
grant truncate on table public.agent_configs to service_role;

-- step 279 | create privilege update on table public.agent_configs to service_role | hazards: -
grant update on table public.agent_configs to service_role;

-- step 280 | create privilege delete on table public.api_keys to authenticated | hazards: -
grant delete on table public.api_keys to authenticated;

-- step 281 | create privilege insert on table public.api_keys to authenticated | hazards: -
grant insert on table public.api_keys to authenticated;

-- step 282 | create privilege select on table public.api_keys to authenticated | hazards: -
grant select on table public.api_keys to authenticated;

-- step 283 | create privilege update on table public.api_keys to authenticated | hazards: -
grant update on table public.api_keys to authenticated;

-- step 284 | create privilege delete on table public.api_keys to service_role | hazards: -
grant delete on table public.api_keys to service_role;

-- step 285 | create privilege insert on table public.api_keys to service_role | hazards: -
grant insert on table public.api_keys to service_role;

-- step 286 | create privilege maintain on table public.api_keys to service_role | hazards: -
grant maintain on table public.api_keys to service_role;

-- step 287 | create privilege references on table public.api_keys to service_role | hazards: -
grant references on table public.api_keys to service_role;

-- step 288 | create privilege select on table public.api_keys to service_role | hazards: -
grant select on table public.api_keys to service_role;

-- step 289 | create privilege trigger on table public.api_keys to service_role | hazards: -
grant trigger on table public.api_keys to service_role;

-- step 290 | create privilege truncate on table public.api_keys to service_role | hazards: -
grant truncate on table public.api_keys to service_role;

-- step 291 | create privilege update on table public.api_keys to service_role | hazards: -
grant update on table public.api_keys to service_role;

-- step 292 | create privilege delete on table public.call_recordings to authenticated | hazards: -
grant delete on table public.call_recordings to authenticated;

-- step 293 | create privilege insert on table public.call_recordings to authenticated | hazards: -
grant insert on table public.call_recordings to authenticated;

-- step 294 | create privilege select on table public.call_recordings to authenticated | hazards: -
grant select on table public.call_recordings to authenticated;

-- step 295 | create privilege update on table public.call_recordings to authenticated | hazards: -
grant update on table public.call_recordings to authenticated;

-- step 296 | create privilege delete on table public.call_recordings to service_role | hazards: -
grant delete on table public.call_recordings to service_role;

-- step 297 | create privilege insert on table public.call_recordings to service_role | hazards: -
grant insert on table public.call_recordings to service_role;

-- step 298 | create privilege maintain on table public.call_recordings to service_role | hazards: -
grant maintain on table public.call_recordings to service_role;

-- step 299 | create privilege references on table public.call_recordings to service_role | hazards: -
grant references on table public.call_recordings to service_role;

-- step 300 | create privilege select on table public.call_recordings to service_role | hazards: -
grant select on table public.call_recordings to service_role;

-- step 301 | create privilege trigger on table public.call_recordings to service_role | hazards: -
grant trigger on table public.call_recordings to service_role;

-- step 302 | create privilege truncate on table public.call_recordings to service_role | hazards: -
grant truncate on table public.call_recordings to service_role;

-- step 303 | create privilege update on table public.call_recordings to service_role | hazards: -
grant update on table public.call_recordings to service_role;

-- step 304 | create privilege select on table public.companies to authenticated | hazards: -
grant select on table public.companies to authenticated;

-- step 305 | create privilege update on table public.companies to authenticated | hazards: -
grant update on table public.companies to authenticated;

-- step 306 | create privilege delete on table public.companies to service_role | hazards: -
grant delete on table public.companies to service_role;

-- step 307 | create privilege insert on table public.companies to service_role | hazards: -
grant insert on table public.companies to service_role;

-- step 308 | create privilege maintain on table public.companies to service_role | hazards: -
grant maintain on table public.companies to service_role;

-- step 309 | create privilege references on table public.companies to service_role | hazards: -
grant references on table public.companies to service_role;

-- step 310 | create privilege select on table public.companies to service_role | hazards: -
grant select on table public.companies to service_role;

-- step 311 | create privilege trigger on table public.companies to service_role | hazards: -
grant trigger on table public.companies to service_role;

-- step 312 | create privilege truncate on table public.companies to service_role | hazards: -
grant truncate on table public.companies to service_role;

-- step 313 | create privilege update on table public.companies to service_role | hazards: -
grant update on table public.companies to service_role;

-- step 314 | create privilege delete on table public.contacts to authenticated | hazards: -
grant delete on table public.contacts to authenticated;

-- step 315 | create privilege insert on table public.contacts to authenticated | hazards: -
grant insert on table public.contacts to authenticated;

-- step 316 | create privilege select on table public.contacts to authenticated | hazards: -
grant select on table public.contacts to authenticated;

-- step 317 | create privilege update on table public.contacts to authenticated | hazards: -
grant update on table public.contacts to authenticated;

-- step 318 | create privilege delete on table public.contacts to service_role | hazards: -
grant delete on table public.contacts to service_role;

-- step 319 | create privilege insert on table public.contacts to service_role | hazards: -
grant insert on table public.contacts to service_role;

-- step 320 | create privilege maintain on table public.contacts to service_role | hazards: -
grant maintain on table public.contacts to service_role;

-- step 321 | create privilege references on table public.contacts to service_role | hazards: -
grant references on table public.contacts to service_role;

-- step 322 | create privilege select on table public.contacts to service_role | hazards: -
grant select on table public.contacts to service_role;

-- step 323 | create privilege trigger on table public.contacts to service_role | hazards: -
grant trigger on table public.contacts to service_role;

-- step 324 | create privilege truncate on table public.contacts to service_role | hazards: -
grant truncate on table public.contacts to service_role;

-- step 325 | create privilege update on table public.contacts to service_role | hazards: -
grant update on table public.contacts to service_role;

-- step 326 | create privilege delete on table public.conversations to authenticated | hazards: -
grant delete on table public.conversations to authenticated;

-- step 327 | create privilege insert on table public.conversations to authenticated | hazards: -
grant insert on table public.conversations to authenticated;

-- step 328 | create privilege select on table public.conversations to authenticated | hazards: -
grant select on table public.conversations to authenticated;

-- step 329 | create privilege update on table public.conversations to authenticated | hazards: -
grant update on table public.conversations to authenticated;

-- step 330 | create privilege delete on table public.conversations to service_role | hazards: -
grant delete on table public.conversations to service_role;

-- step 331 | create privilege insert on table public.conversations to service_role | hazards: -
grant insert on table public.conversations to service_role;

-- step 332 | create privilege maintain on table public.conversations to service_role | hazards: -
grant maintain on table public.conversations to service_role;

-- step 333 | create privilege references on table public.conversations to service_role | hazards: -
grant references on table public.conversations to service_role;

-- step 334 | create privilege select on table public.conversations to service_role | hazards: -
grant select on table public.conversations to service_role;

-- step 335 | create privilege trigger on table public.conversations to service_role | hazards: -
grant trigger on table public.conversations to service_role;

-- step 336 | create privilege truncate on table public.conversations to service_role | hazards: -
grant truncate on table public.conversations to service_role;

-- step 337 | create privilege update on table public.conversations to service_role | hazards: -
grant update on table public.conversations to service_role;

-- step 338 | create privilege delete on table public.deals to authenticated | hazards: -
grant delete on table public.deals to authenticated;

-- step 339 | create privilege insert on table public.deals to authenticated | hazards: -
grant insert on table public.deals to authenticated;

-- step 340 | create privilege select on table public.deals to authenticated | hazards: -
grant select on table public.deals to authenticated;

-- step 341 | create privilege update on table public.deals to authenticated | hazards: -
grant update on table public.deals to authenticated;

-- step 342 | create privilege delete on table public.deals to service_role | hazards: -
grant delete on table public.deals to service_role;

-- step 343 | create privilege insert on table public.deals to service_role | hazards: -
grant insert on table public.deals to service_role;

-- step 344 | create privilege maintain on table public.deals to service_role | hazards: -
grant maintain on table public.deals to service_role;

-- step 345 | create privilege references on table public.deals to service_role | hazards: -
grant references on table public.deals to service_role;

-- step 346 | create privilege select on table public.deals to service_role | hazards: -
grant select on table public.deals to service_role;

-- step 347 | create privilege trigger on table public.deals to service_role | hazards: -
grant trigger on table public.deals to service_role;

-- step 348 | create privilege truncate on table public.deals to service_role | hazards: -
grant truncate on table public.deals to service_role;

-- step 349 | create privilege update on table public.deals to service_role | hazards: -
grant update on table public.deals to service_role;

-- step 350 | create privilege delete on table public.knowledge_bases to authenticated | hazards: -
grant delete on table public.knowledge_bases to authenticated;

-- step 351 | create privilege insert on table public.knowledge_bases to authenticated | hazards: -
grant insert on table public.knowledge_bases to authenticated;

-- step 352 | create privilege select on table public.knowledge_bases to authenticated | hazards: -
grant select on table public.knowledge_bases to authenticated;

-- step 353 | create privilege update on table public.knowledge_bases to authenticated | hazards: -
grant update on table public.knowledge_bases to authenticated;

-- step 354 | create privilege delete on table public.knowledge_bases to service_role | hazards: -
grant delete on table public.knowledge_bases to service_role;

-- step 355 | create privilege insert on table public.knowledge_bases to service_role | hazards: -
grant insert on table public.knowledge_bases to service_role;

-- step 356 | create privilege maintain on table public.knowledge_bases to service_role | hazards: -
grant maintain on table public.knowledge_bases to service_role;

-- step 357 | create privilege references on table public.knowledge_bases to service_role | hazards: -
grant references on table public.knowledge_bases to service_role;

-- step 358 | create privilege select on table public.knowledge_bases to service_role | hazards: -
grant select on table public.knowledge_bases to service_role;

-- step 359 | create privilege trigger on table public.knowledge_bases to service_role | hazards: -
grant trigger on table public.knowledge_bases to service_role;

-- step 360 | create privilege truncate on table public.knowledge_bases to service_role | hazards: -
grant truncate on table public.knowledge_bases to service_role;

-- step 361 | create privilege update on table public.knowledge_bases to service_role | hazards: -
grant update on table public.knowledge_bases to service_role;

-- step 362 | create privilege delete on table public.knowledge_chunks to authenticated | hazards: -
grant delete on table public.knowledge_chunks to authenticated;

-- step 363 | create privilege insert on table public.knowledge_chunks to authenticated | hazards: -
grant insert on table public.knowledge_chunks to authenticated;

-- step 364 | create privilege select on table public.knowledge_chunks to authenticated | hazards: -
grant select on table public.knowledge_chunks to authenticated;

-- step 365 | create privilege update on table public.knowledge_chunks to authenticated | hazards: -
grant update on table public.knowledge_chunks to authenticated;

-- step 366 | create privilege delete on table public.knowledge_chunks to service_role | hazards: -
grant delete on table public.knowledge_chunks to service_role;

-- step 367 | create privilege insert on table public.knowledge_chunks to service_role | hazards: -
grant insert on table public.knowledge_chunks to service_role;

-- step 368 | create privilege maintain on table public.knowledge_chunks to service_role | hazards: -
grant maintain on table public.knowledge_chunks to service_role;

-- step 369 | create privilege references on table public.knowledge_chunks to service_role | hazards: -
grant references on table public.knowledge_chunks to service_role;

-- step 370 | create privilege select on table public.knowledge_chunks to service_role | hazards: -
grant select on table public.knowledge_chunks to service_role;

-- step 371 | create privilege trigger on table public.knowledge_chunks to service_role | hazards: -
grant trigger on table public.knowledge_chunks to service_role;

-- step 372 | create privilege truncate on table public.knowledge_chunks to service_role | hazards: -
grant truncate on table public.knowledge_chunks to service_role;

-- step 373 | create privilege update on table public.knowledge_chunks to service_role | hazards: -
grant update on table public.knowledge_chunks to service_role;

-- step 374 | create privilege delete on table public.messages to authenticated | hazards: -
grant delete on table public.messages to authenticated;

-- step 375 | create privilege insert on table public.messages to authenticated | hazards: -
grant insert on table public.messages to authenticated;

-- step 376 | create privilege select on table public.messages to authenticated | hazards: -
grant select on table public.messages to authenticated;

-- step 377 | create privilege update on table public.messages to authenticated | hazards: -
grant update on table public.messages to authenticated;

-- step 378 | create privilege delete on table public.messages to service_role | hazards: -
grant delete on table public.messages to service_role;

-- step 379 | create privilege insert on table public.messages to service_role | hazards: -
grant insert on table public.messages to service_role;

-- step 380 | create privilege maintain on table public.messages to service_role | hazards: -
grant maintain on table public.messages to service_role;

-- step 381 | create privilege references on table public.messages to service_role | hazards: -
grant references on table public.messages to service_role;

-- step 382 | create privilege select on table public.messages to service_role | hazards: -
grant select on table public.messages to service_role;

-- step 383 | create privilege trigger on table public.messages to service_role | hazards: -
grant trigger on table public.messages to service_role;

-- step 384 | create privilege truncate on table public.messages to service_role | hazards: -
grant truncate on table public.messages to service_role;

-- step 385 | create privilege update on table public.messages to service_role | hazards: -
grant update on table public.messages to service_role;

-- step 386 | create privilege delete on table public.notification_preferences to authenticated | hazards: -
grant delete on table public.notification_preferences to authenticated;

-- step 387 | create privilege insert on table public.notification_preferences to authenticated | hazards: -
grant insert on table public.notification_preferences to authenticated;

-- step 388 | create privilege select on table public.notification_preferences to authenticated | hazards: -
grant select on table public.notification_preferences to authenticated;

-- step 389 | create privilege update on table public.notification_preferences to authenticated | hazards: -
grant update on table public.notification_preferences to authenticated;

-- step 390 | create privilege delete on table public.notification_preferences to service_role | hazards: -
grant delete on table public.notification_preferences to service_role;

-- step 391 | create privilege insert on table public.notification_preferences to service_role | hazards: -
grant insert on table public.notification_preferences to service_role;

-- step 392 | create privilege maintain on table public.notification_preferences to service_role | hazards: -
grant maintain on table public.notification_preferences to service_role;

-- step 393 | create privilege references on table public.notification_preferences to service_role | hazards: -
grant references on table public.notification_preferences to service_role;

-- step 394 | create privilege select on table public.notification_preferences to service_role | hazards: -
grant select on table public.notification_preferences to service_role;

-- step 395 | create privilege trigger on table public.notification_preferences to service_role | hazards: -
grant trigger on table public.notification_preferences to service_role;

-- step 396 | create privilege truncate on table public.notification_preferences to service_role | hazards: -
grant truncate on table public.notification_preferences to service_role;

-- step 397 | create privilege update on table public.notification_preferences to service_role | hazards: -
grant update on table public.notification_preferences to service_role;

-- step 398 | create privilege delete on table public.notifications to authenticated | hazards: -
grant delete on table public.notifications to authenticated;

-- step 399 | create privilege select on table public.notifications to authenticated | hazards: -
grant select on table public.notifications to authenticated;

-- step 400 | create privilege update on table public.notifications to authenticated | hazards: -
grant update on table public.notifications to authenticated;

-- step 401 | create privilege delete on table public.notifications to service_role | hazards: -
grant delete on table public.notifications to service_role;

-- step 402 | create privilege insert on table public.notifications to service_role | hazards: -
grant insert on table public.notifications to service_role;

-- step 403 | create privilege maintain on table public.notifications to service_role | hazards: -
grant maintain on table public.notifications to service_role;

-- step 404 | create privilege references on table public.notifications to service_role | hazards: -
grant references on table public.notifications to service_role;

-- step 405 | create privilege select on table public.notifications to service_role | hazards: -
grant select on table public.notifications to service_role;

-- step 406 | create privilege trigger on table public.notifications to service_role | hazards: -
grant trigger on table public.notifications to service_role;

-- step 407 | create privilege truncate on table public.notifications to service_role | hazards: -
grant truncate on table public.notifications to service_role;

-- step 408 | create privilege update on table public.notifications to service_role | hazards: -
grant update on table public.notifications to service_role;

-- step 409 | create privilege delete on table public.users to authenticated | hazards: -
grant delete on table public.users to authenticated;

-- step 410 | create privilege insert on table public.users to authenticated | hazards: -
grant insert on table public.users to authenticated;

-- step 411 | create privilege select on table public.users to authenticated | hazards: -
grant select on table public.users to authenticated;

-- step 412 | create privilege update on table public.users to authenticated | hazards: -
grant update on table public.users to authenticated;

-- step 413 | create privilege delete on table public.users to service_role | hazards: -
grant delete on table public.users to service_role;

-- step 414 | create privilege insert on table public.users to service_role | hazards: -
grant insert on table public.users to service_role;

-- step 415 | create privilege maintain on table public.users to service_role | hazards: -
grant maintain on table public.users to service_role;

-- step 416 | create privilege references on table public.users to service_role | hazards: -
grant references on table public.users to service_role;

-- step 417 | create privilege select on table public.users to service_role | hazards: -
grant select on table public.users to service_role;

-- step 418 | create privilege trigger on table public.users to service_role | hazards: -
grant trigger on table public.users to service_role;

-- step 419 | create privilege truncate on table public.users to service_role | hazards: -
grant truncate on table public.users to service_role;

-- step 420 | create privilege update on table public.users to service_role | hazards: -
grant update on table public.users to service_role;

-- step 421 | create privilege select on table public.workflow_executions to authenticated | hazards: -
grant select on table public.workflow_executions to authenticated;

-- step 422 | create privilege delete on table public.workflow_executions to service_role | hazards: -
grant delete on table public.workflow_executions to service_role;

-- step 423 | create privilege insert on table public.workflow_executions to service_role | hazards: -
grant insert on table public.workflow_executions to service_role;

-- step 424 | create privilege maintain on table public.workflow_executions to service_role | hazards: -
grant maintain on table public.workflow_executions to service_role;

-- step 425 | create privilege references on table public.workflow_executions to service_role | hazards: -
grant references on table public.workflow_executions to service_role;

-- step 426 | create privilege select on table public.workflow_executions to service_role | hazards: -
grant select on table public.workflow_executions to service_role;

-- step 427 | create privilege trigger on table public.workflow_executions to service_role | hazards: -
grant trigger on table public.workflow_executions to service_role;

-- step 428 | create privilege truncate on table public.workflow_executions to service_role | hazards: -
grant truncate on table public.workflow_executions to service_role;

-- step 429 | create privilege update on table public.workflow_executions to service_role | hazards: -
grant update on table public.workflow_executions to service_role;

-- step 430 | create privilege delete on table public.workflows to authenticated | hazards: -
grant delete on table public.workflows to authenticated;

-- step 431 | create privilege insert on table public.workflows to authenticated | hazards: -
grant insert on table public.workflows to authenticated;

-- step 432 | create privilege select on table public.workflows to authenticated | hazards: -
grant select on table public.workflows to authenticated;

-- step 433 | create privilege update on table public.workflows to authenticated | hazards: -
grant update on table public.workflows to authenticated;

-- step 434 | create privilege delete on table public.workflows to service_role | hazards: -
grant delete on table public.workflows to service_role;

-- step 435 | create privilege insert on table public.workflows to service_role | hazards: -
grant insert on table public.workflows to service_role;

-- step 436 | create privilege maintain on table public.workflows to service_role | hazards: -
grant maintain on table public.workflows to service_role;

-- step 437 | create privilege references on table public.workflows to service_role | hazards: -
grant references on table public.workflows to service_role;

-- step 438 | create privilege select on table public.workflows to service_role | hazards: -
grant select on table public.workflows to service_role;

-- step 439 | create privilege trigger on table public.workflows to service_role | hazards: -
grant trigger on table public.workflows to service_role;

-- step 440 | create privilege truncate on table public.workflows to service_role | hazards: -
grant truncate on table public.workflows to service_role;

-- step 441 | create privilege update on table public.workflows to service_role | hazards: -
grant update on table public.workflows to service_role;

-- step 442 | create policy public.agent_configs.agent_configs_delete | hazards: -
create policy "agent_configs_delete"
on "public"."agent_configs"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 443 | create policy public.agent_configs.agent_configs_insert | hazards: -
create policy "agent_configs_insert"
on "public"."agent_configs"
as permissive
for insert
to "authenticated"
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 444 | create policy public.agent_configs.agent_configs_select | hazards: -
create policy "agent_configs_select"
on "public"."agent_configs"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 445 | create policy public.agent_configs.agent_configs_update | hazards: -
create policy "agent_configs_update"
on "public"."agent_configs"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 446 | create policy public.api_keys.api_keys_delete | hazards: -
create policy "api_keys_delete"
on "public"."api_keys"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 447 | create policy public.api_keys.api_keys_insert | hazards: -
create policy "api_keys_insert"
on "public"."api_keys"
as permissive
for insert
to "authenticated"
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 448 | create policy public.api_keys.api_keys_select | hazards: -
create policy "api_keys_select"
on "public"."api_keys"
as permissive
for select
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 449 | create policy public.api_keys.api_keys_update | hazards: -
create policy "api_keys_update"
on "public"."api_keys"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 450 | create policy public.call_recordings.call_recordings_delete | hazards: -
create policy "call_recordings_delete"
on "public"."call_recordings"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 451 | create policy public.call_recordings.call_recordings_insert | hazards: -
create policy "call_recordings_insert"
on "public"."call_recordings"
as permissive
for insert
to "authenticated"
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 452 | create policy public.call_recordings.call_recordings_select | hazards: -
create policy "call_recordings_select"
on "public"."call_recordings"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 453 | create policy public.call_recordings.call_recordings_update | hazards: -
create policy "call_recordings_update"
on "public"."call_recordings"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 454 | create policy public.companies.companies_select | hazards: -
create policy "companies_select"
on "public"."companies"
as permissive
for select
to "authenticated"
using ((id = ( SELECT current_company_id() AS current_company_id)));

-- step 455 | create policy public.companies.companies_update | hazards: -
create policy "companies_update"
on "public"."companies"
as permissive
for update
to "authenticated"
using (((id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = 'owner'::text)))
with check ((id = ( SELECT current_company_id() AS current_company_id)));

-- step 456 | create policy public.contacts.contacts_delete | hazards: -
create policy "contacts_delete"
on "public"."contacts"
as permissive
for delete
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 457 | create policy public.contacts.contacts_insert | hazards: -
create policy "contacts_insert"
on "public"."contacts"
as permissive
for insert
to "authenticated"
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 458 | create policy public.contacts.contacts_select | hazards: -
create policy "contacts_select"
on "public"."contacts"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 459 | create policy public.contacts.contacts_update | hazards: -
create policy "contacts_update"
on "public"."contacts"
as permissive
for update
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 460 | create policy public.conversations.conversations_delete | hazards: -
create policy "conversations_delete"
on "public"."conversations"
as permissive
for delete
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 461 | create policy public.conversations.conversations_insert | hazards: -
create policy "conversations_insert"
on "public"."conversations"
as permissive
for insert
to "authenticated"
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 462 | create policy public.conversations.conversations_select | hazards: -
create policy "conversations_select"
on "public"."conversations"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 463 | create policy public.conversations.conversations_update | hazards: -
create policy "conversations_update"
on "public"."conversations"
as permissive
for update
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 464 | create policy public.deals.deals_delete | hazards: -
create policy "deals_delete"
on "public"."deals"
as permissive
for delete
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 465 | create policy public.deals.deals_insert | hazards: -
create policy "deals_insert"
on "public"."deals"
as permissive
for insert
to "authenticated"
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 466 | create policy public.deals.deals_select | hazards: -
create policy "deals_select"
on "public"."deals"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 467 | create policy public.deals.deals_update | hazards: -
create policy "deals_update"
on "public"."deals"
as permissive
for update
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 468 | create policy public.knowledge_bases.knowledge_bases_delete | hazards: -
create policy "knowledge_bases_delete"
on "public"."knowledge_bases"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 469 | create policy public.knowledge_bases.knowledge_bases_insert | hazards: -
create policy "knowledge_bases_insert"
on "public"."knowledge_bases"
as permissive
for insert
to "authenticated"
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 470 | create policy public.knowledge_bases.knowledge_bases_select | hazards: -
create policy "knowledge_bases_select"
on "public"."knowledge_bases"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 471 | create policy public.knowledge_bases.knowledge_bases_update | hazards: -
create policy "knowledge_bases_update"
on "public"."knowledge_bases"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 472 | create policy public.knowledge_chunks.knowledge_chunks_delete | hazards: -
create policy "knowledge_chunks_delete"
on "public"."knowledge_chunks"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 473 | create policy public.knowledge_chunks.knowledge_chunks_insert | hazards: -
create policy "knowledge_chunks_insert"
on "public"."knowledge_chunks"
as permissive
for insert
to "authenticated"
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 474 | create policy public.knowledge_chunks.knowledge_chunks_select | hazards: -
create policy "knowledge_chunks_select"
on "public"."knowledge_chunks"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 475 | create policy public.knowledge_chunks.knowledge_chunks_update | hazards: -
create policy "knowledge_chunks_update"
on "public"."knowledge_chunks"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 476 | create policy public.messages.messages_delete | hazards: -
create policy "messages_delete"
on "public"."messages"
as permissive
for delete
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 477 | create policy public.messages.messages_insert | hazards: -
create policy "messages_insert"
on "public"."messages"
as permissive
for insert
to "authenticated"
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 478 | create policy public.messages.messages_select | hazards: -
create policy "messages_select"
on "public"."messages"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 479 | create policy public.messages.messages_update | hazards: -
create policy "messages_update"
on "public"."messages"
as permissive
for update
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 480 | create policy public.notification_preferences.notification_preferences_delete | hazards: -
create policy "notification_preferences_delete"
on "public"."notification_preferences"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 481 | create policy public.notification_preferences.notification_preferences_insert | hazards: -
create policy "notification_preferences_insert"
on "public"."notification_preferences"
as permissive
for insert
to "authenticated"
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 482 | create policy public.notification_preferences.notification_preferences_select | hazards: -
create policy "notification_preferences_select"
on "public"."notification_preferences"
as permissive
for select
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 483 | create policy public.notification_preferences.notification_preferences_update | hazards: -
create policy "notification_preferences_update"
on "public"."notification_preferences"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))))
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 484 | create policy public.notifications.notifications_delete | hazards: -
create policy "notifications_delete"
on "public"."notifications"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 485 | create policy public.notifications.notifications_select | hazards: -
create policy "notifications_select"
on "public"."notifications"
as permissive
for select
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 486 | create policy public.notifications.notifications_update | hazards: -
create policy "notifications_update"
on "public"."notifications"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))))
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 487 | create policy public.users.users_delete | hazards: -
create policy "users_delete"
on "public"."users"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 488 | create policy public.users.users_insert | hazards: -
create policy "users_insert"
on "public"."users"
as permissive
for insert
to "authenticated"
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 489 | create policy public.users.users_select | hazards: -
create policy "users_select"
on "public"."users"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 490 | create policy public.users.users_update | hazards: -
create policy "users_update"
on "public"."users"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 491 | create policy public.workflow_executions.workflow_executions_select | hazards: -
create policy "workflow_executions_select"
on "public"."workflow_executions"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 492 | create policy public.workflows.workflows_delete | hazards: -
create policy "workflows_delete"
on "public"."workflows"
as permissive
for delete
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 493 | create policy public.workflows.workflows_insert | hazards: -
create policy "workflows_insert"
on "public"."workflows"
as permissive
for insert
to "authenticated"
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 494 | create policy public.workflows.workflows_select | hazards: -
create policy "workflows_select"
on "public"."workflows"
as permissive
for select
to "authenticated"
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 495 | create policy public.workflows.workflows_update | hazards: -
create policy "workflows_update"
on "public"."workflows"
as permissive
for update
to "authenticated"
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 496 | create trigger public.agent_configs.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.agent_configs FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 497 | create trigger public.api_keys.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE OF name, scopes, expires_at, revoked_at ON public.api_keys FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 498 | create trigger public.call_recordings.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.call_recordings FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 499 | create trigger public.companies.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.companies FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 500 | create trigger public.contacts.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.contacts FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 501 | create trigger public.conversations.enqueue_workflows | hazards: -
CREATE TRIGGER enqueue_workflows AFTER INSERT OR UPDATE OF status ON public.conversations FOR EACH ROW EXECUTE FUNCTION enqueue_conversation_workflows();

-- step 502 | create trigger public.conversations.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.conversations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 503 | create trigger public.deals.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.deals FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 504 | create trigger public.knowledge_bases.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.knowledge_bases FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 505 | create trigger public.knowledge_chunks.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.knowledge_chunks FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 506 | create trigger public.messages.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.messages FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 507 | create trigger public.notification_preferences.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.notification_preferences FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 508 | create trigger public.notifications.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.notifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 509 | create trigger public.users.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 510 | create trigger public.workflow_executions.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.workflow_executions FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 511 | create trigger public.workflows.set_updated_at | hazards: -
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.workflows FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 512 | create comment function public.current_company_id() | hazards: -
comment on function public.current_company_id() is 'Company of the current request, from the JWT claim company_id; used by the row level security policies.';

-- step 513 | create comment function public.current_user_role() | hazards: -
comment on function public.current_user_role() is 'Role of the current user in their company (owner, admin or member), from the JWT claim user_role.';

-- step 514 | create comment function public.enqueue_conversation_workflows() | hazards: -
comment on function public.enqueue_conversation_workflows() is 'AFTER trigger function on conversations: queues pending workflow_executions for matching enabled workflows of the same company.';

-- step 515 | create comment function public.match_knowledge_chunks(public.vector,integer,pg_catalog.uuid,double precision) | hazards: -
comment on function public.match_knowledge_chunks(public.vector,integer,pg_catalog.uuid,double precision) is 'Knowledge chunks nearest to query_embedding by cosine distance, most similar first; subject to row level security.';

-- step 516 | create comment function public.set_updated_at() | hazards: -
comment on function public.set_updated_at() is 'BEFORE UPDATE trigger function that sets updated_at to now().';

-- step 517 | create comment function public.verify_api_key(pg_catalog.text) | hazards: -
comment on function public.verify_api_key(pg_catalog.text) is 'Company, key id and scopes of a live API key given in clear; updates last_used_at. For service_role only.';

-- step 518 | create comment table public.agent_configs | hazards: -
comment on table public.agent_configs is 'AI agent configurations: prompt, model, voice and behaviour settings of each agent of a company.';

-- step 519 | create comment table public.api_keys | hazards: -
comment on table public.api_keys is 'API keys of the public API. Only a SHA-256 hash of each key is stored; see public.verify_api_key.';

-- step 520 | create comment table public.call_recordings | hazards: -
comment on table public.call_recordings is 'Recordings of voice conversations; the audio lives in the storage bucket, this row points to it.';

-- step 521 | create comment table public.companies | hazards: -
comment on table public.companies is 'Tenants: organisations using the CRM. All business data is scoped to a company.';

-- step 522 | create comment table public.contacts | hazards: -
comment on table public.contacts is 'CRM contacts: people the company talks to and sells to.';

-- step 523 | create comment table public.conversations | hazards: -
comment on table public.conversations is 'Conversations (chat sessions, calls, email threads) with their channel, status and participants.';

-- step 524 | create comment table public.deals | hazards: -
comment on table public.deals is 'Sales pipeline: opportunities with their stage, value and expected close date.';

-- step 525 | create comment table public.knowledge_bases | hazards: -
comment on table public.knowledge_bases is 'Knowledge bases: collections of documents, chunked and embedded for retrieval by the agents.';

-- step 526 | create comment table public.knowledge_chunks | hazards: -
comment on table public.knowledge_chunks is 'Chunks of knowledge base documents with their embeddings, searched by public.match_knowledge_chunks.';

-- step 527 | create comment table public.messages | hazards: -
comment on table public.messages is 'Messages of conversations, in the roles of the language model API (user, assistant, system, tool).';

-- step 528 | create comment table public.notification_preferences | hazards: -
comment on table public.notification_preferences is 'Notification settings: whether a user receives a type of notification on a channel.';

-- step 529 | create comment table public.notifications | hazards: -
comment on table public.notifications is 'Notifications addressed to a single user, shown in their inbox until read.';

-- step 530 | create comment table public.users | hazards: -
comment on table public.users is 'User accounts; each user belongs to exactly one company.';

-- step 531 | create comment table public.workflow_executions | hazards: -
comment on table public.workflow_executions is 'Workflow runs: one row per triggered workflow, queued as pending and updated by the workflow runner.';

-- step 532 | create comment table public.workflows | hazards: -
comment on table public.workflows is 'Automation workflows: a visual graph of steps run when the trigger event occurs.';

-- step 533 | create comment column public.agent_configs.avatar_url | hazards: -
comment on column public.agent_configs.avatar_url is 'URL of the agent''s avatar image.';

-- step 534 | create comment column public.agent_configs.is_active | hazards: -
comment on column public.agent_configs.is_active is 'Whether the agent accepts new conversations.';

-- step 535 | create comment column public.agent_configs.model | hazards: -
comment on column public.agent_configs.model is 'Language model identifier, e.g. gpt-4o.';

-- step 536 | create comment column public.agent_configs.settings | hazards: -
comment on column public.agent_configs.settings is 'Further agent settings (temperature, tools, knowledge bases) as a JSON object.';

-- step 537 | create comment column public.agent_configs.system_prompt | hazards: -
comment on column public.agent_configs.system_prompt is 'System prompt given to the language model.';

-- step 538 | create comment column public.agent_configs.voice | hazards: -
comment on column public.agent_configs.voice is 'Text-to-speech voice identifier for voice conversations; null for text-only agents.';

-- step 539 | create comment column public.api_keys.key_hash | hazards: -
comment on column public.api_keys.key_hash is 'Hex SHA-256 of the UTF-8 key; the key itself is shown once and never stored.';

-- step 540 | create comment column public.api_keys.key_prefix | hazards: -
comment on column public.api_keys.key_prefix is 'First characters of the key, shown in the UI to tell keys apart.';

-- step 541 | create comment column public.api_keys.last_used_at | hazards: -
comment on column public.api_keys.last_used_at is 'Time of the last successful verification.';

-- step 542 | create comment column public.api_keys.revoked_at | hazards: -
comment on column public.api_keys.revoked_at is 'When the key was revoked; a revoked key no longer verifies.';

-- step 543 | create comment column public.api_keys.scopes | hazards: -
comment on column public.api_keys.scopes is 'Permissions granted to the key, e.g. {contacts:read,conversations:write}.';

-- step 544 | create comment column public.call_recordings.duration_seconds | hazards: -
comment on column public.call_recordings.duration_seconds is 'Length of the recording in seconds.';

-- step 545 | create comment column public.call_recordings.storage_bucket | hazards: -
comment on column public.call_recordings.storage_bucket is 'Storage bucket holding the audio file (the private bucket "recordings").';

-- step 546 | create comment column public.call_recordings.storage_path | hazards: -
comment on column public.call_recordings.storage_path is 'Object path of the audio file within the bucket.';

-- step 547 | create comment column public.call_recordings.transcript | hazards: -
comment on column public.call_recordings.transcript is 'Speech-to-text transcript of the call, once available.';

-- step 548 | create comment column public.companies.settings | hazards: -
comment on column public.companies.settings is 'Company-wide settings (branding, defaults) as a JSON object.';

-- step 549 | create comment column public.companies.slug | hazards: -
comment on column public.companies.slug is 'URL-safe unique identifier of the company (lowercase words joined by hyphens).';

-- step 550 | create comment column public.contacts.metadata | hazards: -
comment on column public.contacts.metadata is 'Custom fields as a JSON object.';

-- step 551 | create comment column public.contacts.organization | hazards: -
comment on column public.contacts.organization is 'Organisation the contact works for (free text).';

-- step 552 | create comment column public.contacts.owner_user_id | hazards: -
comment on column public.contacts.owner_user_id is 'User responsible for the contact; null when unassigned or the user was removed.';

-- step 553 | create comment column public.conversations.agent_config_id | hazards: -
comment on column public.conversations.agent_config_id is 'Agent serving the conversation; null when handled by a human or the agent was deleted.';

-- step 554 | create comment column public.conversations.contact_id | hazards: -
comment on column public.conversations.contact_id is 'Contact the conversation is with, when known.';

-- step 555 | create comment column public.conversations.metadata | hazards: -
comment on column public.conversations.metadata is 'Channel-specific data (caller number, email thread id, ...) as a JSON object.';

-- step 556 | create comment column public.conversations.status | hazards: -
comment on column public.conversations.status is 'Lifecycle status; a change fires the workflow event conversation.<status>.';

-- step 557 | create comment column public.conversations.user_id | hazards: -
comment on column public.conversations.user_id is 'User who started or handles the conversation; null for agent-only conversations or removed users.';

-- step 558 | create comment column public.deals.amount | hazards: -
comment on column public.deals.amount is 'Deal value in currency units; null when not yet estimated.';

-- step 559 | create comment column public.deals.closed_at | hazards: -
comment on column public.deals.closed_at is 'When the deal was won or lost.';

-- step 560 | create comment column public.deals.currency | hazards: -
comment on column public.deals.currency is 'ISO 4217 currency code of amount.';

-- step 561 | create comment column public.deals.owner_user_id | hazards: -
comment on column public.deals.owner_user_id is 'User responsible for the deal; null when unassigned or the user was removed.';

-- step 562 | create comment column public.deals.stage | hazards: -
comment on column public.deals.stage is 'Pipeline stage.';

-- step 563 | create comment column public.knowledge_bases.embedding_model | hazards: -
comment on column public.knowledge_bases.embedding_model is 'Model that produced the embeddings of the chunks (1536 dimensions).';

-- step 564 | create comment column public.knowledge_chunks.chunk_index | hazards: -
comment on column public.knowledge_chunks.chunk_index is 'Position of the chunk within its document, from 0.';

-- step 565 | create comment column public.knowledge_chunks.embedding | hazards: -
comment on column public.knowledge_chunks.embedding is 'Embedding of content (1536 dimensions), compared by cosine distance.';

-- step 566 | create comment column public.knowledge_chunks.source | hazards: -
comment on column public.knowledge_chunks.source is 'Document the chunk comes from (file name or URL).';

-- step 567 | create comment column public.knowledge_chunks.token_count | hazards: -
comment on column public.knowledge_chunks.token_count is 'Number of tokens of content.';

-- step 568 | create comment column public.messages.metadata | hazards: -
comment on column public.messages.metadata is 'Tool calls, model name, latency and similar data as a JSON object.';

-- step 569 | create comment column public.messages.role | hazards: -
comment on column public.messages.role is 'Author: user (the contact), assistant (the agent), system or tool.';

-- step 570 | create comment column public.messages.token_count | hazards: -
comment on column public.messages.token_count is 'Number of tokens of content, for usage accounting.';

-- step 571 | create comment column public.notification_preferences.enabled | hazards: -
comment on column public.notification_preferences.enabled is 'Whether notifications of this type are delivered on this channel.';

-- step 572 | create comment column public.notification_preferences.type | hazards: -
comment on column public.notification_preferences.type is 'Notification type the preference applies to (see notifications.type), or * for all types.';

-- step 573 | create comment column public.notifications.data | hazards: -
comment on column public.notifications.data is 'Payload for the client (ids of the objects concerned, links) as a JSON object.';

-- step 574 | create comment column public.notifications.read_at | hazards: -
comment on column public.notifications.read_at is 'When the user read the notification; null while unread.';

-- step 575 | create comment column public.notifications.type | hazards: -
comment on column public.notifications.type is 'Kind of notification, dotted lowercase, e.g. conversation.escalated or deal.won.';

-- step 576 | create comment column public.users.id | hazards: -
comment on column public.users.id is 'The user''s id in the auth service (JWT claim sub).';

-- step 577 | create comment column public.users.role | hazards: -
comment on column public.users.role is 'Role within the company: owner, admin or member. Mirrored into the JWT claim user_role.';

-- step 578 | create comment column public.workflow_executions.conversation_id | hazards: -
comment on column public.workflow_executions.conversation_id is 'Conversation whose event triggered the run, if any.';

-- step 579 | create comment column public.workflow_executions.error | hazards: -
comment on column public.workflow_executions.error is 'Error message of a failed run.';

-- step 580 | create comment column public.workflow_executions.input | hazards: -
comment on column public.workflow_executions.input is 'Event payload the run started with.';

-- step 581 | create comment column public.workflow_executions.output | hazards: -
comment on column public.workflow_executions.output is 'Result of the run, once finished.';

-- step 582 | create comment column public.workflows.definition | hazards: -
comment on column public.workflows.definition is 'The workflow graph as drawn in the editor: {"nodes": [...], "edges": [...]}.';

-- step 583 | create comment column public.workflows.enabled | hazards: -
comment on column public.workflows.enabled is 'Only enabled workflows are triggered.';

-- step 584 | create comment column public.workflows.trigger_event | hazards: -
comment on column public.workflows.trigger_event is 'Event that starts the workflow, e.g. conversation.created.';
