-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.agent_configs.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."agent_configs";

-- step 2 | drop trigger public.api_keys.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."api_keys";

-- step 3 | drop trigger public.call_recordings.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."call_recordings";

-- step 4 | drop trigger public.companies.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."companies";

-- step 5 | drop trigger public.contacts.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."contacts";

-- step 6 | drop trigger public.conversations.enqueue_workflows | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "enqueue_workflows" on "public"."conversations";

-- step 7 | drop trigger public.conversations.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."conversations";

-- step 8 | drop trigger public.deals.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."deals";

-- step 9 | drop trigger public.knowledge_bases.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."knowledge_bases";

-- step 10 | drop trigger public.knowledge_chunks.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."knowledge_chunks";

-- step 11 | drop trigger public.messages.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."messages";

-- step 12 | drop trigger public.notification_preferences.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."notification_preferences";

-- step 13 | drop trigger public.notifications.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."notifications";

-- step 14 | drop trigger public.users.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."users";

-- step 15 | drop trigger public.workflow_executions.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."workflow_executions";

-- step 16 | drop trigger public.workflows.set_updated_at | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "set_updated_at" on "public"."workflows";

-- step 17 | drop policy public.agent_configs.agent_configs_delete | hazards: ACCESS_NARROWED
drop policy "agent_configs_delete" on "public"."agent_configs";

-- step 18 | drop policy public.agent_configs.agent_configs_insert | hazards: ACCESS_NARROWED
drop policy "agent_configs_insert" on "public"."agent_configs";

-- step 19 | drop policy public.agent_configs.agent_configs_select | hazards: ACCESS_NARROWED
drop policy "agent_configs_select" on "public"."agent_configs";

-- step 20 | drop policy public.agent_configs.agent_configs_update | hazards: ACCESS_NARROWED
drop policy "agent_configs_update" on "public"."agent_configs";

-- step 21 | drop policy public.api_keys.api_keys_delete | hazards: ACCESS_NARROWED
drop policy "api_keys_delete" on "public"."api_keys";

-- step 22 | drop policy public.api_keys.api_keys_insert | hazards: ACCESS_NARROWED
drop policy "api_keys_insert" on "public"."api_keys";

-- step 23 | drop policy public.api_keys.api_keys_select | hazards: ACCESS_NARROWED
drop policy "api_keys_select" on "public"."api_keys";

-- step 24 | drop policy public.api_keys.api_keys_update | hazards: ACCESS_NARROWED
drop policy "api_keys_update" on "public"."api_keys";

-- step 25 | drop policy public.call_recordings.call_recordings_delete | hazards: ACCESS_NARROWED
drop policy "call_recordings_delete" on "public"."call_recordings";

-- step 26 | drop policy public.call_recordings.call_recordings_insert | hazards: ACCESS_NARROWED
drop policy "call_recordings_insert" on "public"."call_recordings";

-- step 27 | drop policy public.call_recordings.call_recordings_select | hazards: ACCESS_NARROWED
drop policy "call_recordings_select" on "public"."call_recordings";

-- step 28 | drop policy public.call_recordings.call_recordings_update | hazards: ACCESS_NARROWED
drop policy "call_recordings_update" on "public"."call_recordings";

-- step 29 | drop policy public.companies.companies_select | hazards: ACCESS_NARROWED
drop policy "companies_select" on "public"."companies";

-- step 30 | drop policy public.companies.companies_update | hazards: ACCESS_NARROWED
drop policy "companies_update" on "public"."companies";

-- step 31 | drop policy public.contacts.contacts_delete | hazards: ACCESS_NARROWED
drop policy "contacts_delete" on "public"."contacts";

-- step 32 | drop policy public.contacts.contacts_insert | hazards: ACCESS_NARROWED
drop policy "contacts_insert" on "public"."contacts";

-- step 33 | drop policy public.contacts.contacts_select | hazards: ACCESS_NARROWED
drop policy "contacts_select" on "public"."contacts";

-- step 34 | drop policy public.contacts.contacts_update | hazards: ACCESS_NARROWED
drop policy "contacts_update" on "public"."contacts";

