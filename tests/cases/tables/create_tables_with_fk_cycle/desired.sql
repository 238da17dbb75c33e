create table public.teams (
    id integer primary key,
    captain_id integer
);
create table public.players (
    id integer primary key,
    team_id integer references public.teams (id)
);
alter table public.teams add constraint teams_captain_id_fkey
    foreign key (captain_id) references public.players (id);
