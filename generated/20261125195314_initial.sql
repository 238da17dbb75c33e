-- schemadiff plan
-- format: 2
-- plan_id: 20261125195314_initial
-- created_at: 2026-11-25T19:53:14Z
-- tool_version: 0.1.0
-- target: local
-- server_version: 18 (shadow 18)
-- from_fingerprint: sha256:916e1a146e59e3753da7765239a61abe9c187bcf1685f44106c820bfa032bcbe
-- to_fingerprint: sha256:00ceebcef0d276845e211f317ee347b224c201b58d519e533f0b137ab0b3baff
-- source_digest: sha256:b993f49259a12f0e03e024cb4cc4e29cdcc215dc57210fadf79a036de1b2b0c3
-- statements: 584
-- checksum: sha256:8e2928336cd171caac3f62b43605cdd4dba49a97dd9ba15fae29bf3a339cfb2f
-- destructive: none
-- approved_destructive: none
-- end header

-- step 1 | create extension vector | hazards: - | sha256:c7c98962438c
create extension if not exists "vector" with schema "public" version '0.8.6';

-- step 2 | create type public.conversation_channel | hazards: - | sha256:3c753e49e59d
create type "public"."conversation_channel" as enum ('chat', 'voice', 'email', 'sms', 'whatsapp');

-- step 3 | create type public.conversation_status | hazards: - | sha256:ca3a992aa413
create type "public"."conversation_status" as enum ('open', 'escalated', 'resolved', 'closed');

-- step 4 | create type public.deal_stage | hazards: - | sha256:2d9a9847654a
create type "public"."deal_stage" as enum ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost');

-- step 5 | create type public.message_role | hazards: - | sha256:2e3e2178b0c5
create type "public"."message_role" as enum ('user', 'assistant', 'system', 'tool');

-- step 6 | create type public.notification_channel | hazards: - | sha256:1a2044d498ba
create type "public"."notification_channel" as enum ('in_app', 'email', 'sms', 'push');

-- step 7 | create type public.user_role | hazards: - | sha256:129f00e7c1c8
create type "public"."user_role" as enum ('owner', 'admin', 'member');

-- step 8 | create type public.workflow_execution_status | hazards: - | sha256:c5c5272639b8
create type "public"."workflow_execution_status" as enum ('pending', 'running', 'succeeded', 'failed', 'cancelled');

-- step 9 | create type public.workflow_trigger_event | hazards: - | sha256:a39d16c7550b
create type "public"."workflow_trigger_event" as enum ('conversation.created', 'conversation.escalated', 'conversation.resolved', 'conversation.closed', 'message.created', 'contact.created', 'deal.stage_changed');

-- step 10 | create table public.agent_configs | hazards: - | sha256:22e6f894c7ca
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

-- step 11 | alter rls public.agent_configs | hazards: - | sha256:12dc5df52e77
alter table "public"."agent_configs" enable row level security;

-- step 12 | create table public.api_keys | hazards: - | sha256:e4eb6f894710
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

-- step 13 | alter rls public.api_keys | hazards: - | sha256:d48a06a428d1
alter table "public"."api_keys" enable row level security;

-- step 14 | create table public.call_recordings | hazards: - | sha256:c918a0056e5d
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

-- step 15 | alter rls public.call_recordings | hazards: - | sha256:f0f14d3e2c37
alter table "public"."call_recordings" enable row level security;

