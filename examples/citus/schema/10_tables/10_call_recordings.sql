-- call_recordings: audio recordings of voice conversations, kept in object storage.

create table public.call_recordings (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    conversation_id uuid not null,
    storage_bucket text not null default 'recordings',
    storage_path text not null,
    mime_type text not null default 'audio/mpeg',
    size_bytes bigint,
    duration_seconds integer,
    transcript text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint call_recordings_pkey primary key (company_id, id),
    constraint call_recordings_storage_bucket_storage_path_key unique (storage_bucket, storage_path, company_id),
    constraint call_recordings_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    constraint call_recordings_conversation_id_fkey foreign key (company_id, conversation_id)
        references public.conversations (company_id, id) on delete cascade,
    constraint call_recordings_storage_path_check check (btrim(storage_path) <> ''),
    constraint call_recordings_mime_type_check check (mime_type like 'audio/%'),
    constraint call_recordings_size_bytes_check check (size_bytes >= 0),
    constraint call_recordings_duration_seconds_check check (duration_seconds >= 0)
);

select create_distributed_table('public.call_recordings', 'company_id', colocate_with => 'public.companies');

create index call_recordings_conversation_id_idx on public.call_recordings (conversation_id);
create index call_recordings_company_id_idx on public.call_recordings (company_id);

comment on table public.call_recordings is 'Recordings of voice conversations; the audio lives in the storage bucket, this row points to it.';
comment on column public.call_recordings.storage_bucket is 'Storage bucket holding the audio file (the private bucket "recordings").';
comment on column public.call_recordings.storage_path is 'Object path of the audio file within the bucket.';
comment on column public.call_recordings.duration_seconds is 'Length of the recording in seconds.';
comment on column public.call_recordings.transcript is 'Speech-to-text transcript of the call, once available.';

create trigger set_updated_at
    before update on public.call_recordings
    for each row execute function public.set_updated_at();

-- Row level security: every user of the company reads and adds recordings; owners and
-- admins change or delete them.
alter table public.call_recordings enable row level security;
alter table public.call_recordings force row level security;

create policy call_recordings_select on public.call_recordings
    for select to authenticated
    using (company_id = public.current_company_id());

create policy call_recordings_insert on public.call_recordings
    for insert to authenticated
    with check (company_id = public.current_company_id());

create policy call_recordings_update on public.call_recordings
    for update to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    )
    with check (company_id = public.current_company_id());

create policy call_recordings_delete on public.call_recordings
    for delete to authenticated
    using (
        company_id = public.current_company_id()
        and public.current_user_role() in ('owner', 'admin')
    );

grant select, insert, update, delete on public.call_recordings to authenticated;
grant all on public.call_recordings to service_role;
