create table public.plans (id text primary key, name text not null, tier integer);
insert into public.plans values ('free', 'Free', 0), ('team', 'Team', null);
