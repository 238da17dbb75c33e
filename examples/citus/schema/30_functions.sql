-- Functions that reference tables (loaded after 10_tables/).

-- Semantic search over the knowledge chunks the caller may read. SECURITY INVOKER (the
-- default): row level security of knowledge_chunks applies, so a user only ever gets
-- chunks of their own company.
-- Citus: PL/pgSQL, not LANGUAGE sql: Citus cannot plan a parameterized query of a SQL
-- function that references a distributed table ("parameterized queries for SQL functions
-- referencing distributed tables are not supported").
create function public.match_knowledge_chunks(
    query_embedding public.vector(1536),
    match_count integer default 5,
    filter_knowledge_base_id uuid default null,
    min_similarity double precision default 0
)
returns table (id uuid, knowledge_base_id uuid, content text, similarity double precision)
language plpgsql
stable
as $$
begin
    return query
    select c.id,
           c.knowledge_base_id,
           c.content,
           1 - (c.embedding <=> query_embedding) as similarity
      from public.knowledge_chunks as c
     where (filter_knowledge_base_id is null or c.knowledge_base_id = filter_knowledge_base_id)
       and 1 - (c.embedding <=> query_embedding) >= min_similarity
     order by c.embedding <=> query_embedding
     limit match_count;
end
$$;

comment on function public.match_knowledge_chunks(public.vector, integer, uuid, double precision) is
    'Knowledge chunks nearest to query_embedding by cosine distance, most similar first; subject to row level security.';

revoke execute on function public.match_knowledge_chunks(public.vector, integer, uuid, double precision) from public;
grant execute on function public.match_knowledge_chunks(public.vector, integer, uuid, double precision)
    to authenticated, service_role;

-- Verify a raw API key: the company, key id and scopes of the live (not revoked, not
-- expired) key with this hash, recording the use in last_used_at; no row for an unknown,
-- revoked or expired key. SECURITY DEFINER because the caller has no company context
-- yet; callable only by the back end (service_role), which authenticates external
-- integrations.
create function public.verify_api_key(raw_key text)
returns table (company_id uuid, api_key_id uuid, scopes text[])
language sql
volatile
security definer
set search_path = ''
as $$
    update public.api_keys as k
       set last_used_at = now()
     where k.key_hash = encode(sha256(convert_to(raw_key, 'UTF8')), 'hex')
       and k.revoked_at is null
       and (k.expires_at is null or k.expires_at > now())
    returning k.company_id, k.id, k.scopes
$$;

comment on function public.verify_api_key(text) is
    'Company, key id and scopes of a live API key given in clear; updates last_used_at. For service_role only.';

revoke execute on function public.verify_api_key(text) from public;
grant execute on function public.verify_api_key(text) to service_role;

-- Trigger function on conversations: queue a pending execution of every enabled workflow
-- of the conversation's company whose trigger event matches: conversation.created on
-- insert, conversation.<status> when the status changes. SECURITY DEFINER so that it
-- works for users who cannot write workflow_executions; it only reads and writes rows of
-- NEW.company_id.
create function public.enqueue_conversation_workflows()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
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
$$;

comment on function public.enqueue_conversation_workflows() is
    'AFTER trigger function on conversations: queues pending workflow_executions for matching enabled workflows of the same company.';

revoke execute on function public.enqueue_conversation_workflows() from public;