-- step 16 | create table public.companies | hazards: - | sha256:da46f60deec2
create table "public"."companies" (
    "id" uuid not null default gen_random_uuid(),
    "name" text not null,
    "slug" text not null,
    "settings" jsonb not null default '{}'::jsonb,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 17 | alter rls public.companies | hazards: - | sha256:1e70886b17ee
alter table "public"."companies" enable row level security;

-- step 18 | create table public.contacts | hazards: - | sha256:5d99179249ea
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

-- step 19 | alter rls public.contacts | hazards: - | sha256:c7ee81c07251
alter table "public"."contacts" enable row level security;

-- step 20 | create table public.conversations | hazards: - | sha256:68fbf9b273b7
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

-- step 21 | alter rls public.conversations | hazards: - | sha256:9007a8d29baa
alter table "public"."conversations" enable row level security;

-- step 22 | create table public.deals | hazards: - | sha256:837fbd2ce80f
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

-- step 23 | alter rls public.deals | hazards: - | sha256:2eb912bcec05
alter table "public"."deals" enable row level security;

-- step 24 | create table public.knowledge_bases | hazards: - | sha256:c4df92f308a0
create table "public"."knowledge_bases" (
    "id" uuid not null default gen_random_uuid(),
    "company_id" uuid not null,
    "name" text not null,
    "description" text,
    "embedding_model" text not null default 'text-embedding-3-small'::text,
    "created_at" timestamp with time zone not null default now(),
    "updated_at" timestamp with time zone not null default now()
);

-- step 25 | alter rls public.knowledge_bases | hazards: - | sha256:a49e53c911bc
alter table "public"."knowledge_bases" enable row level security;

-- step 26 | create table public.knowledge_chunks | hazards: - | sha256:6ee1ffe88183
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

-- step 27 | alter rls public.knowledge_chunks | hazards: - | sha256:9a7f0cd2ef21
alter table "public"."knowledge_chunks" enable row level security;

-- step 28 | create table public.messages | hazards: - | sha256:13f9b8fbea48
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

-- step 29 | alter rls public.messages | hazards: - | sha256:81f571ecb2f4
alter table "public"."messages" enable row level security;

-- step 30 | create table public.notification_preferences | hazards: - | sha256:cdc0e942e4a7
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

-- step 31 | alter rls public.notification_preferences | hazards: - | sha256:5f217b12e31a
alter table "public"."notification_preferences" enable row level security;

-- step 32 | create table public.notifications | hazards: - | sha256:aa5292c52238
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

-- step 33 | alter rls public.notifications | hazards: - | sha256:0c3c6e20f53e
alter table "public"."notifications" enable row level security;

-- step 34 | create table public.users | hazards: - | sha256:be2965144747
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

-- step 35 | alter rls public.users | hazards: - | sha256:63b87a2020fa
alter table "public"."users" enable row level security;

-- step 36 | create table public.workflow_executions | hazards: - | sha256:4b2a43d92465
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

-- step 37 | alter rls public.workflow_executions | hazards: - | sha256:46e67f010d8f
alter table "public"."workflow_executions" enable row level security;

-- step 38 | create table public.workflows | hazards: - | sha256:013c6577c176
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

-- step 39 | alter rls public.workflows | hazards: - | sha256:d465b53a9063
alter table "public"."workflows" enable row level security;

-- step 40 | alter rls public.agent_configs | hazards: - | sha256:65ef2401c378
alter table public.agent_configs force row level security;

-- step 41 | alter rls public.api_keys | hazards: - | sha256:217641340f4f
alter table public.api_keys force row level security;

-- step 42 | alter rls public.call_recordings | hazards: - | sha256:4efd222e6532
alter table public.call_recordings force row level security;

-- step 43 | alter rls public.companies | hazards: - | sha256:4510e4811409
alter table public.companies force row level security;

-- step 44 | alter rls public.contacts | hazards: - | sha256:880d5e3e6788
alter table public.contacts force row level security;

-- step 45 | alter rls public.conversations | hazards: - | sha256:6cad05c90d16
alter table public.conversations force row level security;

-- step 46 | alter rls public.deals | hazards: - | sha256:a64eb4508edb
alter table public.deals force row level security;

-- step 47 | alter rls public.knowledge_bases | hazards: - | sha256:644836e06a18
alter table public.knowledge_bases force row level security;

-- step 48 | alter rls public.knowledge_chunks | hazards: - | sha256:08a6610e978b
alter table public.knowledge_chunks force row level security;

-- step 49 | alter rls public.messages | hazards: - | sha256:ff827543701c
alter table public.messages force row level security;

-- step 50 | alter rls public.notification_preferences | hazards: - | sha256:a010c02e1fa8
alter table public.notification_preferences force row level security;

-- step 51 | alter rls public.notifications | hazards: - | sha256:4f8389e11efd
alter table public.notifications force row level security;

-- step 52 | alter rls public.users | hazards: - | sha256:d76781cc995f
alter table public.users force row level security;

-- step 53 | alter rls public.workflow_executions | hazards: - | sha256:30300d46a6e8
alter table public.workflow_executions force row level security;

-- step 54 | alter rls public.workflows | hazards: - | sha256:ab53122e676a
alter table public.workflows force row level security;

-- step 55 | create index public.agent_configs_company_id_id_key | hazards: - | sha256:abbd3709ff0c
CREATE UNIQUE INDEX agent_configs_company_id_id_key ON public.agent_configs USING btree (company_id, id);

-- step 56 | create index public.agent_configs_company_id_name_key | hazards: - | sha256:9baba9d8fc59
CREATE UNIQUE INDEX agent_configs_company_id_name_key ON public.agent_configs USING btree (company_id, name);

-- step 57 | create index public.agent_configs_pkey | hazards: - | sha256:a919dadfd32a
CREATE UNIQUE INDEX agent_configs_pkey ON public.agent_configs USING btree (id);

-- step 58 | create index public.api_keys_company_id_idx | hazards: - | sha256:a0b2ddc34a6f
CREATE INDEX api_keys_company_id_idx ON public.api_keys USING btree (company_id);

-- step 59 | create index public.api_keys_created_by_idx | hazards: - | sha256:0550aeda246c
CREATE INDEX api_keys_created_by_idx ON public.api_keys USING btree (created_by);

-- step 60 | create index public.api_keys_key_hash_key | hazards: - | sha256:8223e256c3cf
CREATE UNIQUE INDEX api_keys_key_hash_key ON public.api_keys USING btree (key_hash);

-- step 61 | create index public.api_keys_pkey | hazards: - | sha256:6120ce639b88
CREATE UNIQUE INDEX api_keys_pkey ON public.api_keys USING btree (id);

-- step 62 | create index public.call_recordings_company_id_idx | hazards: - | sha256:d1ebc57e12ce
CREATE INDEX call_recordings_company_id_idx ON public.call_recordings USING btree (company_id);

-- step 63 | create index public.call_recordings_conversation_id_idx | hazards: - | sha256:64f833991d2e
CREATE INDEX call_recordings_conversation_id_idx ON public.call_recordings USING btree (conversation_id);

-- step 64 | create index public.call_recordings_pkey | hazards: - | sha256:ce07fbdb9717
CREATE UNIQUE INDEX call_recordings_pkey ON public.call_recordings USING btree (id);

-- step 65 | create index public.call_recordings_storage_bucket_storage_path_key | hazards: - | sha256:b4eb88adc927
CREATE UNIQUE INDEX call_recordings_storage_bucket_storage_path_key ON public.call_recordings USING btree (storage_bucket, storage_path);

-- step 66 | create index public.companies_pkey | hazards: - | sha256:8664e6a32983
CREATE UNIQUE INDEX companies_pkey ON public.companies USING btree (id);

-- step 67 | create index public.companies_slug_key | hazards: - | sha256:5e1567de2b91
CREATE UNIQUE INDEX companies_slug_key ON public.companies USING btree (slug);

-- step 68 | create index public.contacts_company_id_email_idx | hazards: - | sha256:d58020a15316
CREATE INDEX contacts_company_id_email_idx ON public.contacts USING btree (company_id, lower(email));

-- step 69 | create index public.contacts_company_id_id_key | hazards: - | sha256:8bdf1c8de582
CREATE UNIQUE INDEX contacts_company_id_id_key ON public.contacts USING btree (company_id, id);

-- step 70 | create index public.contacts_owner_user_id_idx | hazards: - | sha256:f745eb84f2e1
CREATE INDEX contacts_owner_user_id_idx ON public.contacts USING btree (owner_user_id);

-- step 71 | create index public.contacts_pkey | hazards: - | sha256:d7685ccb0ee5
CREATE UNIQUE INDEX contacts_pkey ON public.contacts USING btree (id);

-- step 72 | create index public.conversations_agent_config_id_idx | hazards: - | sha256:26fbacb06714
CREATE INDEX conversations_agent_config_id_idx ON public.conversations USING btree (agent_config_id);

-- step 73 | create index public.conversations_company_id_id_key | hazards: - | sha256:8c520337d554
CREATE UNIQUE INDEX conversations_company_id_id_key ON public.conversations USING btree (company_id, id);

-- step 74 | create index public.conversations_company_id_started_at_idx | hazards: - | sha256:f12faed5ad05
CREATE INDEX conversations_company_id_started_at_idx ON public.conversations USING btree (company_id, started_at DESC);

-- step 75 | create index public.conversations_contact_id_idx | hazards: - | sha256:8bd7746e4579
CREATE INDEX conversations_contact_id_idx ON public.conversations USING btree (contact_id);

-- step 76 | create index public.conversations_pkey | hazards: - | sha256:5adf8e815995
CREATE UNIQUE INDEX conversations_pkey ON public.conversations USING btree (id);

-- step 77 | create index public.conversations_user_id_idx | hazards: - | sha256:4a13e5534611
CREATE INDEX conversations_user_id_idx ON public.conversations USING btree (user_id);

-- step 78 | create index public.deals_company_id_stage_idx | hazards: - | sha256:73678e13a387
CREATE INDEX deals_company_id_stage_idx ON public.deals USING btree (company_id, stage);

-- step 79 | create index public.deals_contact_id_idx | hazards: - | sha256:d283b4595e38
CREATE INDEX deals_contact_id_idx ON public.deals USING btree (contact_id);

-- step 80 | create index public.deals_owner_user_id_idx | hazards: - | sha256:5066d5f486b0
CREATE INDEX deals_owner_user_id_idx ON public.deals USING btree (owner_user_id);

-- step 81 | create index public.deals_pkey | hazards: - | sha256:0bfbdc1d9ec5
CREATE UNIQUE INDEX deals_pkey ON public.deals USING btree (id);

-- step 82 | create index public.knowledge_bases_company_id_id_key | hazards: - | sha256:bca12b5560d7
CREATE UNIQUE INDEX knowledge_bases_company_id_id_key ON public.knowledge_bases USING btree (company_id, id);

-- step 83 | create index public.knowledge_bases_company_id_name_key | hazards: - | sha256:a6d8235aa007
CREATE UNIQUE INDEX knowledge_bases_company_id_name_key ON public.knowledge_bases USING btree (company_id, name);

-- step 84 | create index public.knowledge_bases_pkey | hazards: - | sha256:a2af93c3269e
CREATE UNIQUE INDEX knowledge_bases_pkey ON public.knowledge_bases USING btree (id);

-- step 85 | create index public.knowledge_chunks_company_id_idx | hazards: - | sha256:19569f1b2d5e
CREATE INDEX knowledge_chunks_company_id_idx ON public.knowledge_chunks USING btree (company_id);

-- step 86 | create index public.knowledge_chunks_embedding_idx | hazards: - | sha256:aac0c846b382
CREATE INDEX knowledge_chunks_embedding_idx ON public.knowledge_chunks USING hnsw (embedding vector_cosine_ops);

-- step 87 | create index public.knowledge_chunks_knowledge_base_id_chunk_index_idx | hazards: - | sha256:82c6e230e3e7
CREATE INDEX knowledge_chunks_knowledge_base_id_chunk_index_idx ON public.knowledge_chunks USING btree (knowledge_base_id, chunk_index);

-- step 88 | create index public.knowledge_chunks_pkey | hazards: - | sha256:6b10714389f7
CREATE UNIQUE INDEX knowledge_chunks_pkey ON public.knowledge_chunks USING btree (id);

-- step 89 | create index public.messages_company_id_idx | hazards: - | sha256:d61b619f6da0
CREATE INDEX messages_company_id_idx ON public.messages USING btree (company_id);

-- step 90 | create index public.messages_conversation_id_created_at_idx | hazards: - | sha256:b085494c1af0
CREATE INDEX messages_conversation_id_created_at_idx ON public.messages USING btree (conversation_id, created_at);

-- step 91 | create index public.messages_pkey | hazards: - | sha256:75c8f026be9c
CREATE UNIQUE INDEX messages_pkey ON public.messages USING btree (id);

-- step 92 | create index public.notification_preferences_company_id_idx | hazards: - | sha256:088d7b5804fd
CREATE INDEX notification_preferences_company_id_idx ON public.notification_preferences USING btree (company_id);

-- step 93 | create index public.notification_preferences_pkey | hazards: - | sha256:5ecca6a25609
CREATE UNIQUE INDEX notification_preferences_pkey ON public.notification_preferences USING btree (id);

-- step 94 | create index public.notification_preferences_user_id_channel_type_key | hazards: - | sha256:3f816d2794a5
CREATE UNIQUE INDEX notification_preferences_user_id_channel_type_key ON public.notification_preferences USING btree (user_id, channel, type);

-- step 95 | create index public.notifications_company_id_idx | hazards: - | sha256:34f88b16e66f
CREATE INDEX notifications_company_id_idx ON public.notifications USING btree (company_id);

-- step 96 | create index public.notifications_pkey | hazards: - | sha256:4830cf1ede64
CREATE UNIQUE INDEX notifications_pkey ON public.notifications USING btree (id);

-- step 97 | create index public.notifications_user_id_created_at_idx | hazards: - | sha256:f35083e917fc
CREATE INDEX notifications_user_id_created_at_idx ON public.notifications USING btree (user_id, created_at DESC);

-- step 98 | create index public.notifications_user_id_unread_idx | hazards: - | sha256:6062e6dbe778
CREATE INDEX notifications_user_id_unread_idx ON public.notifications USING btree (user_id) WHERE (read_at IS NULL);

-- step 99 | create index public.users_company_id_id_key | hazards: - | sha256:7de64a48db28
CREATE UNIQUE INDEX users_company_id_id_key ON public.users USING btree (company_id, id);

-- step 100 | create index public.users_email_key | hazards: - | sha256:2c33b60e80c1
CREATE UNIQUE INDEX users_email_key ON public.users USING btree (lower(email));

-- step 101 | create index public.users_pkey | hazards: - | sha256:d99201d7b357
CREATE UNIQUE INDEX users_pkey ON public.users USING btree (id);

-- step 102 | create index public.workflow_executions_company_id_idx | hazards: - | sha256:ab1c449f0601
CREATE INDEX workflow_executions_company_id_idx ON public.workflow_executions USING btree (company_id);

-- step 103 | create index public.workflow_executions_conversation_id_idx | hazards: - | sha256:cc1a1b45f05f
CREATE INDEX workflow_executions_conversation_id_idx ON public.workflow_executions USING btree (conversation_id);

-- step 104 | create index public.workflow_executions_pending_idx | hazards: - | sha256:5f3d5843a58d
CREATE INDEX workflow_executions_pending_idx ON public.workflow_executions USING btree (created_at) WHERE (status = 'pending'::workflow_execution_status);

-- step 105 | create index public.workflow_executions_pkey | hazards: - | sha256:fc1daa807529
CREATE UNIQUE INDEX workflow_executions_pkey ON public.workflow_executions USING btree (id);

-- step 106 | create index public.workflow_executions_workflow_id_created_at_idx | hazards: - | sha256:91e082b13f38
CREATE INDEX workflow_executions_workflow_id_created_at_idx ON public.workflow_executions USING btree (workflow_id, created_at DESC);

-- step 107 | create index public.workflows_company_id_id_key | hazards: - | sha256:ae6bb71086ac
CREATE UNIQUE INDEX workflows_company_id_id_key ON public.workflows USING btree (company_id, id);

-- step 108 | create index public.workflows_company_id_trigger_event_idx | hazards: - | sha256:344630c5e1eb
CREATE INDEX workflows_company_id_trigger_event_idx ON public.workflows USING btree (company_id, trigger_event) WHERE enabled;

-- step 109 | create index public.workflows_created_by_idx | hazards: - | sha256:6714052f1843
CREATE INDEX workflows_created_by_idx ON public.workflows USING btree (created_by);

-- step 110 | create index public.workflows_pkey | hazards: - | sha256:5f7c546a3125
CREATE UNIQUE INDEX workflows_pkey ON public.workflows USING btree (id);

-- step 111 | create constraint public.agent_configs.agent_configs_pkey | hazards: - | sha256:eb25ef0ee5e5
alter table "public"."agent_configs" add constraint "agent_configs_pkey" PRIMARY KEY using index "agent_configs_pkey";

-- step 112 | create constraint public.api_keys.api_keys_pkey | hazards: - | sha256:f141622c31fa
alter table "public"."api_keys" add constraint "api_keys_pkey" PRIMARY KEY using index "api_keys_pkey";

-- step 113 | create constraint public.call_recordings.call_recordings_pkey | hazards: - | sha256:64a311afa64a
alter table "public"."call_recordings" add constraint "call_recordings_pkey" PRIMARY KEY using index "call_recordings_pkey";

-- step 114 | create constraint public.companies.companies_pkey | hazards: - | sha256:f35a98989f5f
alter table "public"."companies" add constraint "companies_pkey" PRIMARY KEY using index "companies_pkey";

-- step 115 | create constraint public.contacts.contacts_pkey | hazards: - | sha256:fef9a0654676
alter table "public"."contacts" add constraint "contacts_pkey" PRIMARY KEY using index "contacts_pkey";

-- step 116 | create constraint public.conversations.conversations_pkey | hazards: - | sha256:317e6a1dda78
alter table "public"."conversations" add constraint "conversations_pkey" PRIMARY KEY using index "conversations_pkey";

-- step 117 | create constraint public.deals.deals_pkey | hazards: - | sha256:672923b4ff23
alter table "public"."deals" add constraint "deals_pkey" PRIMARY KEY using index "deals_pkey";

-- step 118 | create constraint public.knowledge_bases.knowledge_bases_pkey | hazards: - | sha256:1ec6341e38ae
alter table "public"."knowledge_bases" add constraint "knowledge_bases_pkey" PRIMARY KEY using index "knowledge_bases_pkey";

-- step 119 | create constraint public.knowledge_chunks.knowledge_chunks_pkey | hazards: - | sha256:984249a677e2
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_pkey" PRIMARY KEY using index "knowledge_chunks_pkey";

-- step 120 | create constraint public.messages.messages_pkey | hazards: - | sha256:cbb65fba7141
alter table "public"."messages" add constraint "messages_pkey" PRIMARY KEY using index "messages_pkey";

-- step 121 | create constraint public.notification_preferences.notification_preferences_pkey | hazards: - | sha256:5b35d6a340f4
alter table "public"."notification_preferences" add constraint "notification_preferences_pkey" PRIMARY KEY using index "notification_preferences_pkey";

-- step 122 | create constraint public.notifications.notifications_pkey | hazards: - | sha256:b5f54fd117a0
alter table "public"."notifications" add constraint "notifications_pkey" PRIMARY KEY using index "notifications_pkey";

-- step 123 | create constraint public.users.users_pkey | hazards: - | sha256:ea00c54d1348
alter table "public"."users" add constraint "users_pkey" PRIMARY KEY using index "users_pkey";

-- step 124 | create constraint public.workflow_executions.workflow_executions_pkey | hazards: - | sha256:347f909e799b
alter table "public"."workflow_executions" add constraint "workflow_executions_pkey" PRIMARY KEY using index "workflow_executions_pkey";

-- step 125 | create constraint public.workflows.workflows_pkey | hazards: - | sha256:9b9c4a4da983
alter table "public"."workflows" add constraint "workflows_pkey" PRIMARY KEY using index "workflows_pkey";

-- step 126 | create constraint public.agent_configs.agent_configs_company_id_fkey | hazards: - | sha256:1b93f1fe0343
alter table "public"."agent_configs" add constraint "agent_configs_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 127 | alter constraint public.agent_configs.agent_configs_company_id_fkey | hazards: - | sha256:d221b1daba39
alter table "public"."agent_configs" validate constraint "agent_configs_company_id_fkey";

-- step 128 | create constraint public.agent_configs.agent_configs_company_id_id_key | hazards: - | sha256:a746e7e05521
alter table "public"."agent_configs" add constraint "agent_configs_company_id_id_key" UNIQUE using index "agent_configs_company_id_id_key";

-- step 129 | create constraint public.agent_configs.agent_configs_company_id_name_key | hazards: - | sha256:20fe71d622e0
alter table "public"."agent_configs" add constraint "agent_configs_company_id_name_key" UNIQUE using index "agent_configs_company_id_name_key";

-- step 130 | create constraint public.agent_configs.agent_configs_name_check | hazards: - | sha256:66a62cc2ff4f
alter table "public"."agent_configs" add constraint "agent_configs_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 131 | alter constraint public.agent_configs.agent_configs_name_check | hazards: - | sha256:849e6f37cda3
alter table "public"."agent_configs" validate constraint "agent_configs_name_check";

-- step 132 | create constraint public.api_keys.api_keys_company_id_fkey | hazards: - | sha256:a14378140511
alter table "public"."api_keys" add constraint "api_keys_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 133 | alter constraint public.api_keys.api_keys_company_id_fkey | hazards: - | sha256:f3aba9a86d19
alter table "public"."api_keys" validate constraint "api_keys_company_id_fkey";

-- step 134 | create constraint public.api_keys.api_keys_created_by_fkey | hazards: - | sha256:7ab5a0c1466f
alter table "public"."api_keys" add constraint "api_keys_created_by_fkey" FOREIGN KEY (company_id, created_by) REFERENCES users(company_id, id) ON DELETE SET NULL (created_by) not valid;

-- step 135 | alter constraint public.api_keys.api_keys_created_by_fkey | hazards: - | sha256:fff34dd86dfa
alter table "public"."api_keys" validate constraint "api_keys_created_by_fkey";

-- step 136 | create constraint public.api_keys.api_keys_key_hash_check | hazards: - | sha256:8d988da2e879
alter table "public"."api_keys" add constraint "api_keys_key_hash_check" CHECK ((key_hash ~ '^[0-9a-f]{64}$'::text)) not valid;

-- step 137 | alter constraint public.api_keys.api_keys_key_hash_check | hazards: - | sha256:5b8f1b2caeb8
alter table "public"."api_keys" validate constraint "api_keys_key_hash_check";

-- step 138 | create constraint public.api_keys.api_keys_key_hash_key | hazards: - | sha256:9398d22f9b1f
alter table "public"."api_keys" add constraint "api_keys_key_hash_key" UNIQUE using index "api_keys_key_hash_key";

-- step 139 | create constraint public.api_keys.api_keys_name_check | hazards: - | sha256:cd05a2c7d010
alter table "public"."api_keys" add constraint "api_keys_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 140 | alter constraint public.api_keys.api_keys_name_check | hazards: - | sha256:383b58b57877
alter table "public"."api_keys" validate constraint "api_keys_name_check";

-- step 141 | create constraint public.call_recordings.call_recordings_company_id_fkey | hazards: - | sha256:4aeafec377f5
alter table "public"."call_recordings" add constraint "call_recordings_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 142 | alter constraint public.call_recordings.call_recordings_company_id_fkey | hazards: - | sha256:53229cf4a8e9
alter table "public"."call_recordings" validate constraint "call_recordings_company_id_fkey";

-- step 143 | create constraint public.call_recordings.call_recordings_conversation_id_fkey | hazards: - | sha256:9b1be638ff57
alter table "public"."call_recordings" add constraint "call_recordings_conversation_id_fkey" FOREIGN KEY (company_id, conversation_id) REFERENCES conversations(company_id, id) ON DELETE CASCADE not valid;

-- step 144 | alter constraint public.call_recordings.call_recordings_conversation_id_fkey | hazards: - | sha256:84b94d7c6789
alter table "public"."call_recordings" validate constraint "call_recordings_conversation_id_fkey";

-- step 145 | create constraint public.call_recordings.call_recordings_duration_seconds_check | hazards: - | sha256:882f8067177b
alter table "public"."call_recordings" add constraint "call_recordings_duration_seconds_check" CHECK ((duration_seconds >= 0)) not valid;

-- step 146 | alter constraint public.call_recordings.call_recordings_duration_seconds_check | hazards: - | sha256:af8bebc99a46
alter table "public"."call_recordings" validate constraint "call_recordings_duration_seconds_check";

-- step 147 | create constraint public.call_recordings.call_recordings_mime_type_check | hazards: - | sha256:fb1e224172ce
alter table "public"."call_recordings" add constraint "call_recordings_mime_type_check" CHECK ((mime_type ~~ 'audio/%'::text)) not valid;

-- step 148 | alter constraint public.call_recordings.call_recordings_mime_type_check | hazards: - | sha256:f58906a6d9f7
alter table "public"."call_recordings" validate constraint "call_recordings_mime_type_check";

-- step 149 | create constraint public.call_recordings.call_recordings_size_bytes_check | hazards: - | sha256:17b536585e83
alter table "public"."call_recordings" add constraint "call_recordings_size_bytes_check" CHECK ((size_bytes >= 0)) not valid;

-- step 150 | alter constraint public.call_recordings.call_recordings_size_bytes_check | hazards: - | sha256:7be4f5801efe
alter table "public"."call_recordings" validate constraint "call_recordings_size_bytes_check";

-- step 151 | create constraint public.call_recordings.call_recordings_storage_bucket_storage_path_key | hazards: - | sha256:2c44d1c44b43
alter table "public"."call_recordings" add constraint "call_recordings_storage_bucket_storage_path_key" UNIQUE using index "call_recordings_storage_bucket_storage_path_key";

-- step 152 | create constraint public.call_recordings.call_recordings_storage_path_check | hazards: - | sha256:23ff3a8731b4
alter table "public"."call_recordings" add constraint "call_recordings_storage_path_check" CHECK ((btrim(storage_path) <> ''::text)) not valid;

-- step 153 | alter constraint public.call_recordings.call_recordings_storage_path_check | hazards: - | sha256:2ae6b145c347
alter table "public"."call_recordings" validate constraint "call_recordings_storage_path_check";

-- step 154 | create constraint public.companies.companies_name_check | hazards: - | sha256:6326e00d6922
alter table "public"."companies" add constraint "companies_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 155 | alter constraint public.companies.companies_name_check | hazards: - | sha256:9a740de3941b
alter table "public"."companies" validate constraint "companies_name_check";

-- step 156 | create constraint public.companies.companies_slug_check | hazards: - | sha256:2cf96fe9f312
alter table "public"."companies" add constraint "companies_slug_check" CHECK ((slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'::text)) not valid;

-- step 157 | alter constraint public.companies.companies_slug_check | hazards: - | sha256:ef73ef0b28d4
alter table "public"."companies" validate constraint "companies_slug_check";

-- step 158 | create constraint public.companies.companies_slug_key | hazards: - | sha256:197b45fdb217
alter table "public"."companies" add constraint "companies_slug_key" UNIQUE using index "companies_slug_key";

-- step 159 | create constraint public.contacts.contacts_company_id_fkey | hazards: - | sha256:23ca288261a6
alter table "public"."contacts" add constraint "contacts_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 160 | alter constraint public.contacts.contacts_company_id_fkey | hazards: - | sha256:9443f7823395
alter table "public"."contacts" validate constraint "contacts_company_id_fkey";

-- step 161 | create constraint public.contacts.contacts_company_id_id_key | hazards: - | sha256:9dd7dbccb78d
alter table "public"."contacts" add constraint "contacts_company_id_id_key" UNIQUE using index "contacts_company_id_id_key";

-- step 162 | create constraint public.contacts.contacts_email_check | hazards: - | sha256:1f6b4eddfa83
alter table "public"."contacts" add constraint "contacts_email_check" CHECK ((email ~ '^[^@\s]+@[^@\s]+$'::text)) not valid;

-- step 163 | alter constraint public.contacts.contacts_email_check | hazards: - | sha256:ed80c6909bce
alter table "public"."contacts" validate constraint "contacts_email_check";

-- step 164 | create constraint public.contacts.contacts_identity_check | hazards: - | sha256:1976008e1f9e
alter table "public"."contacts" add constraint "contacts_identity_check" CHECK ((COALESCE(first_name, last_name, email, phone) IS NOT NULL)) not valid;

-- step 165 | alter constraint public.contacts.contacts_identity_check | hazards: - | sha256:205be581995e
alter table "public"."contacts" validate constraint "contacts_identity_check";

-- step 166 | create constraint public.contacts.contacts_owner_user_id_fkey | hazards: - | sha256:1bc6bb9e2b99
alter table "public"."contacts" add constraint "contacts_owner_user_id_fkey" FOREIGN KEY (company_id, owner_user_id) REFERENCES users(company_id, id) ON DELETE SET NULL (owner_user_id) not valid;

-- step 167 | alter constraint public.contacts.contacts_owner_user_id_fkey | hazards: - | sha256:067eb2e0dfca
alter table "public"."contacts" validate constraint "contacts_owner_user_id_fkey";

-- step 168 | create constraint public.conversations.conversations_agent_config_id_fkey | hazards: - | sha256:4bca09a349fe
alter table "public"."conversations" add constraint "conversations_agent_config_id_fkey" FOREIGN KEY (company_id, agent_config_id) REFERENCES agent_configs(company_id, id) ON DELETE SET NULL (agent_config_id) not valid;

-- step 169 | alter constraint public.conversations.conversations_agent_config_id_fkey | hazards: - | sha256:4abde06c4721
alter table "public"."conversations" validate constraint "conversations_agent_config_id_fkey";

-- step 170 | create constraint public.conversations.conversations_company_id_fkey | hazards: - | sha256:db5e6d07e627
alter table "public"."conversations" add constraint "conversations_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 171 | alter constraint public.conversations.conversations_company_id_fkey | hazards: - | sha256:2c09730e3f18
alter table "public"."conversations" validate constraint "conversations_company_id_fkey";

-- step 172 | create constraint public.conversations.conversations_company_id_id_key | hazards: - | sha256:a0f257e59a3e
alter table "public"."conversations" add constraint "conversations_company_id_id_key" UNIQUE using index "conversations_company_id_id_key";

-- step 173 | create constraint public.conversations.conversations_contact_id_fkey | hazards: - | sha256:91eebb9206d2
alter table "public"."conversations" add constraint "conversations_contact_id_fkey" FOREIGN KEY (company_id, contact_id) REFERENCES contacts(company_id, id) ON DELETE SET NULL (contact_id) not valid;

-- step 174 | alter constraint public.conversations.conversations_contact_id_fkey | hazards: - | sha256:12ab25fe7ae3
alter table "public"."conversations" validate constraint "conversations_contact_id_fkey";

-- step 175 | create constraint public.conversations.conversations_ended_at_check | hazards: - | sha256:6bd961a60f77
alter table "public"."conversations" add constraint "conversations_ended_at_check" CHECK ((ended_at >= started_at)) not valid;

-- step 176 | alter constraint public.conversations.conversations_ended_at_check | hazards: - | sha256:2b1a959ab52b
alter table "public"."conversations" validate constraint "conversations_ended_at_check";

-- step 177 | create constraint public.conversations.conversations_user_id_fkey | hazards: - | sha256:0b9a567d55ec
alter table "public"."conversations" add constraint "conversations_user_id_fkey" FOREIGN KEY (company_id, user_id) REFERENCES users(company_id, id) ON DELETE SET NULL (user_id) not valid;

-- step 178 | alter constraint public.conversations.conversations_user_id_fkey | hazards: - | sha256:fd1b30b4fbbe
alter table "public"."conversations" validate constraint "conversations_user_id_fkey";

-- step 179 | create constraint public.deals.deals_amount_check | hazards: - | sha256:82629b8f08df
alter table "public"."deals" add constraint "deals_amount_check" CHECK ((amount >= (0)::numeric)) not valid;

-- step 180 | alter constraint public.deals.deals_amount_check | hazards: - | sha256:34bf92111fa9
alter table "public"."deals" validate constraint "deals_amount_check";

-- step 181 | create constraint public.deals.deals_company_id_fkey | hazards: - | sha256:3b2ef9616ee1
alter table "public"."deals" add constraint "deals_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 182 | alter constraint public.deals.deals_company_id_fkey | hazards: - | sha256:76f68fe4c482
alter table "public"."deals" validate constraint "deals_company_id_fkey";

-- step 183 | create constraint public.deals.deals_contact_id_fkey | hazards: - | sha256:09f5b9d29c8d
alter table "public"."deals" add constraint "deals_contact_id_fkey" FOREIGN KEY (company_id, contact_id) REFERENCES contacts(company_id, id) ON DELETE SET NULL (contact_id) not valid;

-- step 184 | alter constraint public.deals.deals_contact_id_fkey | hazards: - | sha256:5e8ba8afb7af
alter table "public"."deals" validate constraint "deals_contact_id_fkey";

-- step 185 | create constraint public.deals.deals_currency_check | hazards: - | sha256:2de899d7b8ab
alter table "public"."deals" add constraint "deals_currency_check" CHECK ((currency ~ '^[A-Z]{3}$'::text)) not valid;

-- step 186 | alter constraint public.deals.deals_currency_check | hazards: - | sha256:42e805cdf6fd
alter table "public"."deals" validate constraint "deals_currency_check";

-- step 187 | create constraint public.deals.deals_owner_user_id_fkey | hazards: - | sha256:d78451aadbaf
alter table "public"."deals" add constraint "deals_owner_user_id_fkey" FOREIGN KEY (company_id, owner_user_id) REFERENCES users(company_id, id) ON DELETE SET NULL (owner_user_id) not valid;

-- step 188 | alter constraint public.deals.deals_owner_user_id_fkey | hazards: - | sha256:80f8ddf155d2
alter table "public"."deals" validate constraint "deals_owner_user_id_fkey";

-- step 189 | create constraint public.deals.deals_title_check | hazards: - | sha256:161372159b95
alter table "public"."deals" add constraint "deals_title_check" CHECK ((btrim(title) <> ''::text)) not valid;

-- step 190 | alter constraint public.deals.deals_title_check | hazards: - | sha256:5595fc73d2fa
alter table "public"."deals" validate constraint "deals_title_check";

-- step 191 | create constraint public.knowledge_bases.knowledge_bases_company_id_fkey | hazards: - | sha256:824d459b3a3c
alter table "public"."knowledge_bases" add constraint "knowledge_bases_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 192 | alter constraint public.knowledge_bases.knowledge_bases_company_id_fkey | hazards: - | sha256:0d78f5197e9f
alter table "public"."knowledge_bases" validate constraint "knowledge_bases_company_id_fkey";

-- step 193 | create constraint public.knowledge_bases.knowledge_bases_company_id_id_key | hazards: - | sha256:bcec4d42ece8
alter table "public"."knowledge_bases" add constraint "knowledge_bases_company_id_id_key" UNIQUE using index "knowledge_bases_company_id_id_key";

-- step 194 | create constraint public.knowledge_bases.knowledge_bases_company_id_name_key | hazards: - | sha256:613adc96555c
alter table "public"."knowledge_bases" add constraint "knowledge_bases_company_id_name_key" UNIQUE using index "knowledge_bases_company_id_name_key";

-- step 195 | create constraint public.knowledge_bases.knowledge_bases_name_check | hazards: - | sha256:9bf23832e2f6
alter table "public"."knowledge_bases" add constraint "knowledge_bases_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 196 | alter constraint public.knowledge_bases.knowledge_bases_name_check | hazards: - | sha256:d74f8503ebf2
alter table "public"."knowledge_bases" validate constraint "knowledge_bases_name_check";

-- step 197 | create constraint public.knowledge_chunks.knowledge_chunks_chunk_index_check | hazards: - | sha256:75e89c7c5f73
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_chunk_index_check" CHECK ((chunk_index >= 0)) not valid;

-- step 198 | alter constraint public.knowledge_chunks.knowledge_chunks_chunk_index_check | hazards: - | sha256:d18cd8112a8a
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_chunk_index_check";

-- step 199 | create constraint public.knowledge_chunks.knowledge_chunks_company_id_fkey | hazards: - | sha256:7c1f8accb556
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 200 | alter constraint public.knowledge_chunks.knowledge_chunks_company_id_fkey | hazards: - | sha256:d4f04ea3dd45
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_company_id_fkey";

-- step 201 | create constraint public.knowledge_chunks.knowledge_chunks_knowledge_base_id_fkey | hazards: - | sha256:dc919b189be4
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_knowledge_base_id_fkey" FOREIGN KEY (company_id, knowledge_base_id) REFERENCES knowledge_bases(company_id, id) ON DELETE CASCADE not valid;

-- step 202 | alter constraint public.knowledge_chunks.knowledge_chunks_knowledge_base_id_fkey | hazards: - | sha256:e07362170773
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_knowledge_base_id_fkey";

-- step 203 | create constraint public.knowledge_chunks.knowledge_chunks_token_count_check | hazards: - | sha256:d4f5b9347c90
alter table "public"."knowledge_chunks" add constraint "knowledge_chunks_token_count_check" CHECK ((token_count >= 0)) not valid;

-- step 204 | alter constraint public.knowledge_chunks.knowledge_chunks_token_count_check | hazards: - | sha256:8c01c6b2fb6c
alter table "public"."knowledge_chunks" validate constraint "knowledge_chunks_token_count_check";

-- step 205 | create constraint public.messages.messages_company_id_fkey | hazards: - | sha256:606833a46da5
alter table "public"."messages" add constraint "messages_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 206 | alter constraint public.messages.messages_company_id_fkey | hazards: - | sha256:43a98ee6c770
alter table "public"."messages" validate constraint "messages_company_id_fkey";

-- step 207 | create constraint public.messages.messages_conversation_id_fkey | hazards: - | sha256:b6bd8a35fd80
alter table "public"."messages" add constraint "messages_conversation_id_fkey" FOREIGN KEY (company_id, conversation_id) REFERENCES conversations(company_id, id) ON DELETE CASCADE not valid;

-- step 208 | alter constraint public.messages.messages_conversation_id_fkey | hazards: - | sha256:313ab0a78040
alter table "public"."messages" validate constraint "messages_conversation_id_fkey";

-- step 209 | create constraint public.messages.messages_token_count_check | hazards: - | sha256:208fe2cfe617
alter table "public"."messages" add constraint "messages_token_count_check" CHECK ((token_count >= 0)) not valid;

-- step 210 | alter constraint public.messages.messages_token_count_check | hazards: - | sha256:68248749ee9c
alter table "public"."messages" validate constraint "messages_token_count_check";

-- step 211 | create constraint public.notification_preferences.notification_preferences_company_id_fkey | hazards: - | sha256:fa889268c0ef
alter table "public"."notification_preferences" add constraint "notification_preferences_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 212 | alter constraint public.notification_preferences.notification_preferences_company_id_fkey | hazards: - | sha256:756d11362824
alter table "public"."notification_preferences" validate constraint "notification_preferences_company_id_fkey";

-- step 213 | create constraint public.notification_preferences.notification_preferences_type_check | hazards: - | sha256:ba55e3acfe7d
alter table "public"."notification_preferences" add constraint "notification_preferences_type_check" CHECK (((type = '*'::text) OR (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'::text))) not valid;

-- step 214 | alter constraint public.notification_preferences.notification_preferences_type_check | hazards: - | sha256:c9b07e8af71a
alter table "public"."notification_preferences" validate constraint "notification_preferences_type_check";

-- step 215 | create constraint public.notification_preferences.notification_preferences_user_id_channel_type_key | hazards: - | sha256:509d580c3c22
alter table "public"."notification_preferences" add constraint "notification_preferences_user_id_channel_type_key" UNIQUE using index "notification_preferences_user_id_channel_type_key";

-- step 216 | create constraint public.notification_preferences.notification_preferences_user_id_fkey | hazards: - | sha256:0c44e570505c
alter table "public"."notification_preferences" add constraint "notification_preferences_user_id_fkey" FOREIGN KEY (company_id, user_id) REFERENCES users(company_id, id) ON DELETE CASCADE not valid;

-- step 217 | alter constraint public.notification_preferences.notification_preferences_user_id_fkey | hazards: - | sha256:24efc4f3aa1e
alter table "public"."notification_preferences" validate constraint "notification_preferences_user_id_fkey";

-- step 218 | create constraint public.notifications.notifications_company_id_fkey | hazards: - | sha256:f3e7733d595d
alter table "public"."notifications" add constraint "notifications_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 219 | alter constraint public.notifications.notifications_company_id_fkey | hazards: - | sha256:193b3dfb41cb
alter table "public"."notifications" validate constraint "notifications_company_id_fkey";

-- step 220 | create constraint public.notifications.notifications_type_check | hazards: - | sha256:4d94167aaca1
alter table "public"."notifications" add constraint "notifications_type_check" CHECK ((type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$'::text)) not valid;

-- step 221 | alter constraint public.notifications.notifications_type_check | hazards: - | sha256:ad7aa690c523
alter table "public"."notifications" validate constraint "notifications_type_check";

-- step 222 | create constraint public.notifications.notifications_user_id_fkey | hazards: - | sha256:511a5b3ab668
alter table "public"."notifications" add constraint "notifications_user_id_fkey" FOREIGN KEY (company_id, user_id) REFERENCES users(company_id, id) ON DELETE CASCADE not valid;

-- step 223 | alter constraint public.notifications.notifications_user_id_fkey | hazards: - | sha256:2f9b6d775ab4
alter table "public"."notifications" validate constraint "notifications_user_id_fkey";

-- step 224 | create constraint public.users.users_company_id_fkey | hazards: - | sha256:34efa6a31b69
alter table "public"."users" add constraint "users_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 225 | alter constraint public.users.users_company_id_fkey | hazards: - | sha256:f75d5e08a021
alter table "public"."users" validate constraint "users_company_id_fkey";

-- step 226 | create constraint public.users.users_company_id_id_key | hazards: - | sha256:268dfd4f8a6c
alter table "public"."users" add constraint "users_company_id_id_key" UNIQUE using index "users_company_id_id_key";

-- step 227 | create constraint public.users.users_email_check | hazards: - | sha256:baf8eb3eabea
alter table "public"."users" add constraint "users_email_check" CHECK ((email ~ '^[^@\s]+@[^@\s]+$'::text)) not valid;

-- step 228 | alter constraint public.users.users_email_check | hazards: - | sha256:dadd8d2469fe
alter table "public"."users" validate constraint "users_email_check";

-- step 229 | create constraint public.workflow_executions.workflow_executions_company_id_fkey | hazards: - | sha256:07f65e0ea382
alter table "public"."workflow_executions" add constraint "workflow_executions_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 230 | alter constraint public.workflow_executions.workflow_executions_company_id_fkey | hazards: - | sha256:385b23751194
alter table "public"."workflow_executions" validate constraint "workflow_executions_company_id_fkey";

-- step 231 | create constraint public.workflow_executions.workflow_executions_conversation_id_fkey | hazards: - | sha256:76b6b3486e15
alter table "public"."workflow_executions" add constraint "workflow_executions_conversation_id_fkey" FOREIGN KEY (company_id, conversation_id) REFERENCES conversations(company_id, id) ON DELETE SET NULL (conversation_id) not valid;

-- step 232 | alter constraint public.workflow_executions.workflow_executions_conversation_id_fkey | hazards: - | sha256:5e7bd4d2240c
alter table "public"."workflow_executions" validate constraint "workflow_executions_conversation_id_fkey";

-- step 233 | create constraint public.workflow_executions.workflow_executions_finished_at_check | hazards: - | sha256:e5ee73d7793d
alter table "public"."workflow_executions" add constraint "workflow_executions_finished_at_check" CHECK (((finished_at IS NULL) OR ((started_at IS NOT NULL) AND (finished_at >= started_at)))) not valid;

-- step 234 | alter constraint public.workflow_executions.workflow_executions_finished_at_check | hazards: - | sha256:114e729d85e8
alter table "public"."workflow_executions" validate constraint "workflow_executions_finished_at_check";

-- step 235 | create constraint public.workflow_executions.workflow_executions_workflow_id_fkey | hazards: - | sha256:fb7e121192c6
alter table "public"."workflow_executions" add constraint "workflow_executions_workflow_id_fkey" FOREIGN KEY (company_id, workflow_id) REFERENCES workflows(company_id, id) ON DELETE CASCADE not valid;

-- step 236 | alter constraint public.workflow_executions.workflow_executions_workflow_id_fkey | hazards: - | sha256:958960773bed
alter table "public"."workflow_executions" validate constraint "workflow_executions_workflow_id_fkey";

-- step 237 | create constraint public.workflows.workflows_company_id_fkey | hazards: - | sha256:4599686c16b9
alter table "public"."workflows" add constraint "workflows_company_id_fkey" FOREIGN KEY (company_id) REFERENCES companies(id) ON DELETE CASCADE not valid;

-- step 238 | alter constraint public.workflows.workflows_company_id_fkey | hazards: - | sha256:7b127c8fc9df
alter table "public"."workflows" validate constraint "workflows_company_id_fkey";

-- step 239 | create constraint public.workflows.workflows_company_id_id_key | hazards: - | sha256:54feb886b52b
alter table "public"."workflows" add constraint "workflows_company_id_id_key" UNIQUE using index "workflows_company_id_id_key";

-- step 240 | create constraint public.workflows.workflows_created_by_fkey | hazards: - | sha256:ae6e69c6062b
alter table "public"."workflows" add constraint "workflows_created_by_fkey" FOREIGN KEY (company_id, created_by) REFERENCES users(company_id, id) ON DELETE SET NULL (created_by) not valid;

-- step 241 | alter constraint public.workflows.workflows_created_by_fkey | hazards: - | sha256:dbc55d0ab1d2
alter table "public"."workflows" validate constraint "workflows_created_by_fkey";

-- step 242 | create constraint public.workflows.workflows_definition_check | hazards: - | sha256:57067ff15fdd
alter table "public"."workflows" add constraint "workflows_definition_check" CHECK (((jsonb_typeof((definition -> 'nodes'::text)) = 'array'::text) AND (jsonb_typeof((definition -> 'edges'::text)) = 'array'::text))) not valid;

-- step 243 | alter constraint public.workflows.workflows_definition_check | hazards: - | sha256:ebc029a6554a
alter table "public"."workflows" validate constraint "workflows_definition_check";

-- step 244 | create constraint public.workflows.workflows_name_check | hazards: - | sha256:8db66881397e
alter table "public"."workflows" add constraint "workflows_name_check" CHECK ((btrim(name) <> ''::text)) not valid;

-- step 245 | alter constraint public.workflows.workflows_name_check | hazards: - | sha256:dedad4ce2178
alter table "public"."workflows" validate constraint "workflows_name_check";

-- step 246 | alter setting check_function_bodies | hazards: - | sha256:30e93d98a3c3
set check_function_bodies = off;

-- step 247 | create function public.current_company_id | hazards: - | sha256:4e0c6a207112
CREATE OR REPLACE FUNCTION public.current_company_id()
 RETURNS uuid
 LANGUAGE sql
 STABLE
AS $function$
    select nullif(auth.jwt() ->> 'company_id', '')::uuid
$function$;

-- step 248 | create function public.current_user_role | hazards: - | sha256:8b78dac1976c
CREATE OR REPLACE FUNCTION public.current_user_role()
 RETURNS text
 LANGUAGE sql
 STABLE
AS $function$
    select auth.jwt() ->> 'user_role'
$function$;

-- step 249 | create function public.enqueue_conversation_workflows | hazards: SECURITY | sha256:ce3593d0dd51
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

-- step 250 | create function public.match_knowledge_chunks | hazards: - | sha256:edf75c253718
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

-- step 251 | create function public.set_updated_at | hazards: - | sha256:5322a602ff6f
CREATE OR REPLACE FUNCTION public.set_updated_at()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$
begin
    new.updated_at := now();
    return new;
end
$function$;

-- step 252 | create function public.verify_api_key | hazards: SECURITY | sha256:d3a47fae81f8
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

-- step 253 | drop privilege execute on function public.current_company_id() from PUBLIC | hazards: SECURITY | sha256:df286fa8cd93
revoke execute on function public.current_company_id() from PUBLIC;

-- step 254 | drop privilege execute on function public.current_user_role() from PUBLIC | hazards: SECURITY | sha256:591782a4d34f
revoke execute on function public.current_user_role() from PUBLIC;

-- step 255 | drop privilege execute on function public.enqueue_conversation_workflows() from PUBLIC | hazards: SECURITY | sha256:08f72f6fb312
revoke execute on function public.enqueue_conversation_workflows() from PUBLIC;

-- step 256 | drop privilege execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) from PUBLIC | hazards: SECURITY | sha256:b69a8db61984
revoke execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) from PUBLIC;

-- step 257 | drop privilege execute on function public.set_updated_at() from PUBLIC | hazards: SECURITY | sha256:57089b636a46
revoke execute on function public.set_updated_at() from PUBLIC;

-- step 258 | drop privilege execute on function public.verify_api_key(raw_key text) from PUBLIC | hazards: SECURITY | sha256:65b1e5a27d6d
revoke execute on function public.verify_api_key(raw_key text) from PUBLIC;

-- step 259 | create privilege execute on function public.current_company_id() to authenticated | hazards: SECURITY | sha256:087b1b8008b0
grant execute on function public.current_company_id() to authenticated;

-- step 260 | create privilege execute on function public.current_company_id() to service_role | hazards: SECURITY | sha256:01792a51249e
grant execute on function public.current_company_id() to service_role;

-- step 261 | create privilege execute on function public.current_user_role() to authenticated | hazards: SECURITY | sha256:d5a74081bf72
grant execute on function public.current_user_role() to authenticated;

-- step 262 | create privilege execute on function public.current_user_role() to service_role | hazards: SECURITY | sha256:8f4d76842708
grant execute on function public.current_user_role() to service_role;

-- step 263 | create privilege execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to authenticated | hazards: SECURITY | sha256:057000252f1d
grant execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to authenticated;

-- step 264 | create privilege execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to service_role | hazards: SECURITY | sha256:e922cd982242
grant execute on function public.match_knowledge_chunks(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision) to service_role;

-- step 265 | create privilege execute on function public.verify_api_key(raw_key text) to service_role | hazards: SECURITY | sha256:8d45888910cc
grant execute on function public.verify_api_key(raw_key text) to service_role;

-- step 266 | create privilege usage on schema public to authenticated | hazards: SECURITY | sha256:2fbec68a7cfd
grant usage on schema public to authenticated;

-- step 267 | create privilege usage on schema public to service_role | hazards: SECURITY | sha256:5981a23a3e3e
grant usage on schema public to service_role;

-- step 268 | create privilege delete on table public.agent_configs to authenticated | hazards: - | sha256:ecb4b6d0b931
grant delete on table public.agent_configs to authenticated;

-- step 269 | create privilege insert on table public.agent_configs to authenticated | hazards: - | sha256:0093e7e80cd4
grant insert on table public.agent_configs to authenticated;

-- step 270 | create privilege select on table public.agent_configs to authenticated | hazards: - | sha256:bf2b45696ca7
grant select on table public.agent_configs to authenticated;

-- step 271 | create privilege update on table public.agent_configs to authenticated | hazards: - | sha256:ec6d4da9cf80
grant update on table public.agent_configs to authenticated;

-- step 272 | create privilege delete on table public.agent_configs to service_role | hazards: - | sha256:41e56f8e4672
grant delete on table public.agent_configs to service_role;

-- step 273 | create privilege insert on table public.agent_configs to service_role | hazards: - | sha256:73f88972dcf5
grant insert on table public.agent_configs to service_role;

-- step 274 | create privilege maintain on table public.agent_configs to service_role | hazards: - | sha256:bacc17b4d7e2
grant maintain on table public.agent_configs to service_role;

-- step 275 | create privilege references on table public.agent_configs to service_role | hazards: - | sha256:4310bcda5a47
grant references on table public.agent_configs to service_role;

-- step 276 | create privilege select on table public.agent_configs to service_role | hazards: - | sha256:eca1d506feb7
grant select on table public.agent_configs to service_role;

-- step 277 | create privilege trigger on table public.agent_configs to service_role | hazards: - | sha256:723bd5a0b27d
grant trigger on table public.agent_configs to service_role;

-- step 278 | create privilege truncate on table public.agent_configs to service_role | hazards: - | sha256:53c4c86ea099
grant truncate on table public.agent_configs to service_role;

-- step 279 | create privilege update on table public.agent_configs to service_role | hazards: - | sha256:ebb4752c2867
grant update on table public.agent_configs to service_role;

-- step 280 | create privilege delete on table public.api_keys to authenticated | hazards: - | sha256:88cd2a05393f
grant delete on table public.api_keys to authenticated;

-- step 281 | create privilege insert on table public.api_keys to authenticated | hazards: - | sha256:7103dc9970ef
grant insert on table public.api_keys to authenticated;

-- step 282 | create privilege select on table public.api_keys to authenticated | hazards: - | sha256:e5de2c0a7c66
grant select on table public.api_keys to authenticated;

-- step 283 | create privilege update on table public.api_keys to authenticated | hazards: - | sha256:74a32646b4a2
grant update on table public.api_keys to authenticated;

-- step 284 | create privilege delete on table public.api_keys to service_role | hazards: - | sha256:1c7b857e0dbc
grant delete on table public.api_keys to service_role;

-- step 285 | create privilege insert on table public.api_keys to service_role | hazards: - | sha256:b96b50a1f3f0
grant insert on table public.api_keys to service_role;

-- step 286 | create privilege maintain on table public.api_keys to service_role | hazards: - | sha256:679ffba45fab
grant maintain on table public.api_keys to service_role;

-- step 287 | create privilege references on table public.api_keys to service_role | hazards: - | sha256:e4919e8aad4c
grant references on table public.api_keys to service_role;

-- step 288 | create privilege select on table public.api_keys to service_role | hazards: - | sha256:e091d1a6d160
grant select on table public.api_keys to service_role;

-- step 289 | create privilege trigger on table public.api_keys to service_role | hazards: - | sha256:f87375719f51
grant trigger on table public.api_keys to service_role;

-- step 290 | create privilege truncate on table public.api_keys to service_role | hazards: - | sha256:19484d3e412a
grant truncate on table public.api_keys to service_role;

-- step 291 | create privilege update on table public.api_keys to service_role | hazards: - | sha256:47f37ec5997d
grant update on table public.api_keys to service_role;

-- step 292 | create privilege delete on table public.call_recordings to authenticated | hazards: - | sha256:6f36382965db
grant delete on table public.call_recordings to authenticated;

-- step 293 | create privilege insert on table public.call_recordings to authenticated | hazards: - | sha256:83f1fe4a3a1c
grant insert on table public.call_recordings to authenticated;

-- step 294 | create privilege select on table public.call_recordings to authenticated | hazards: - | sha256:22bdc5d723d8
grant select on table public.call_recordings to authenticated;

-- step 295 | create privilege update on table public.call_recordings to authenticated | hazards: - | sha256:7b39f08d7a00
grant update on table public.call_recordings to authenticated;

-- step 296 | create privilege delete on table public.call_recordings to service_role | hazards: - | sha256:3b56f5907a1a
grant delete on table public.call_recordings to service_role;

-- step 297 | create privilege insert on table public.call_recordings to service_role | hazards: - | sha256:a9a6373cb79a
grant insert on table public.call_recordings to service_role;

-- step 298 | create privilege maintain on table public.call_recordings to service_role | hazards: - | sha256:cbd2e83b2869
grant maintain on table public.call_recordings to service_role;

-- step 299 | create privilege references on table public.call_recordings to service_role | hazards: - | sha256:5b546b758ad3
grant references on table public.call_recordings to service_role;

-- step 300 | create privilege select on table public.call_recordings to service_role | hazards: - | sha256:5d2ab804c7e5
grant select on table public.call_recordings to service_role;

-- step 301 | create privilege trigger on table public.call_recordings to service_role | hazards: - | sha256:4b29b436370b
grant trigger on table public.call_recordings to service_role;

-- step 302 | create privilege truncate on table public.call_recordings to service_role | hazards: - | sha256:d3e3d65ebb2d
grant truncate on table public.call_recordings to service_role;

-- step 303 | create privilege update on table public.call_recordings to service_role | hazards: - | sha256:fa2471231d4b
grant update on table public.call_recordings to service_role;

-- step 304 | create privilege select on table public.companies to authenticated | hazards: - | sha256:6e6236fd789c
grant select on table public.companies to authenticated;

-- step 305 | create privilege update on table public.companies to authenticated | hazards: - | sha256:4b46c31f36f1
grant update on table public.companies to authenticated;

-- step 306 | create privilege delete on table public.companies to service_role | hazards: - | sha256:4969ac120b04
grant delete on table public.companies to service_role;

-- step 307 | create privilege insert on table public.companies to service_role | hazards: - | sha256:f719ba1993c3
grant insert on table public.companies to service_role;

-- step 308 | create privilege maintain on table public.companies to service_role | hazards: - | sha256:063ea5490c95
grant maintain on table public.companies to service_role;

-- step 309 | create privilege references on table public.companies to service_role | hazards: - | sha256:c0cf0b8d2165
grant references on table public.companies to service_role;

-- step 310 | create privilege select on table public.companies to service_role | hazards: - | sha256:2f6787603d1e
grant select on table public.companies to service_role;

-- step 311 | create privilege trigger on table public.companies to service_role | hazards: - | sha256:3337a07fb59a
grant trigger on table public.companies to service_role;

-- step 312 | create privilege truncate on table public.companies to service_role | hazards: - | sha256:282b90ff9952
grant truncate on table public.companies to service_role;

-- step 313 | create privilege update on table public.companies to service_role | hazards: - | sha256:9be1d7f0a1a3
grant update on table public.companies to service_role;

-- step 314 | create privilege delete on table public.contacts to authenticated | hazards: - | sha256:658b7a71b411
grant delete on table public.contacts to authenticated;

-- step 315 | create privilege insert on table public.contacts to authenticated | hazards: - | sha256:bf6cca3df8ee
grant insert on table public.contacts to authenticated;

-- step 316 | create privilege select on table public.contacts to authenticated | hazards: - | sha256:03a8462a4eee
grant select on table public.contacts to authenticated;

-- step 317 | create privilege update on table public.contacts to authenticated | hazards: - | sha256:e32771e16e69
grant update on table public.contacts to authenticated;

-- step 318 | create privilege delete on table public.contacts to service_role | hazards: - | sha256:5094846ef3b5
grant delete on table public.contacts to service_role;

-- step 319 | create privilege insert on table public.contacts to service_role | hazards: - | sha256:b5e1f86ccd81
grant insert on table public.contacts to service_role;

-- step 320 | create privilege maintain on table public.contacts to service_role | hazards: - | sha256:3025af40cb3e
grant maintain on table public.contacts to service_role;

-- step 321 | create privilege references on table public.contacts to service_role | hazards: - | sha256:f4fabc4d9dbf
grant references on table public.contacts to service_role;

-- step 322 | create privilege select on table public.contacts to service_role | hazards: - | sha256:f40deccfeba4
grant select on table public.contacts to service_role;

-- step 323 | create privilege trigger on table public.contacts to service_role | hazards: - | sha256:04871188e8d2
grant trigger on table public.contacts to service_role;

-- step 324 | create privilege truncate on table public.contacts to service_role | hazards: - | sha256:54b4469616bb
grant truncate on table public.contacts to service_role;

-- step 325 | create privilege update on table public.contacts to service_role | hazards: - | sha256:da04fc5e4e2a
grant update on table public.contacts to service_role;

-- step 326 | create privilege delete on table public.conversations to authenticated | hazards: - | sha256:5631b21652f8
grant delete on table public.conversations to authenticated;

-- step 327 | create privilege insert on table public.conversations to authenticated | hazards: - | sha256:ec51b3058d7c
grant insert on table public.conversations to authenticated;

-- step 328 | create privilege select on table public.conversations to authenticated | hazards: - | sha256:cfccaeca242d
grant select on table public.conversations to authenticated;

-- step 329 | create privilege update on table public.conversations to authenticated | hazards: - | sha256:7340abd747fb
grant update on table public.conversations to authenticated;

-- step 330 | create privilege delete on table public.conversations to service_role | hazards: - | sha256:fc9856efe602
grant delete on table public.conversations to service_role;

-- step 331 | create privilege insert on table public.conversations to service_role | hazards: - | sha256:6a56a658f317
grant insert on table public.conversations to service_role;

-- step 332 | create privilege maintain on table public.conversations to service_role | hazards: - | sha256:9d47884871cd
grant maintain on table public.conversations to service_role;

-- step 333 | create privilege references on table public.conversations to service_role | hazards: - | sha256:691331b4eeea
grant references on table public.conversations to service_role;

-- step 334 | create privilege select on table public.conversations to service_role | hazards: - | sha256:4cbc0f778e0d
grant select on table public.conversations to service_role;

-- step 335 | create privilege trigger on table public.conversations to service_role | hazards: - | sha256:17e1433e7bef
grant trigger on table public.conversations to service_role;

-- step 336 | create privilege truncate on table public.conversations to service_role | hazards: - | sha256:cd15f688cde9
grant truncate on table public.conversations to service_role;

-- step 337 | create privilege update on table public.conversations to service_role | hazards: - | sha256:f13366461b61
grant update on table public.conversations to service_role;

-- step 338 | create privilege delete on table public.deals to authenticated | hazards: - | sha256:34fce7c31586
grant delete on table public.deals to authenticated;

-- step 339 | create privilege insert on table public.deals to authenticated | hazards: - | sha256:e0144c5c739a
grant insert on table public.deals to authenticated;

-- step 340 | create privilege select on table public.deals to authenticated | hazards: - | sha256:b300bb956ec7
grant select on table public.deals to authenticated;

-- step 341 | create privilege update on table public.deals to authenticated | hazards: - | sha256:b8bbf2c27d28
grant update on table public.deals to authenticated;

-- step 342 | create privilege delete on table public.deals to service_role | hazards: - | sha256:f4002447a43d
grant delete on table public.deals to service_role;

-- step 343 | create privilege insert on table public.deals to service_role | hazards: - | sha256:2bd4f9f48ad3
grant insert on table public.deals to service_role;

-- step 344 | create privilege maintain on table public.deals to service_role | hazards: - | sha256:e275e5b82a56
grant maintain on table public.deals to service_role;

-- step 345 | create privilege references on table public.deals to service_role | hazards: - | sha256:36c912f4cb29
grant references on table public.deals to service_role;

-- step 346 | create privilege select on table public.deals to service_role | hazards: - | sha256:d0e3b9ab2afe
grant select on table public.deals to service_role;

-- step 347 | create privilege trigger on table public.deals to service_role | hazards: - | sha256:548bdb8607c6
grant trigger on table public.deals to service_role;

-- step 348 | create privilege truncate on table public.deals to service_role | hazards: - | sha256:aa3bf062f812
grant truncate on table public.deals to service_role;

-- step 349 | create privilege update on table public.deals to service_role | hazards: - | sha256:4c073c25b2ab
grant update on table public.deals to service_role;

-- step 350 | create privilege delete on table public.knowledge_bases to authenticated | hazards: - | sha256:61a68f25b8ff
grant delete on table public.knowledge_bases to authenticated;

-- step 351 | create privilege insert on table public.knowledge_bases to authenticated | hazards: - | sha256:0735a3299ea4
grant insert on table public.knowledge_bases to authenticated;

-- step 352 | create privilege select on table public.knowledge_bases to authenticated | hazards: - | sha256:7586f8c0ba3a
grant select on table public.knowledge_bases to authenticated;

-- step 353 | create privilege update on table public.knowledge_bases to authenticated | hazards: - | sha256:94417b4abd06
grant update on table public.knowledge_bases to authenticated;

-- step 354 | create privilege delete on table public.knowledge_bases to service_role | hazards: - | sha256:0d33dc0d466c
grant delete on table public.knowledge_bases to service_role;

-- step 355 | create privilege insert on table public.knowledge_bases to service_role | hazards: - | sha256:22dc73af5841
grant insert on table public.knowledge_bases to service_role;

-- step 356 | create privilege maintain on table public.knowledge_bases to service_role | hazards: - | sha256:e61e6d5763ea
grant maintain on table public.knowledge_bases to service_role;

-- step 357 | create privilege references on table public.knowledge_bases to service_role | hazards: - | sha256:d4462960dfe5
grant references on table public.knowledge_bases to service_role;

-- step 358 | create privilege select on table public.knowledge_bases to service_role | hazards: - | sha256:9ea24fea7fec
grant select on table public.knowledge_bases to service_role;

-- step 359 | create privilege trigger on table public.knowledge_bases to service_role | hazards: - | sha256:250274cc705e
grant trigger on table public.knowledge_bases to service_role;

-- step 360 | create privilege truncate on table public.knowledge_bases to service_role | hazards: - | sha256:86207ba9f578
grant truncate on table public.knowledge_bases to service_role;

-- step 361 | create privilege update on table public.knowledge_bases to service_role | hazards: - | sha256:6d79d63f2810
grant update on table public.knowledge_bases to service_role;

-- step 362 | create privilege delete on table public.knowledge_chunks to authenticated | hazards: - | sha256:3b9e52cf4168
grant delete on table public.knowledge_chunks to authenticated;

-- step 363 | create privilege insert on table public.knowledge_chunks to authenticated | hazards: - | sha256:f45267c306be
grant insert on table public.knowledge_chunks to authenticated;

-- step 364 | create privilege select on table public.knowledge_chunks to authenticated | hazards: - | sha256:7543730964d0
grant select on table public.knowledge_chunks to authenticated;

-- step 365 | create privilege update on table public.knowledge_chunks to authenticated | hazards: - | sha256:9aa8dd2d04a5
grant update on table public.knowledge_chunks to authenticated;

-- step 366 | create privilege delete on table public.knowledge_chunks to service_role | hazards: - | sha256:31039ecc75df
grant delete on table public.knowledge_chunks to service_role;

-- step 367 | create privilege insert on table public.knowledge_chunks to service_role | hazards: - | sha256:b7c2271f40ec
grant insert on table public.knowledge_chunks to service_role;

-- step 368 | create privilege maintain on table public.knowledge_chunks to service_role | hazards: - | sha256:ec309ec11483
grant maintain on table public.knowledge_chunks to service_role;

-- step 369 | create privilege references on table public.knowledge_chunks to service_role | hazards: - | sha256:d0350749cb6d
grant references on table public.knowledge_chunks to service_role;

-- step 370 | create privilege select on table public.knowledge_chunks to service_role | hazards: - | sha256:942b635ed3cb
grant select on table public.knowledge_chunks to service_role;

-- step 371 | create privilege trigger on table public.knowledge_chunks to service_role | hazards: - | sha256:d10c6da0a725
grant trigger on table public.knowledge_chunks to service_role;

-- step 372 | create privilege truncate on table public.knowledge_chunks to service_role | hazards: - | sha256:f54ba1955443
grant truncate on table public.knowledge_chunks to service_role;

-- step 373 | create privilege update on table public.knowledge_chunks to service_role | hazards: - | sha256:93178287149b
grant update on table public.knowledge_chunks to service_role;

-- step 374 | create privilege delete on table public.messages to authenticated | hazards: - | sha256:5f02b36634e2
grant delete on table public.messages to authenticated;

-- step 375 | create privilege insert on table public.messages to authenticated | hazards: - | sha256:14a4163555e7
grant insert on table public.messages to authenticated;

-- step 376 | create privilege select on table public.messages to authenticated | hazards: - | sha256:84cfdc106bd8
grant select on table public.messages to authenticated;

-- step 377 | create privilege update on table public.messages to authenticated | hazards: - | sha256:163350c7d637
grant update on table public.messages to authenticated;

-- step 378 | create privilege delete on table public.messages to service_role | hazards: - | sha256:b9318e71d816
grant delete on table public.messages to service_role;

-- step 379 | create privilege insert on table public.messages to service_role | hazards: - | sha256:137c8f84df69
grant insert on table public.messages to service_role;

-- step 380 | create privilege maintain on table public.messages to service_role | hazards: - | sha256:ac93c8003112
grant maintain on table public.messages to service_role;

-- step 381 | create privilege references on table public.messages to service_role | hazards: - | sha256:9e0e8d8fe4f3
grant references on table public.messages to service_role;

-- step 382 | create privilege select on table public.messages to service_role | hazards: - | sha256:a805edecb61e
grant select on table public.messages to service_role;

-- step 383 | create privilege trigger on table public.messages to service_role | hazards: - | sha256:b3c31ecfa2f3
grant trigger on table public.messages to service_role;

-- step 384 | create privilege truncate on table public.messages to service_role | hazards: - | sha256:a0bc12077349
grant truncate on table public.messages to service_role;

-- step 385 | create privilege update on table public.messages to service_role | hazards: - | sha256:316a5d3c2f94
grant update on table public.messages to service_role;

-- step 386 | create privilege delete on table public.notification_preferences to authenticated | hazards: - | sha256:2f957b8fc59f
grant delete on table public.notification_preferences to authenticated;

-- step 387 | create privilege insert on table public.notification_preferences to authenticated | hazards: - | sha256:90734cc509dd
grant insert on table public.notification_preferences to authenticated;

-- step 388 | create privilege select on table public.notification_preferences to authenticated | hazards: - | sha256:88a49417aa3e
grant select on table public.notification_preferences to authenticated;

-- step 389 | create privilege update on table public.notification_preferences to authenticated | hazards: - | sha256:adb698449cc7
grant update on table public.notification_preferences to authenticated;

-- step 390 | create privilege delete on table public.notification_preferences to service_role | hazards: - | sha256:9d4351efc44f
grant delete on table public.notification_preferences to service_role;

-- step 391 | create privilege insert on table public.notification_preferences to service_role | hazards: - | sha256:1489c1acb13c
grant insert on table public.notification_preferences to service_role;

-- step 392 | create privilege maintain on table public.notification_preferences to service_role | hazards: - | sha256:e222068644f2
grant maintain on table public.notification_preferences to service_role;

-- step 393 | create privilege references on table public.notification_preferences to service_role | hazards: - | sha256:1e97fab0cf66
grant references on table public.notification_preferences to service_role;

-- step 394 | create privilege select on table public.notification_preferences to service_role | hazards: - | sha256:6f17969ee8c9
grant select on table public.notification_preferences to service_role;

-- step 395 | create privilege trigger on table public.notification_preferences to service_role | hazards: - | sha256:51a411ded61a
grant trigger on table public.notification_preferences to service_role;

-- step 396 | create privilege truncate on table public.notification_preferences to service_role | hazards: - | sha256:39dbdd0f44b3
grant truncate on table public.notification_preferences to service_role;

-- step 397 | create privilege update on table public.notification_preferences to service_role | hazards: - | sha256:dc6d4cb1191f
grant update on table public.notification_preferences to service_role;

-- step 398 | create privilege delete on table public.notifications to authenticated | hazards: - | sha256:6edc45ac3a5d
grant delete on table public.notifications to authenticated;

-- step 399 | create privilege select on table public.notifications to authenticated | hazards: - | sha256:5cff557c1749
grant select on table public.notifications to authenticated;

-- step 400 | create privilege update on table public.notifications to authenticated | hazards: - | sha256:cb85036a6b95
grant update on table public.notifications to authenticated;

-- step 401 | create privilege delete on table public.notifications to service_role | hazards: - | sha256:bd653982179b
grant delete on table public.notifications to service_role;

-- step 402 | create privilege insert on table public.notifications to service_role | hazards: - | sha256:36b8df0e8329
grant insert on table public.notifications to service_role;

-- step 403 | create privilege maintain on table public.notifications to service_role | hazards: - | sha256:d3d764f02a0c
grant maintain on table public.notifications to service_role;

-- step 404 | create privilege references on table public.notifications to service_role | hazards: - | sha256:2510d72bd9b7
grant references on table public.notifications to service_role;

-- step 405 | create privilege select on table public.notifications to service_role | hazards: - | sha256:2b888f242152
grant select on table public.notifications to service_role;

-- step 406 | create privilege trigger on table public.notifications to service_role | hazards: - | sha256:006f3e062571
grant trigger on table public.notifications to service_role;

-- step 407 | create privilege truncate on table public.notifications to service_role | hazards: - | sha256:4a25b9cb0332
grant truncate on table public.notifications to service_role;

-- step 408 | create privilege update on table public.notifications to service_role | hazards: - | sha256:c12d285935bd
grant update on table public.notifications to service_role;

-- step 409 | create privilege delete on table public.users to authenticated | hazards: - | sha256:ee5650723022
grant delete on table public.users to authenticated;

-- step 410 | create privilege insert on table public.users to authenticated | hazards: - | sha256:fe50fa3747f2
grant insert on table public.users to authenticated;

-- step 411 | create privilege select on table public.users to authenticated | hazards: - | sha256:13b21c56e59b
grant select on table public.users to authenticated;

-- step 412 | create privilege update on table public.users to authenticated | hazards: - | sha256:8815d2b75b10
grant update on table public.users to authenticated;

-- step 413 | create privilege delete on table public.users to service_role | hazards: - | sha256:0583affa357e
grant delete on table public.users to service_role;

-- step 414 | create privilege insert on table public.users to service_role | hazards: - | sha256:974a770a7772
grant insert on table public.users to service_role;

-- step 415 | create privilege maintain on table public.users to service_role | hazards: - | sha256:ecb6c7a4340c
grant maintain on table public.users to service_role;

-- step 416 | create privilege references on table public.users to service_role | hazards: - | sha256:efed0814f1f2
grant references on table public.users to service_role;

-- step 417 | create privilege select on table public.users to service_role | hazards: - | sha256:8bce56269cac
grant select on table public.users to service_role;

-- step 418 | create privilege trigger on table public.users to service_role | hazards: - | sha256:e7e65b051c2a
grant trigger on table public.users to service_role;

-- step 419 | create privilege truncate on table public.users to service_role | hazards: - | sha256:cc1a9b09169c
grant truncate on table public.users to service_role;

-- step 420 | create privilege update on table public.users to service_role | hazards: - | sha256:127df7ea3482
grant update on table public.users to service_role;

-- step 421 | create privilege select on table public.workflow_executions to authenticated | hazards: - | sha256:09e815e241c1
grant select on table public.workflow_executions to authenticated;

-- step 422 | create privilege delete on table public.workflow_executions to service_role | hazards: - | sha256:db54b9eccaf6
grant delete on table public.workflow_executions to service_role;

-- step 423 | create privilege insert on table public.workflow_executions to service_role | hazards: - | sha256:2a27ff9fc6a5
grant insert on table public.workflow_executions to service_role;

-- step 424 | create privilege maintain on table public.workflow_executions to service_role | hazards: - | sha256:6bef84132b3a
grant maintain on table public.workflow_executions to service_role;

-- step 425 | create privilege references on table public.workflow_executions to service_role | hazards: - | sha256:55fb663be602
grant references on table public.workflow_executions to service_role;

-- step 426 | create privilege select on table public.workflow_executions to service_role | hazards: - | sha256:cde3b1ae8b9d
grant select on table public.workflow_executions to service_role;

-- step 427 | create privilege trigger on table public.workflow_executions to service_role | hazards: - | sha256:a938778507a2
grant trigger on table public.workflow_executions to service_role;

-- step 428 | create privilege truncate on table public.workflow_executions to service_role | hazards: - | sha256:29c8c4c9aa63
grant truncate on table public.workflow_executions to service_role;

-- step 429 | create privilege update on table public.workflow_executions to service_role | hazards: - | sha256:8415cb746103
grant update on table public.workflow_executions to service_role;

-- step 430 | create privilege delete on table public.workflows to authenticated | hazards: - | sha256:47a5cd338e71
grant delete on table public.workflows to authenticated;

-- step 431 | create privilege insert on table public.workflows to authenticated | hazards: - | sha256:e3ad723e5441
grant insert on table public.workflows to authenticated;

-- step 432 | create privilege select on table public.workflows to authenticated | hazards: - | sha256:af573e23c0b2
grant select on table public.workflows to authenticated;

-- step 433 | create privilege update on table public.workflows to authenticated | hazards: - | sha256:ce6f570f064a
grant update on table public.workflows to authenticated;

-- step 434 | create privilege delete on table public.workflows to service_role | hazards: - | sha256:76e2c5d448e5
grant delete on table public.workflows to service_role;

-- step 435 | create privilege insert on table public.workflows to service_role | hazards: - | sha256:d43450b1d5ad
grant insert on table public.workflows to service_role;

-- step 436 | create privilege maintain on table public.workflows to service_role | hazards: - | sha256:04e65b4e206d
grant maintain on table public.workflows to service_role;

-- step 437 | create privilege references on table public.workflows to service_role | hazards: - | sha256:c6db8bc0a375
grant references on table public.workflows to service_role;

-- step 438 | create privilege select on table public.workflows to service_role | hazards: - | sha256:311a5e5bd0c0
grant select on table public.workflows to service_role;

-- step 439 | create privilege trigger on table public.workflows to service_role | hazards: - | sha256:3cf90ce6a39e
grant trigger on table public.workflows to service_role;

-- step 440 | create privilege truncate on table public.workflows to service_role | hazards: - | sha256:b9331e56f2ce
grant truncate on table public.workflows to service_role;

-- step 441 | create privilege update on table public.workflows to service_role | hazards: - | sha256:65fffb0d528c
grant update on table public.workflows to service_role;

-- step 442 | create policy public.agent_configs.agent_configs_delete | hazards: - | sha256:1dee8cdc3a50
create policy "agent_configs_delete"
on "public"."agent_configs"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 443 | create policy public.agent_configs.agent_configs_insert | hazards: - | sha256:53202955b097
create policy "agent_configs_insert"
on "public"."agent_configs"
as permissive
for insert
to authenticated
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 444 | create policy public.agent_configs.agent_configs_select | hazards: - | sha256:84f02a00e169
create policy "agent_configs_select"
on "public"."agent_configs"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 445 | create policy public.agent_configs.agent_configs_update | hazards: - | sha256:76974f7b07bd
create policy "agent_configs_update"
on "public"."agent_configs"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 446 | create policy public.api_keys.api_keys_delete | hazards: - | sha256:2da12deaead2
create policy "api_keys_delete"
on "public"."api_keys"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 447 | create policy public.api_keys.api_keys_insert | hazards: - | sha256:561429bc1101
create policy "api_keys_insert"
on "public"."api_keys"
as permissive
for insert
to authenticated
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 448 | create policy public.api_keys.api_keys_select | hazards: - | sha256:03ede3a9854c
create policy "api_keys_select"
on "public"."api_keys"
as permissive
for select
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 449 | create policy public.api_keys.api_keys_update | hazards: - | sha256:591c68d6503f
create policy "api_keys_update"
on "public"."api_keys"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 450 | create policy public.call_recordings.call_recordings_delete | hazards: - | sha256:c60bed4644a9
create policy "call_recordings_delete"
on "public"."call_recordings"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 451 | create policy public.call_recordings.call_recordings_insert | hazards: - | sha256:0c92446ec7f0
create policy "call_recordings_insert"
on "public"."call_recordings"
as permissive
for insert
to authenticated
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 452 | create policy public.call_recordings.call_recordings_select | hazards: - | sha256:1ba70ee0f8c7
create policy "call_recordings_select"
on "public"."call_recordings"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 453 | create policy public.call_recordings.call_recordings_update | hazards: - | sha256:de1165124200
create policy "call_recordings_update"
on "public"."call_recordings"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 454 | create policy public.companies.companies_select | hazards: - | sha256:16306cff0b9d
create policy "companies_select"
on "public"."companies"
as permissive
for select
to authenticated
using ((id = ( SELECT current_company_id() AS current_company_id)));

-- step 455 | create policy public.companies.companies_update | hazards: - | sha256:9d4f829b7a69
create policy "companies_update"
on "public"."companies"
as permissive
for update
to authenticated
using (((id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = 'owner'::text)))
with check ((id = ( SELECT current_company_id() AS current_company_id)));

-- step 456 | create policy public.contacts.contacts_delete | hazards: - | sha256:0e3464109021
create policy "contacts_delete"
on "public"."contacts"
as permissive
for delete
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 457 | create policy public.contacts.contacts_insert | hazards: - | sha256:db00562e347a
create policy "contacts_insert"
on "public"."contacts"
as permissive
for insert
to authenticated
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 458 | create policy public.contacts.contacts_select | hazards: - | sha256:e32e2b5817fd
create policy "contacts_select"
on "public"."contacts"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 459 | create policy public.contacts.contacts_update | hazards: - | sha256:12cdbf268577
create policy "contacts_update"
on "public"."contacts"
as permissive
for update
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 460 | create policy public.conversations.conversations_delete | hazards: - | sha256:b4ab087411f6
create policy "conversations_delete"
on "public"."conversations"
as permissive
for delete
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 461 | create policy public.conversations.conversations_insert | hazards: - | sha256:a4ac140882ab
create policy "conversations_insert"
on "public"."conversations"
as permissive
for insert
to authenticated
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 462 | create policy public.conversations.conversations_select | hazards: - | sha256:a5c14e553339
create policy "conversations_select"
on "public"."conversations"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 463 | create policy public.conversations.conversations_update | hazards: - | sha256:74ecb5774702
create policy "conversations_update"
on "public"."conversations"
as permissive
for update
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 464 | create policy public.deals.deals_delete | hazards: - | sha256:3bd70e2d71b1
create policy "deals_delete"
on "public"."deals"
as permissive
for delete
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 465 | create policy public.deals.deals_insert | hazards: - | sha256:28a541220025
create policy "deals_insert"
on "public"."deals"
as permissive
for insert
to authenticated
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 466 | create policy public.deals.deals_select | hazards: - | sha256:74c4e6dce262
create policy "deals_select"
on "public"."deals"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 467 | create policy public.deals.deals_update | hazards: - | sha256:c5b284c4f655
create policy "deals_update"
on "public"."deals"
as permissive
for update
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 468 | create policy public.knowledge_bases.knowledge_bases_delete | hazards: - | sha256:7b19e0d6e3a0
create policy "knowledge_bases_delete"
on "public"."knowledge_bases"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 469 | create policy public.knowledge_bases.knowledge_bases_insert | hazards: - | sha256:1979cb867205
create policy "knowledge_bases_insert"
on "public"."knowledge_bases"
as permissive
for insert
to authenticated
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 470 | create policy public.knowledge_bases.knowledge_bases_select | hazards: - | sha256:bc830ec10c87
create policy "knowledge_bases_select"
on "public"."knowledge_bases"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 471 | create policy public.knowledge_bases.knowledge_bases_update | hazards: - | sha256:50339356f81a
create policy "knowledge_bases_update"
on "public"."knowledge_bases"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 472 | create policy public.knowledge_chunks.knowledge_chunks_delete | hazards: - | sha256:d904eabd5934
create policy "knowledge_chunks_delete"
on "public"."knowledge_chunks"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 473 | create policy public.knowledge_chunks.knowledge_chunks_insert | hazards: - | sha256:f6b885db6d46
create policy "knowledge_chunks_insert"
on "public"."knowledge_chunks"
as permissive
for insert
to authenticated
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 474 | create policy public.knowledge_chunks.knowledge_chunks_select | hazards: - | sha256:ba5fe6859217
create policy "knowledge_chunks_select"
on "public"."knowledge_chunks"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 475 | create policy public.knowledge_chunks.knowledge_chunks_update | hazards: - | sha256:acd317ca74b8
create policy "knowledge_chunks_update"
on "public"."knowledge_chunks"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 476 | create policy public.messages.messages_delete | hazards: - | sha256:af41eff92b94
create policy "messages_delete"
on "public"."messages"
as permissive
for delete
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 477 | create policy public.messages.messages_insert | hazards: - | sha256:6ed852bfef8b
create policy "messages_insert"
on "public"."messages"
as permissive
for insert
to authenticated
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 478 | create policy public.messages.messages_select | hazards: - | sha256:d92831ff197a
create policy "messages_select"
on "public"."messages"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 479 | create policy public.messages.messages_update | hazards: - | sha256:3719d5315a87
create policy "messages_update"
on "public"."messages"
as permissive
for update
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 480 | create policy public.notification_preferences.notification_preferences_delete | hazards: - | sha256:2c5849efe250
create policy "notification_preferences_delete"
on "public"."notification_preferences"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 481 | create policy public.notification_preferences.notification_preferences_insert | hazards: - | sha256:fccc37d66789
create policy "notification_preferences_insert"
on "public"."notification_preferences"
as permissive
for insert
to authenticated
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 482 | create policy public.notification_preferences.notification_preferences_select | hazards: - | sha256:5d836ea9e45b
create policy "notification_preferences_select"
on "public"."notification_preferences"
as permissive
for select
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 483 | create policy public.notification_preferences.notification_preferences_update | hazards: - | sha256:4f5bd56d8254
create policy "notification_preferences_update"
on "public"."notification_preferences"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))))
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 484 | create policy public.notifications.notifications_delete | hazards: - | sha256:66967375bd73
create policy "notifications_delete"
on "public"."notifications"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 485 | create policy public.notifications.notifications_select | hazards: - | sha256:b5d1df07cd15
create policy "notifications_select"
on "public"."notifications"
as permissive
for select
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 486 | create policy public.notifications.notifications_update | hazards: - | sha256:64d9e07ccb45
create policy "notifications_update"
on "public"."notifications"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))))
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (user_id = ( SELECT auth.uid() AS uid))));

