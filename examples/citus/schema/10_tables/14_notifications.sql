-- notifications: messages to individual users (in-app inbox).

create table public.notifications (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    user_id uuid not null,
    type text not null,
    title text not null,
    body text,
    data jsonb not null default '{}'::jsonb,
    read_at timestamptz,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint notifications_pkey primary key (company_id, id),
    constraint notifications_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint notifications_user_id_fkey foreign key (company_id, user_id)
        references public.users (company_id, id) on delete cascade,
    constraint notifications_type_check check (type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$')
);

select create_distributed_table('public.notifications', 'company_id', colocate_with => 'public.companies');

create index notifications_user_id_created_at_idx on public.notifications (user_id, created_at desc);
create index notifications_user_id_unread_idx on public.notifications (user_id) where read_at is null;
create index notifications_company_id_idx on public.notifications (company_id);

comment on table public.notifications is 'Notifications addressed to a single user, shown in their inbox until read.';
comment on column public.notifications.type is 'Kind of notification, dotted lowercase, e.g. conversation.escalated or deal.won.';
comment on column public.notifications.data is 'Payload for the client (ids of the objects concerned, links) as a JSON object.';
comment on column public.notifications.read_at is 'When the user read the notification; null while unread.';

create trigger set_updated_at
    before update on public.notifications
    for each row execute function public.set_updated_at();

-- Row level security: a user sees, marks read and deletes only their own notifications.
-- Notifications are created by the back end (service_role).
alter table public.notifications enable row level security;
alter table public.notifications force row level security;

create policy notifications_select on public.notifications
    for select to authenticated
    using (company_id = public.current_company_id() and user_id = auth.uid());

create policy notifications_update on public.notifications
    for update to authenticated
    using (company_id = public.current_company_id() and user_id = auth.uid())
    with check (company_id = public.current_company_id() and user_id = auth.uid());

create policy notifications_delete on public.notifications
    for delete to authenticated
    using (company_id = public.current_company_id() and user_id = auth.uid());

grant select, update, delete on public.notifications to authenticated;
grant all on public.notifications to service_role;
