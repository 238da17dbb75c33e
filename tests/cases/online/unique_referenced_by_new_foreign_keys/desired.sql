create table public.plans (id integer primary key, code text not null, constraint plans_code_key unique (code));
create table public.accounts (id integer primary key, plan_code text,
    constraint accounts_plan_code_fkey foreign key (plan_code) references public.plans (code));
create table public.invoices (id integer primary key, plan_code text not null references public.plans (code));