-- step 487 | create policy public.users.users_delete | hazards: - | sha256:23539144f97c
create policy "users_delete"
on "public"."users"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 488 | create policy public.users.users_insert | hazards: - | sha256:dc2c6027cc0e
create policy "users_insert"
on "public"."users"
as permissive
for insert
to authenticated
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 489 | create policy public.users.users_select | hazards: - | sha256:47ff8e7c4ca6
create policy "users_select"
on "public"."users"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 490 | create policy public.users.users_update | hazards: - | sha256:55d0043bc822
create policy "users_update"
on "public"."users"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 491 | create policy public.workflow_executions.workflow_executions_select | hazards: - | sha256:90d86eaf43ef
create policy "workflow_executions_select"
on "public"."workflow_executions"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 492 | create policy public.workflows.workflows_delete | hazards: - | sha256:cb67bd3debef
create policy "workflows_delete"
on "public"."workflows"
as permissive
for delete
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 493 | create policy public.workflows.workflows_insert | hazards: - | sha256:861d85e3420f
create policy "workflows_insert"
on "public"."workflows"
as permissive
for insert
to authenticated
with check (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))));

-- step 494 | create policy public.workflows.workflows_select | hazards: - | sha256:91b5c91e3c88
create policy "workflows_select"
on "public"."workflows"
as permissive
for select
to authenticated
using ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 495 | create policy public.workflows.workflows_update | hazards: - | sha256:7e68981f5a36
create policy "workflows_update"
on "public"."workflows"
as permissive
for update
to authenticated
using (((company_id = ( SELECT current_company_id() AS current_company_id)) AND (( SELECT current_user_role() AS current_user_role) = ANY (ARRAY['owner'::text, 'admin'::text]))))
with check ((company_id = ( SELECT current_company_id() AS current_company_id)));

