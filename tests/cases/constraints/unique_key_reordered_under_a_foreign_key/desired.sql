create table public.codes (
    tenant_id integer not null,
    code text not null,
    label text,
    constraint codes_tenant_code_key unique (tenant_id, code)
);
create table public.uses (
    id integer primary key,
    tenant_id integer not null,
    code text not null,
    constraint uses_code_fkey foreign key (tenant_id, code) references public.codes (tenant_id, code) on delete cascade
);
