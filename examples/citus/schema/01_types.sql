-- Enumerated types shared by the tables.

-- Role of a user within their company.
create type public.user_role as enum ('owner', 'admin', 'member');

-- Sales pipeline stages of a deal.
create type public.deal_stage as enum ('lead', 'qualified', 'proposal', 'negotiation', 'won', 'lost');

-- Channel through which a conversation takes place.
create type public.conversation_channel as enum ('chat', 'voice', 'email', 'sms', 'whatsapp');

-- Lifecycle of a conversation; a change to it fires the event 'conversation.<status>'.
create type public.conversation_status as enum ('open', 'escalated', 'resolved', 'closed');

-- Author of a message in a conversation.
create type public.message_role as enum ('user', 'assistant', 'system', 'tool');

-- Events a workflow can be triggered by. The conversation events are recorded by the
-- database (public.enqueue_conversation_workflows); the others by the back end.
create type public.workflow_trigger_event as enum (
    'conversation.created',
    'conversation.escalated',
    'conversation.resolved',
    'conversation.closed',
    'message.created',
    'contact.created',
    'deal.stage_changed'
);

-- Lifecycle of a workflow execution.
create type public.workflow_execution_status as enum ('pending', 'running', 'succeeded', 'failed', 'cancelled');

-- Delivery channel of a notification.
create type public.notification_channel as enum ('in_app', 'email', 'sms', 'push');
