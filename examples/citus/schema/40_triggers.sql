-- Triggers whose functions are defined in 30_functions.sql.

create trigger enqueue_workflows
    after insert or update of status on public.conversations
    for each row execute function public.enqueue_conversation_workflows();
