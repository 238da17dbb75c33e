create table public.regions (code text primary key, name text not null);
create table public.zones (code text primary key, region text not null references public.regions (code), name text not null);

insert into public.regions values ('eu', 'Europe');
insert into public.zones values ('eu-1', 'eu', 'Frankfurt');
