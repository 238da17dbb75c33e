create table public."Contacts" (
    id integer primary key,
    "E-mail" text not null,
    name text not null,
    company text
);
create index "Contacts e-mail prefix" on public."Contacts" ("E-mail");
create index contacts_name on public."Contacts" (name collate "C" desc);
create index contacts_company on public."Contacts" (company);
