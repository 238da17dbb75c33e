-- notification_preferences: per user, which kinds of notification go to which channel.

create table public.notification_preferences (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    user_id uuid not null,
    channel public.notification_channel not null,
    type text not null,
    enabled boolean not null default true,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint notification_preferences_pkey primary key (company_id, id),
    constraint notification_preferences_user_id_channel_type_key unique (user_id, channel, type, company_id),
    constraint notification_preferences_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint notification_preferences_user_id_fkey foreign key (company_id, user_id)
        references public.users (company_id, id) on delete cascade,
    constraint notification_preferences_type_check check (type = '*' or type ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$')
);

select create_distributed_table('public.notification_preferences', 'company_id', colocate_with => 'public.companies');

create index notification_preferences_company_id_idx on public.notification_preferences (company_id);

comment on table public.notification_preferences is 'Notification settings: whether a user receives a type of notification on a channel.';
comment on column public.notification_preferences.type is 'Notification type the preference applies to (see notifications.type), or * for all types.';
comment on column public.notification_preferences.enabled is 'Whether notifications of this type are delivered on this channel.';

create trigger set_updated_at
    before update on public.notification_preferences
    for each row execute function public.set_updated_at();

-- Row level security: a user manages only their own preferences.
alter table public.notification_preferences enable row level security;
alter table public.notification_preferences force row level security;

create policy notification_preferences_select on public.notification_preferences
    for select to authenticated
    using (company_id = public.current_company_id() and user_id = auth.uid());

create policy notification_preferences_insert on public.notification_preferences
    for insert to authenticated
    with check (company_id = public.current_company_id() and user_id = auth.uid());

create policy notification_preferences_update on public.notification_preferences
    for update to authenticated
    using (company_id = public.current_company_id() and user_id = auth.uid())
    with check (company_id = public.current_company_id() and user_id = auth.uid());

create policy notification_preferences_delete on public.notification_preferences
    for delete to authenticated
    using (company_id = public.current_company_id() and user_id = auth.uid());

grant select, insert, update, delete on public.notification_preferences to authenticated;
grant all on public.notification_preferences to service_role;