-- step 496 | create trigger public.agent_configs.set_updated_at | hazards: - | sha256:814e420323fc
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.agent_configs FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 497 | create trigger public.api_keys.set_updated_at | hazards: - | sha256:c09b77d734db
CREATE TRIGGER set_updated_at BEFORE UPDATE OF name, scopes, expires_at, revoked_at ON public.api_keys FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 498 | create trigger public.call_recordings.set_updated_at | hazards: - | sha256:ab96c9883322
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.call_recordings FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 499 | create trigger public.companies.set_updated_at | hazards: - | sha256:fb2cac9a98a0
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.companies FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 500 | create trigger public.contacts.set_updated_at | hazards: - | sha256:c5901c1f6edf
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.contacts FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 501 | create trigger public.conversations.enqueue_workflows | hazards: - | sha256:282638ed3d65
CREATE TRIGGER enqueue_workflows AFTER INSERT OR UPDATE OF status ON public.conversations FOR EACH ROW EXECUTE FUNCTION enqueue_conversation_workflows();

-- step 502 | create trigger public.conversations.set_updated_at | hazards: - | sha256:09dc6da501a5
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.conversations FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 503 | create trigger public.deals.set_updated_at | hazards: - | sha256:9dd60650ab56
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.deals FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 504 | create trigger public.knowledge_bases.set_updated_at | hazards: - | sha256:5f709f243cf9
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.knowledge_bases FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 505 | create trigger public.knowledge_chunks.set_updated_at | hazards: - | sha256:a124e86f22fc
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.knowledge_chunks FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 506 | create trigger public.messages.set_updated_at | hazards: - | sha256:eabe918c8ab1
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.messages FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 507 | create trigger public.notification_preferences.set_updated_at | hazards: - | sha256:cfe086bc48dc
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.notification_preferences FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 508 | create trigger public.notifications.set_updated_at | hazards: - | sha256:226647ffaba4
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.notifications FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 509 | create trigger public.users.set_updated_at | hazards: - | sha256:2da8b80091bd
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 510 | create trigger public.workflow_executions.set_updated_at | hazards: - | sha256:fde6971ed676
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.workflow_executions FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 511 | create trigger public.workflows.set_updated_at | hazards: - | sha256:ce7d7209361e
CREATE TRIGGER set_updated_at BEFORE UPDATE ON public.workflows FOR EACH ROW EXECUTE FUNCTION set_updated_at();

