create table public.contacts (
    id integer primary key,
    email text not null,
    name text
);
create index contacts_email_prefix on public.contacts (lower(email));
create index contacts_name_c on public.contacts ((name || '') desc);
create index contacts_email_name on public.contacts (lower(email) text_pattern_ops, upper(name) collate "C");
