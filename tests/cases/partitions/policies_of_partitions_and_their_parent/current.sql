create table public.docs (
    id bigint not null,
    tenant text not null,
    body text
) partition by list (tenant);
create table public.docs_a partition of public.docs for values in ('a');
create table public.docs_b partition of public.docs for values in ('b');
alter table public.docs enable row level security;
create policy docs_tenant on public.docs using (tenant = current_setting('app.tenant', true));