-- step 512 | create comment function public.current_company_id() | hazards: - | sha256:8084adec8d32
comment on function public.current_company_id() is 'Company of the current request, from the JWT claim company_id; used by the row level security policies.';

-- step 513 | create comment function public.current_user_role() | hazards: - | sha256:5958aec22a72
comment on function public.current_user_role() is 'Role of the current user in their company (owner, admin or member), from the JWT claim user_role.';

-- step 514 | create comment function public.enqueue_conversation_workflows() | hazards: - | sha256:443aa3c2443c
comment on function public.enqueue_conversation_workflows() is 'AFTER trigger function on conversations: queues pending workflow_executions for matching enabled workflows of the same company.';

-- step 515 | create comment function public.match_knowledge_chunks(public.vector,integer,pg_catalog.uuid,double precision) | hazards: - | sha256:9ab7d6a82eb4
comment on function public.match_knowledge_chunks(public.vector,integer,pg_catalog.uuid,double precision) is 'Knowledge chunks nearest to query_embedding by cosine distance, most similar first; subject to row level security.';

-- step 516 | create comment function public.set_updated_at() | hazards: - | sha256:875c9b5e6ba9
comment on function public.set_updated_at() is 'BEFORE UPDATE trigger function that sets updated_at to now().';

-- step 517 | create comment function public.verify_api_key(pg_catalog.text) | hazards: - | sha256:7c29c7f96bae
comment on function public.verify_api_key(pg_catalog.text) is 'Company, key id and scopes of a live API key given in clear; updates last_used_at. For service_role only.';

