create table public.plans (id text primary key, name text not null, seats integer not null default 1);

insert into public.plans (seats, name, id) values (10, 'Team', 'team');
insert into public.plans (id, name) values ('free', 'Free');
