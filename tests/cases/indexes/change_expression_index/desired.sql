create table public.contacts (
    id integer primary key,
    company_id integer not null,
    email text not null,
    name text
);
create index contacts_company_id_email_idx on public.contacts (company_id, lower(trim(email)));
create index contacts_name_idx on public.contacts ((coalesce(name, 'unknown')) desc);
create unique index contacts_email_key on public.contacts (lower(email), company_id) where name is not null;
create index "Contacts (email, name)" on public.contacts ((email || ') (' || name), id desc);