-- step 518 | create comment table public.agent_configs | hazards: - | sha256:f58eaca0a849
comment on table public.agent_configs is 'AI agent configurations: prompt, model, voice and behaviour settings of each agent of a company.';

-- step 519 | create comment table public.api_keys | hazards: - | sha256:9a4e62488823
comment on table public.api_keys is 'API keys of the public API. Only a SHA-256 hash of each key is stored; see public.verify_api_key.';

-- step 520 | create comment table public.call_recordings | hazards: - | sha256:b0f33f23ac1a
comment on table public.call_recordings is 'Recordings of voice conversations; the audio lives in the storage bucket, this row points to it.';

-- step 521 | create comment table public.companies | hazards: - | sha256:80b8fbe56c95
comment on table public.companies is 'Tenants: organisations using the CRM. All business data is scoped to a company.';

-- step 522 | create comment table public.contacts | hazards: - | sha256:209a3380dade
comment on table public.contacts is 'CRM contacts: people the company talks to and sells to.';

-- step 523 | create comment table public.conversations | hazards: - | sha256:11713905812a
comment on table public.conversations is 'Conversations (chat sessions, calls, email threads) with their channel, status and participants.';

-- step 524 | create comment table public.deals | hazards: - | sha256:61d27a0056b2
comment on table public.deals is 'Sales pipeline: opportunities with their stage, value and expected close date.';

