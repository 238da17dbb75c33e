create table public.plans (id text primary key, name text not null);
insert into public.plans values ('free', 'Free'), ('team', 'Team');
