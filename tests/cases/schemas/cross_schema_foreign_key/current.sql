create schema crm;
create table public.companies (id integer primary key);
create table crm.contacts (id integer primary key, company_id integer not null);