-- step 525 | create comment table public.knowledge_bases | hazards: - | sha256:dede5337c06c
comment on table public.knowledge_bases is 'Knowledge bases: collections of documents, chunked and embedded for retrieval by the agents.';

-- step 526 | create comment table public.knowledge_chunks | hazards: - | sha256:3697125a2c4c
comment on table public.knowledge_chunks is 'Chunks of knowledge base documents with their embeddings, searched by public.match_knowledge_chunks.';

-- step 527 | create comment table public.messages | hazards: - | sha256:e15c0aadee37
comment on table public.messages is 'Messages of conversations, in the roles of the language model API (user, assistant, system, tool).';

-- step 528 | create comment table public.notification_preferences | hazards: - | sha256:42ef63d9248f
comment on table public.notification_preferences is 'Notification settings: whether a user receives a type of notification on a channel.';

-- step 529 | create comment table public.notifications | hazards: - | sha256:72d30ae8f16a
comment on table public.notifications is 'Notifications addressed to a single user, shown in their inbox until read.';

-- step 530 | create comment table public.users | hazards: - | sha256:d5f6756bc4d6
comment on table public.users is 'User accounts; each user belongs to exactly one company.';

-- step 531 | create comment table public.workflow_executions | hazards: - | sha256:305d7f448a3c
comment on table public.workflow_executions is 'Workflow runs: one row per triggered workflow, queued as pending and updated by the workflow runner.';

