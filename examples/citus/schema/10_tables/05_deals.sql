-- deals: the sales pipeline.

create table public.deals (
    id uuid not null default gen_random_uuid(),
    company_id uuid not null,
    contact_id uuid,
    owner_user_id uuid,
    title text not null,
    stage public.deal_stage not null default 'lead',
    amount numeric(14, 2),
    currency text not null default 'USD',
    expected_close_date date,
    closed_at timestamptz,
    notes text,
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    constraint deals_pkey primary key (company_id, id),
    constraint deals_company_id_fkey foreign key (company_id)
        references public.companies (id) on delete cascade,
    -- Citus: was ON DELETE SET NULL (contact_id); refused on a key holding company_id (README)
    constraint deals_contact_id_fkey foreign key (company_id, contact_id)
        references public.contacts (company_id, id),
    -- Citus: was ON DELETE SET NULL (owner_user_id); refused on a key holding company_id (README)
    constraint deals_owner_user_id_fkey foreign key (company_id, owner_user_id)
        references public.users (company_id, id),
    constraint deals_title_check check (btrim(title) <> ''),
    constraint deals_amount_check check (amount >= 0),
    constraint deals_currency_check check (currency ~ '^[A-Z]{3}$')
);

select create_distributed_table('public.deals', 'company_id', colocate_with => 'public.companies');

create index deals_company_id_stage_idx on public.deals (company_id, stage);
create index deals_contact_id_idx on public.deals (contact_id);
create index deals_owner_user_id_idx on public.deals (owner_user_id);

comment on table public.deals is 'Sales pipeline: opportunities with their stage, value and expected close date.';
comment on column public.deals.stage is 'Pipeline stage.';
comment on column public.deals.amount is 'Deal value in currency units; null when not yet estimated.';
comment on column public.deals.currency is 'ISO 4217 currency code of amount.';
comment on column public.deals.owner_user_id is 'User responsible for the deal; null when unassigned or the user was removed.';
comment on column public.deals.closed_at is 'When the deal was won or lost.';

create trigger set_updated_at
    before update on public.deals
    for each row execute function public.set_updated_at();

-- Row level security: every user of the company reads and writes its deals.
alter table public.deals enable row level security;
alter table public.deals force row level security;

create policy deals_select on public.deals
    for select to authenticated
    using (company_id = public.current_company_id());

create policy deals_insert on public.deals
    for insert to authenticated
    with check (company_id = public.current_company_id());

create policy deals_update on public.deals
    for update to authenticated
    using (company_id = public.current_company_id())
    with check (company_id = public.current_company_id());

create policy deals_delete on public.deals
    for delete to authenticated
    using (company_id = public.current_company_id());

grant select, insert, update, delete on public.deals to authenticated;
grant all on public.deals to service_role;