-- step 35 | drop policy public.conversations.conversations_delete | hazards: ACCESS_NARROWED
drop policy "conversations_delete" on "public"."conversations";

-- step 36 | drop policy public.conversations.conversations_insert | hazards: ACCESS_NARROWED
drop policy "conversations_insert" on "public"."conversations";

-- step 37 | drop policy public.conversations.conversations_select | hazards: ACCESS_NARROWED
drop policy "conversations_select" on "public"."conversations";

-- step 38 | drop policy public.conversations.conversations_update | hazards: ACCESS_NARROWED
drop policy "conversations_update" on "public"."conversations";

-- step 39 | drop policy public.deals.deals_delete | hazards: ACCESS_NARROWED
drop policy "deals_delete" on "public"."deals";

-- step 40 | drop policy public.deals.deals_insert | hazards: ACCESS_NARROWED
drop policy "deals_insert" on "public"."deals";

-- step 41 | drop policy public.deals.deals_select | hazards: ACCESS_NARROWED
drop policy "deals_select" on "public"."deals";

-- step 42 | drop policy public.deals.deals_update | hazards: ACCESS_NARROWED
drop policy "deals_update" on "public"."deals";

-- step 43 | drop policy public.knowledge_bases.knowledge_bases_delete | hazards: ACCESS_NARROWED
drop policy "knowledge_bases_delete" on "public"."knowledge_bases";

-- step 44 | drop policy public.knowledge_bases.knowledge_bases_insert | hazards: ACCESS_NARROWED
drop policy "knowledge_bases_insert" on "public"."knowledge_bases";

-- step 45 | drop policy public.knowledge_bases.knowledge_bases_select | hazards: ACCESS_NARROWED
drop policy "knowledge_bases_select" on "public"."knowledge_bases";

-- step 46 | drop policy public.knowledge_bases.knowledge_bases_update | hazards: ACCESS_NARROWED
drop policy "knowledge_bases_update" on "public"."knowledge_bases";

-- step 47 | drop policy public.knowledge_chunks.knowledge_chunks_delete | hazards: ACCESS_NARROWED
drop policy "knowledge_chunks_delete" on "public"."knowledge_chunks";

-- step 48 | drop policy public.knowledge_chunks.knowledge_chunks_insert | hazards: ACCESS_NARROWED
drop policy "knowledge_chunks_insert" on "public"."knowledge_chunks";

-- step 49 | drop policy public.knowledge_chunks.knowledge_chunks_select | hazards: ACCESS_NARROWED
drop policy "knowledge_chunks_select" on "public"."knowledge_chunks";

-- step 50 | drop policy public.knowledge_chunks.knowledge_chunks_update | hazards: ACCESS_NARROWED
drop policy "knowledge_chunks_update" on "public"."knowledge_chunks";

-- step 51 | drop policy public.messages.messages_delete | hazards: ACCESS_NARROWED
drop policy "messages_delete" on "public"."messages";

-- step 52 | drop policy public.messages.messages_insert | hazards: ACCESS_NARROWED
drop policy "messages_insert" on "public"."messages";

-- step 53 | drop policy public.messages.messages_select | hazards: ACCESS_NARROWED
drop policy "messages_select" on "public"."messages";

-- step 54 | drop policy public.messages.messages_update | hazards: ACCESS_NARROWED
drop policy "messages_update" on "public"."messages";

-- step 55 | drop policy public.notification_preferences.notification_preferences_delete | hazards: ACCESS_NARROWED
drop policy "notification_preferences_delete" on "public"."notification_preferences";

-- step 56 | drop policy public.notification_preferences.notification_preferences_insert | hazards: ACCESS_NARROWED
drop policy "notification_preferences_insert" on "public"."notification_preferences";

-- step 57 | drop policy public.notification_preferences.notification_preferences_select | hazards: ACCESS_NARROWED
drop policy "notification_preferences_select" on "public"."notification_preferences";

-- step 58 | drop policy public.notification_preferences.notification_preferences_update | hazards: ACCESS_NARROWED
drop policy "notification_preferences_update" on "public"."notification_preferences";