-- step 532 | create comment table public.workflows | hazards: - | sha256:0b06a4890913
comment on table public.workflows is 'Automation workflows: a visual graph of steps run when the trigger event occurs.';

-- step 533 | create comment column public.agent_configs.avatar_url | hazards: - | sha256:ea64702d51a3
comment on column public.agent_configs.avatar_url is 'URL of the agent''s avatar image.';

-- step 534 | create comment column public.agent_configs.is_active | hazards: - | sha256:b069c86632a1
comment on column public.agent_configs.is_active is 'Whether the agent accepts new conversations.';

-- step 535 | create comment column public.agent_configs.model | hazards: - | sha256:dc79b2a52db8
comment on column public.agent_configs.model is 'Language model identifier, e.g. gpt-4o.';

-- step 536 | create comment column public.agent_configs.settings | hazards: - | sha256:53ab0b6f6931
comment on column public.agent_configs.settings is 'Further agent settings (temperature, tools, knowledge bases) as a JSON object.';

-- step 537 | create comment column public.agent_configs.system_prompt | hazards: - | sha256:b56da353fa09
comment on column public.agent_configs.system_prompt is 'System prompt given to the language model.';

-- step 538 | create comment column public.agent_configs.voice | hazards: - | sha256:66a53b7ac73b
comment on column public.agent_configs.voice is 'Text-to-speech voice identifier for voice conversations; null for text-only agents.';

-- step 539 | create comment column public.api_keys.key_hash | hazards: - | sha256:b0e5671a1272
comment on column public.api_keys.key_hash is 'Hex SHA-256 of the UTF-8 key; the key itself is shown once and never stored.';

-- step 540 | create comment column public.api_keys.key_prefix | hazards: - | sha256:a4942ec99983
comment on column public.api_keys.key_prefix is 'First characters of the key, shown in the UI to tell keys apart.';

-- step 541 | create comment column public.api_keys.last_used_at | hazards: - | sha256:d02eff01f24a
comment on column public.api_keys.last_used_at is 'Time of the last successful verification.';

-- step 542 | create comment column public.api_keys.revoked_at | hazards: - | sha256:d8503713ae7c
comment on column public.api_keys.revoked_at is 'When the key was revoked; a revoked key no longer verifies.';

-- step 543 | create comment column public.api_keys.scopes | hazards: - | sha256:a4ec8fca2448
comment on column public.api_keys.scopes is 'Permissions granted to the key, e.g. {contacts:read,conversations:write}.';

-- step 544 | create comment column public.call_recordings.duration_seconds | hazards: - | sha256:f300831c1d0f
comment on column public.call_recordings.duration_seconds is 'Length of the recording in seconds.';

-- step 545 | create comment column public.call_recordings.storage_bucket | hazards: - | sha256:d4bb5ec6e842
comment on column public.call_recordings.storage_bucket is 'Storage bucket holding the audio file (the private bucket "recordings").';

-- step 546 | create comment column public.call_recordings.storage_path | hazards: - | sha256:4001060019b8
comment on column public.call_recordings.storage_path is 'Object path of the audio file within the bucket.';

-- step 547 | create comment column public.call_recordings.transcript | hazards: - | sha256:ebf437ad4624
comment on column public.call_recordings.transcript is 'Speech-to-text transcript of the call, once available.';

-- step 548 | create comment column public.companies.settings | hazards: - | sha256:f65706853793
comment on column public.companies.settings is 'Company-wide settings (branding, defaults) as a JSON object.';

-- step 549 | create comment column public.companies.slug | hazards: - | sha256:bdc203234791
comment on column public.companies.slug is 'URL-safe unique identifier of the company (lowercase words joined by hyphens).';

-- step 550 | create comment column public.contacts.metadata | hazards: - | sha256:938fc2e676d4
comment on column public.contacts.metadata is 'Custom fields as a JSON object.';

-- step 551 | create comment column public.contacts.organization | hazards: - | sha256:faae596825ee
comment on column public.contacts.organization is 'Organisation the contact works for (free text).';

-- step 552 | create comment column public.contacts.owner_user_id | hazards: - | sha256:48158c3e2750
comment on column public.contacts.owner_user_id is 'User responsible for the contact; null when unassigned or the user was removed.';

-- step 553 | create comment column public.conversations.agent_config_id | hazards: - | sha256:4a8777004188
comment on column public.conversations.agent_config_id is 'Agent serving the conversation; null when handled by a human or the agent was deleted.';

-- step 554 | create comment column public.conversations.contact_id | hazards: - | sha256:42902330244b
comment on column public.conversations.contact_id is 'Contact the conversation is with, when known.';

-- step 555 | create comment column public.conversations.metadata | hazards: - | sha256:cb9b6426d4b8
comment on column public.conversations.metadata is 'Channel-specific data (caller number, email thread id, ...) as a JSON object.';

-- step 556 | create comment column public.conversations.status | hazards: - | sha256:1cb2668782a6
comment on column public.conversations.status is 'Lifecycle status; a change fires the workflow event conversation.<status>.';

-- step 557 | create comment column public.conversations.user_id | hazards: - | sha256:fb05c83c4706
comment on column public.conversations.user_id is 'User who started or handles the conversation; null for agent-only conversations or removed users.';

-- step 558 | create comment column public.deals.amount | hazards: - | sha256:5968bee782fe
comment on column public.deals.amount is 'Deal value in currency units; null when not yet estimated.';

-- step 559 | create comment column public.deals.closed_at | hazards: - | sha256:cb354489f4c3
comment on column public.deals.closed_at is 'When the deal was won or lost.';

-- step 560 | create comment column public.deals.currency | hazards: - | sha256:57973aec0dad
comment on column public.deals.currency is 'ISO 4217 currency code of amount.';

-- step 561 | create comment column public.deals.owner_user_id | hazards: - | sha256:9b2acea6e921
comment on column public.deals.owner_user_id is 'User responsible for the deal; null when unassigned or the user was removed.';

-- step 562 | create comment column public.deals.stage | hazards: - | sha256:d10c76bef201
comment on column public.deals.stage is 'Pipeline stage.';

-- step 563 | create comment column public.knowledge_bases.embedding_model | hazards: - | sha256:e7a3a8a2f1e5
comment on column public.knowledge_bases.embedding_model is 'Model that produced the embeddings of the chunks (1536 dimensions).';

-- step 564 | create comment column public.knowledge_chunks.chunk_index | hazards: - | sha256:89f666e30630
comment on column public.knowledge_chunks.chunk_index is 'Position of the chunk within its document, from 0.';

-- step 565 | create comment column public.knowledge_chunks.embedding | hazards: - | sha256:8b9694c73a25
comment on column public.knowledge_chunks.embedding is 'Embedding of content (1536 dimensions), compared by cosine distance.';

-- step 566 | create comment column public.knowledge_chunks.source | hazards: - | sha256:5088af41a30a
comment on column public.knowledge_chunks.source is 'Document the chunk comes from (file name or URL).';

-- step 567 | create comment column public.knowledge_chunks.token_count | hazards: - | sha256:0e4c717b6904
comment on column public.knowledge_chunks.token_count is 'Number of tokens of content.';

-- step 568 | create comment column public.messages.metadata | hazards: - | sha256:2b8805f7f52b
comment on column public.messages.metadata is 'Tool calls, model name, latency and similar data as a JSON object.';

-- step 569 | create comment column public.messages.role | hazards: - | sha256:d4f03489e1c1
comment on column public.messages.role is 'Author: user (the contact), assistant (the agent), system or tool.';

-- step 570 | create comment column public.messages.token_count | hazards: - | sha256:7db97bbac77b
comment on column public.messages.token_count is 'Number of tokens of content, for usage accounting.';

-- step 571 | create comment column public.notification_preferences.enabled | hazards: - | sha256:67ad9dc657c9
comment on column public.notification_preferences.enabled is 'Whether notifications of this type are delivered on this channel.';

-- step 572 | create comment column public.notification_preferences.type | hazards: - | sha256:f28bf681a05a
comment on column public.notification_preferences.type is 'Notification type the preference applies to (see notifications.type), or * for all types.';

-- step 573 | create comment column public.notifications.data | hazards: - | sha256:b8cb26f04595
comment on column public.notifications.data is 'Payload for the client (ids of the objects concerned, links) as a JSON object.';

-- step 574 | create comment column public.notifications.read_at | hazards: - | sha256:fefc9c6e6894
comment on column public.notifications.read_at is 'When the user read the notification; null while unread.';

-- step 575 | create comment column public.notifications.type | hazards: - | sha256:2e589c7192dd
comment on column public.notifications.type is 'Kind of notification, dotted lowercase, e.g. conversation.escalated or deal.won.';

-- step 576 | create comment column public.users.id | hazards: - | sha256:302bf9ab3403
comment on column public.users.id is 'The user''s id in the auth service (JWT claim sub).';

-- step 577 | create comment column public.users.role | hazards: - | sha256:8444b305c064
comment on column public.users.role is 'Role within the company: owner, admin or member. Mirrored into the JWT claim user_role.';

-- step 578 | create comment column public.workflow_executions.conversation_id | hazards: - | sha256:267f0d8a67ef
comment on column public.workflow_executions.conversation_id is 'Conversation whose event triggered the run, if any.';

-- step 579 | create comment column public.workflow_executions.error | hazards: - | sha256:884681b808d9
comment on column public.workflow_executions.error is 'Error message of a failed run.';

-- step 580 | create comment column public.workflow_executions.input | hazards: - | sha256:4057b7ebde31
comment on column public.workflow_executions.input is 'Event payload the run started with.';

-- step 581 | create comment column public.workflow_executions.output | hazards: - | sha256:553a7e777183
comment on column public.workflow_executions.output is 'Result of the run, once finished.';

-- step 582 | create comment column public.workflows.definition | hazards: - | sha256:9a37063fb9d6
comment on column public.workflows.definition is 'The workflow graph as drawn in the editor: {"nodes": [...], "edges": [...]}.';

-- step 583 | create comment column public.workflows.enabled | hazards: - | sha256:a82f9f503b7a
comment on column public.workflows.enabled is 'Only enabled workflows are triggered.';

-- step 584 | create comment column public.workflows.trigger_event | hazards: - | sha256:7b560a80399e
comment on column public.workflows.trigger_event is 'Event that starts the workflow, e.g. conversation.created.';
