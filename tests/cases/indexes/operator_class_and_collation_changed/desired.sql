create table public."Contacts" (
    id integer primary key,
    "E-mail" text not null,
    name text not null,
    company text
);
create index "Contacts e-mail prefix" on public."Contacts" ("E-mail" text_pattern_ops);
create index contacts_name on public."Contacts" (name desc);
create index contacts_company on public."Contacts" (company, name);