-- step 59 | drop policy public.notifications.notifications_delete | hazards: ACCESS_NARROWED
drop policy "notifications_delete" on "public"."notifications";

-- step 60 | drop policy public.notifications.notifications_select | hazards: ACCESS_NARROWED
drop policy "notifications_select" on "public"."notifications";

-- step 61 | drop policy public.notifications.notifications_update | hazards: ACCESS_NARROWED
drop policy "notifications_update" on "public"."notifications";

-- step 62 | drop policy public.users.users_delete | hazards: ACCESS_NARROWED
drop policy "users_delete" on "public"."users";

-- step 63 | drop policy public.users.users_insert | hazards: ACCESS_NARROWED
drop policy "users_insert" on "public"."users";

-- step 64 | drop policy public.users.users_select | hazards: ACCESS_NARROWED
drop policy "users_select" on "public"."users";

-- step 65 | drop policy public.users.users_update | hazards: ACCESS_NARROWED
drop policy "users_update" on "public"."users";

-- step 66 | drop policy public.workflow_executions.workflow_executions_select | hazards: ACCESS_NARROWED
drop policy "workflow_executions_select" on "public"."workflow_executions";

-- step 67 | drop policy public.workflows.workflows_delete | hazards: ACCESS_NARROWED
drop policy "workflows_delete" on "public"."workflows";

-- step 68 | drop policy public.workflows.workflows_insert | hazards: ACCESS_NARROWED
drop policy "workflows_insert" on "public"."workflows";

-- step 69 | drop policy public.workflows.workflows_select | hazards: ACCESS_NARROWED
drop policy "workflows_select" on "public"."workflows";

-- step 70 | drop policy public.workflows.workflows_update | hazards: ACCESS_NARROWED
drop policy "workflows_update" on "public"."workflows";

-- step 71 | drop privilege usage on schema public from authenticated | hazards: ACCESS_NARROWED
revoke usage on schema public from authenticated;

-- step 72 | drop privilege usage on schema public from service_role | hazards: ACCESS_NARROWED
revoke usage on schema public from service_role;

-- step 73 | drop constraint public.agent_configs.agent_configs_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."agent_configs" drop constraint "agent_configs_company_id_fkey";

-- step 74 | drop constraint public.api_keys.api_keys_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."api_keys" drop constraint "api_keys_company_id_fkey";

-- step 75 | drop constraint public.api_keys.api_keys_created_by_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."api_keys" drop constraint "api_keys_created_by_fkey";

-- step 76 | drop constraint public.call_recordings.call_recordings_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_company_id_fkey";

-- step 77 | drop constraint public.call_recordings.call_recordings_conversation_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_conversation_id_fkey";

-- step 78 | drop constraint public.contacts.contacts_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" drop constraint "contacts_company_id_fkey";

-- step 79 | drop constraint public.contacts.contacts_owner_user_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" drop constraint "contacts_owner_user_id_fkey";

-- step 80 | drop constraint public.conversations.conversations_agent_config_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."conversations" drop constraint "conversations_agent_config_id_fkey";

-- step 81 | drop constraint public.conversations.conversations_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."conversations" drop constraint "conversations_company_id_fkey";

-- step 82 | drop constraint public.conversations.conversations_contact_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."conversations" drop constraint "conversations_contact_id_fkey";

-- step 83 | drop constraint public.conversations.conversations_user_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."conversations" drop constraint "conversations_user_id_fkey";

-- step 84 | drop constraint public.deals.deals_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_company_id_fkey";

-- step 85 | drop constraint public.deals.deals_contact_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_contact_id_fkey";

-- step 86 | drop constraint public.deals.deals_owner_user_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_owner_user_id_fkey";

-- step 87 | drop constraint public.knowledge_bases.knowledge_bases_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_bases" drop constraint "knowledge_bases_company_id_fkey";

-- step 88 | drop constraint public.knowledge_chunks.knowledge_chunks_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_chunks" drop constraint "knowledge_chunks_company_id_fkey";

