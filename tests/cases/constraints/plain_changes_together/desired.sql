create table public.accounts (
    id integer primary key,
    email text not null constraint accounts_email_key unique,
    tier text not null default 'free'
);
create table public.notes (
    id integer primary key,
    account_id integer constraint notes_account_id_fkey references public.accounts (id),
    body text
);
create index notes_account on public.notes (account_id);
alter table public.notes enable row level security;
create policy notes_tenant on public.notes using (account_id = 2);
create policy notes_readers on public.notes as restrictive for select using (body is not null);
