create table public.plans (id text primary key, name text not null, seats integer not null default 1);

insert into public.plans values ('free', 'Free', 1), ('team', 'Team', 10);