-- step 89 | drop constraint public.knowledge_chunks.knowledge_chunks_knowledge_base_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_chunks" drop constraint "knowledge_chunks_knowledge_base_id_fkey";

-- step 90 | drop constraint public.messages.messages_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_company_id_fkey";

-- step 91 | drop constraint public.messages.messages_conversation_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_conversation_id_fkey";

-- step 92 | drop constraint public.notification_preferences.notification_preferences_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_preferences" drop constraint "notification_preferences_company_id_fkey";

-- step 93 | drop constraint public.notification_preferences.notification_preferences_user_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_preferences" drop constraint "notification_preferences_user_id_fkey";

-- step 94 | drop constraint public.notifications.notifications_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notifications" drop constraint "notifications_company_id_fkey";

-- step 95 | drop constraint public.notifications.notifications_user_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notifications" drop constraint "notifications_user_id_fkey";

-- step 96 | drop constraint public.users.users_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" drop constraint "users_company_id_fkey";

-- step 97 | drop constraint public.workflow_executions.workflow_executions_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflow_executions" drop constraint "workflow_executions_company_id_fkey";

-- step 98 | drop constraint public.workflow_executions.workflow_executions_conversation_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflow_executions" drop constraint "workflow_executions_conversation_id_fkey";

-- step 99 | drop constraint public.workflow_executions.workflow_executions_workflow_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflow_executions" drop constraint "workflow_executions_workflow_id_fkey";

-- step 100 | drop constraint public.workflows.workflows_company_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflows" drop constraint "workflows_company_id_fkey";

-- step 101 | drop constraint public.workflows.workflows_created_by_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflows" drop constraint "workflows_created_by_fkey";

-- step 102 | drop constraint public.agent_configs.agent_configs_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."agent_configs" drop constraint "agent_configs_company_id_id_key";

-- step 103 | drop constraint public.agent_configs.agent_configs_company_id_name_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."agent_configs" drop constraint "agent_configs_company_id_name_key";

-- step 104 | drop constraint public.agent_configs.agent_configs_name_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."agent_configs" drop constraint "agent_configs_name_check";

-- step 105 | drop constraint public.api_keys.api_keys_key_hash_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."api_keys" drop constraint "api_keys_key_hash_check";

-- step 106 | drop constraint public.api_keys.api_keys_key_hash_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."api_keys" drop constraint "api_keys_key_hash_key";

-- step 107 | drop constraint public.api_keys.api_keys_name_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."api_keys" drop constraint "api_keys_name_check";

-- step 108 | drop constraint public.call_recordings.call_recordings_duration_seconds_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_duration_seconds_check";

-- step 109 | drop constraint public.call_recordings.call_recordings_mime_type_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_mime_type_check";

-- step 110 | drop constraint public.call_recordings.call_recordings_size_bytes_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_size_bytes_check";

-- step 111 | drop constraint public.call_recordings.call_recordings_storage_bucket_storage_path_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_storage_bucket_storage_path_key";

-- step 112 | drop constraint public.call_recordings.call_recordings_storage_path_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_storage_path_check";

-- step 113 | drop constraint public.companies.companies_name_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."companies" drop constraint "companies_name_check";

-- step 114 | drop constraint public.companies.companies_slug_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."companies" drop constraint "companies_slug_check";

-- step 115 | drop constraint public.companies.companies_slug_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."companies" drop constraint "companies_slug_key";

-- step 116 | drop constraint public.contacts.contacts_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" drop constraint "contacts_company_id_id_key";

-- step 117 | drop constraint public.contacts.contacts_email_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" drop constraint "contacts_email_check";

-- step 118 | drop constraint public.contacts.contacts_identity_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" drop constraint "contacts_identity_check";

-- step 119 | drop constraint public.conversations.conversations_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."conversations" drop constraint "conversations_company_id_id_key";

-- step 120 | drop constraint public.conversations.conversations_ended_at_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."conversations" drop constraint "conversations_ended_at_check";

-- step 121 | drop constraint public.deals.deals_amount_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_amount_check";

-- step 122 | drop constraint public.deals.deals_currency_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_currency_check";

-- step 123 | drop constraint public.deals.deals_title_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_title_check";

