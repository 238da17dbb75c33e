create table public.accounts (tenant_id integer not null, id integer not null, name text,
    constraint accounts_pkey primary key (tenant_id, id));
create table public.members (id integer primary key, tenant_id integer not null, account_id integer not null,
    constraint members_account_fkey foreign key (tenant_id, account_id) references public.accounts (tenant_id, id) on delete cascade);