-- step 124 | drop constraint public.knowledge_bases.knowledge_bases_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_bases" drop constraint "knowledge_bases_company_id_id_key";

-- step 125 | drop constraint public.knowledge_bases.knowledge_bases_company_id_name_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_bases" drop constraint "knowledge_bases_company_id_name_key";

-- step 126 | drop constraint public.knowledge_bases.knowledge_bases_name_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_bases" drop constraint "knowledge_bases_name_check";

-- step 127 | drop constraint public.knowledge_chunks.knowledge_chunks_chunk_index_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_chunks" drop constraint "knowledge_chunks_chunk_index_check";

-- step 128 | drop constraint public.knowledge_chunks.knowledge_chunks_token_count_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_chunks" drop constraint "knowledge_chunks_token_count_check";

-- step 129 | drop constraint public.messages.messages_token_count_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_token_count_check";

-- step 130 | drop constraint public.notification_preferences.notification_preferences_type_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_preferences" drop constraint "notification_preferences_type_check";

-- step 131 | drop constraint public.notification_preferences.notification_preferences_user_id_channel_type_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_preferences" drop constraint "notification_preferences_user_id_channel_type_key";

-- step 132 | drop constraint public.notifications.notifications_type_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notifications" drop constraint "notifications_type_check";

-- step 133 | drop constraint public.users.users_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" drop constraint "users_company_id_id_key";

-- step 134 | drop constraint public.users.users_email_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" drop constraint "users_email_check";

-- step 135 | drop constraint public.workflow_executions.workflow_executions_finished_at_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflow_executions" drop constraint "workflow_executions_finished_at_check";

-- step 136 | drop constraint public.workflows.workflows_company_id_id_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflows" drop constraint "workflows_company_id_id_key";

-- step 137 | drop constraint public.workflows.workflows_definition_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflows" drop constraint "workflows_definition_check";

-- step 138 | drop constraint public.workflows.workflows_name_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflows" drop constraint "workflows_name_check";

-- step 139 | drop constraint public.agent_configs.agent_configs_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."agent_configs" drop constraint "agent_configs_pkey";

-- step 140 | drop constraint public.api_keys.api_keys_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."api_keys" drop constraint "api_keys_pkey";

-- step 141 | drop constraint public.call_recordings.call_recordings_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."call_recordings" drop constraint "call_recordings_pkey";

-- step 142 | drop constraint public.companies.companies_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."companies" drop constraint "companies_pkey";

-- step 143 | drop constraint public.contacts.contacts_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" drop constraint "contacts_pkey";

-- step 144 | drop constraint public.conversations.conversations_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."conversations" drop constraint "conversations_pkey";

-- step 145 | drop constraint public.deals.deals_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals" drop constraint "deals_pkey";

-- step 146 | drop constraint public.knowledge_bases.knowledge_bases_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_bases" drop constraint "knowledge_bases_pkey";

-- step 147 | drop constraint public.knowledge_chunks.knowledge_chunks_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."knowledge_chunks" drop constraint "knowledge_chunks_pkey";

-- step 148 | drop constraint public.messages.messages_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."messages" drop constraint "messages_pkey";

-- step 149 | drop constraint public.notification_preferences.notification_preferences_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notification_preferences" drop constraint "notification_preferences_pkey";

-- step 150 | drop constraint public.notifications.notifications_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notifications" drop constraint "notifications_pkey";

-- step 151 | drop constraint public.users.users_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."users" drop constraint "users_pkey";

-- step 152 | drop constraint public.workflow_executions.workflow_executions_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflow_executions" drop constraint "workflow_executions_pkey";

-- step 153 | drop constraint public.workflows.workflows_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."workflows" drop constraint "workflows_pkey";

-- step 154 | drop index public.agent_configs_company_id_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."agent_configs_company_id_id_key";

-- step 155 | drop index public.agent_configs_company_id_name_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."agent_configs_company_id_name_key";

-- step 156 | drop index public.agent_configs_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."agent_configs_pkey";

-- step 157 | drop index public.api_keys_company_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."api_keys_company_id_idx";

-- step 158 | drop index public.api_keys_created_by_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."api_keys_created_by_idx";

-- step 159 | drop index public.api_keys_key_hash_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."api_keys_key_hash_key";

-- step 160 | drop index public.api_keys_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."api_keys_pkey";

-- step 161 | drop index public.call_recordings_company_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."call_recordings_company_id_idx";

-- step 162 | drop index public.call_recordings_conversation_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."call_recordings_conversation_id_idx";

-- step 163 | drop index public.call_recordings_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."call_recordings_pkey";

-- step 164 | drop index public.call_recordings_storage_bucket_storage_path_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."call_recordings_storage_bucket_storage_path_key";

-- step 165 | drop index public.companies_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."companies_pkey";

-- step 166 | drop index public.companies_slug_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."companies_slug_key";

-- step 167 | drop index public.contacts_company_id_email_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."contacts_company_id_email_idx";

-- step 168 | drop index public.contacts_company_id_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."contacts_company_id_id_key";

-- step 169 | drop index public.contacts_owner_user_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."contacts_owner_user_id_idx";

-- step 170 | drop index public.contacts_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."contacts_pkey";

-- step 171 | drop index public.conversations_agent_config_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."conversations_agent_config_id_idx";

-- step 172 | drop index public.conversations_company_id_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."conversations_company_id_id_key";

-- step 173 | drop index public.conversations_company_id_started_at_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."conversations_company_id_started_at_idx";

-- step 174 | drop index public.conversations_contact_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."conversations_contact_id_idx";

-- step 175 | drop index public.conversations_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."conversations_pkey";

-- step 176 | drop index public.conversations_user_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."conversations_user_id_idx";

-- step 177 | drop index public.deals_company_id_stage_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."deals_company_id_stage_idx";

-- step 178 | drop index public.deals_contact_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."deals_contact_id_idx";

-- step 179 | drop index public.deals_owner_user_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."deals_owner_user_id_idx";

-- step 180 | drop index public.deals_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."deals_pkey";

-- step 181 | drop index public.knowledge_bases_company_id_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."knowledge_bases_company_id_id_key";

-- step 182 | drop index public.knowledge_bases_company_id_name_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."knowledge_bases_company_id_name_key";

-- step 183 | drop index public.knowledge_bases_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."knowledge_bases_pkey";

-- step 184 | drop index public.knowledge_chunks_company_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."knowledge_chunks_company_id_idx";

-- step 185 | drop index public.knowledge_chunks_embedding_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."knowledge_chunks_embedding_idx";

-- step 186 | drop index public.knowledge_chunks_knowledge_base_id_chunk_index_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."knowledge_chunks_knowledge_base_id_chunk_index_idx";

-- step 187 | drop index public.knowledge_chunks_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."knowledge_chunks_pkey";

-- step 188 | drop index public.messages_company_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."messages_company_id_idx";

-- step 189 | drop index public.messages_conversation_id_created_at_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."messages_conversation_id_created_at_idx";

-- step 190 | drop index public.messages_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."messages_pkey";

-- step 191 | drop index public.notification_preferences_company_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notification_preferences_company_id_idx";

-- step 192 | drop index public.notification_preferences_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notification_preferences_pkey";

-- step 193 | drop index public.notification_preferences_user_id_channel_type_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notification_preferences_user_id_channel_type_key";

-- step 194 | drop index public.notifications_company_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notifications_company_id_idx";

-- step 195 | drop index public.notifications_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notifications_pkey";

-- step 196 | drop index public.notifications_user_id_created_at_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notifications_user_id_created_at_idx";

-- step 197 | drop index public.notifications_user_id_unread_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."notifications_user_id_unread_idx";

-- step 198 | drop index public.users_company_id_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."users_company_id_id_key";

-- step 199 | drop index public.users_email_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."users_email_key";

-- step 200 | drop index public.users_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."users_pkey";

-- step 201 | drop index public.workflow_executions_company_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflow_executions_company_id_idx";

-- step 202 | drop index public.workflow_executions_conversation_id_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflow_executions_conversation_id_idx";

-- step 203 | drop index public.workflow_executions_pending_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflow_executions_pending_idx";

-- step 204 | drop index public.workflow_executions_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflow_executions_pkey";

-- step 205 | drop index public.workflow_executions_workflow_id_created_at_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflow_executions_workflow_id_created_at_idx";

-- step 206 | drop index public.workflows_company_id_id_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflows_company_id_id_key";

-- step 207 | drop index public.workflows_company_id_trigger_event_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflows_company_id_trigger_event_idx";

-- step 208 | drop index public.workflows_created_by_idx | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflows_created_by_idx";

-- step 209 | drop index public.workflows_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."workflows_pkey";

-- step 210 | drop table public.agent_configs | hazards: DATA_LOSS
drop table "public"."agent_configs";

-- step 211 | drop table public.api_keys | hazards: DATA_LOSS
drop table "public"."api_keys";

-- step 212 | drop table public.call_recordings | hazards: DATA_LOSS
drop table "public"."call_recordings";

-- step 213 | drop table public.companies | hazards: DATA_LOSS
drop table "public"."companies";

-- step 214 | drop table public.contacts | hazards: DATA_LOSS
drop table "public"."contacts";

-- step 215 | drop table public.conversations | hazards: DATA_LOSS
drop table "public"."conversations";

-- step 216 | drop table public.deals | hazards: DATA_LOSS
drop table "public"."deals";

-- step 217 | drop table public.knowledge_bases | hazards: DATA_LOSS
drop table "public"."knowledge_bases";

-- step 218 | drop table public.knowledge_chunks | hazards: DATA_LOSS
drop table "public"."knowledge_chunks";

-- step 219 | drop table public.messages | hazards: DATA_LOSS
drop table "public"."messages";

-- step 220 | drop table public.notification_preferences | hazards: DATA_LOSS
drop table "public"."notification_preferences";

-- step 221 | drop table public.notifications | hazards: DATA_LOSS
drop table "public"."notifications";

-- step 222 | drop table public.users | hazards: DATA_LOSS
drop table "public"."users";

-- step 223 | drop table public.workflow_executions | hazards: DATA_LOSS
drop table "public"."workflow_executions";

-- step 224 | drop table public.workflows | hazards: DATA_LOSS
drop table "public"."workflows";

-- step 225 | drop function public.current_company_id | hazards: -
drop function if exists "public"."current_company_id"();

-- step 226 | drop function public.current_user_role | hazards: -
drop function if exists "public"."current_user_role"();

-- step 227 | drop function public.enqueue_conversation_workflows | hazards: -
drop function if exists "public"."enqueue_conversation_workflows"();

-- step 228 | drop function public.match_knowledge_chunks | hazards: -
drop function if exists "public"."match_knowledge_chunks"(query_embedding vector, match_count integer, filter_knowledge_base_id uuid, min_similarity double precision);

-- step 229 | drop function public.set_updated_at | hazards: -
drop function if exists "public"."set_updated_at"();

-- step 230 | drop function public.verify_api_key | hazards: -
drop function if exists "public"."verify_api_key"(raw_key text);

-- step 231 | drop type public.conversation_channel | hazards: DATA_LOSS
drop type "public"."conversation_channel";

-- step 232 | drop type public.conversation_status | hazards: DATA_LOSS
drop type "public"."conversation_status";

-- step 233 | drop type public.deal_stage | hazards: DATA_LOSS
drop type "public"."deal_stage";

-- step 234 | drop type public.message_role | hazards: DATA_LOSS
drop type "public"."message_role";

-- step 235 | drop type public.notification_channel | hazards: DATA_LOSS
drop type "public"."notification_channel";

-- step 236 | drop type public.user_role | hazards: DATA_LOSS
drop type "public"."user_role";

-- step 237 | drop type public.workflow_execution_status | hazards: DATA_LOSS
drop type "public"."workflow_execution_status";

-- step 238 | drop type public.workflow_trigger_event | hazards: DATA_LOSS
drop type "public"."workflow_trigger_event";

-- step 239 | drop extension vector | hazards: DATA_LOSS
drop extension if exists "vector";
