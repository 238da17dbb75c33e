-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.players | hazards: -
create table "public"."players" (
    "id" integer not null,
    "team_id" integer
);

-- step 2 | create table public.teams | hazards: -
create table "public"."teams" (
    "id" integer not null,
    "captain_id" integer
);

-- step 3 | create index public.players_pkey | hazards: -
CREATE UNIQUE INDEX players_pkey ON public.players USING btree (id);

-- step 4 | create index public.teams_pkey | hazards: -
CREATE UNIQUE INDEX teams_pkey ON public.teams USING btree (id);

-- step 5 | create constraint public.players.players_pkey | hazards: -
alter table "public"."players" add constraint "players_pkey" PRIMARY KEY using index "players_pkey";

-- step 6 | create constraint public.teams.teams_pkey | hazards: -
alter table "public"."teams" add constraint "teams_pkey" PRIMARY KEY using index "teams_pkey";

-- step 7 | create constraint public.players.players_team_id_fkey | hazards: -
alter table "public"."players" add constraint "players_team_id_fkey" FOREIGN KEY (team_id) REFERENCES teams(id) not valid;

-- step 8 | alter constraint public.players.players_team_id_fkey | hazards: -
alter table "public"."players" validate constraint "players_team_id_fkey";

-- step 9 | create constraint public.teams.teams_captain_id_fkey | hazards: -
alter table "public"."teams" add constraint "teams_captain_id_fkey" FOREIGN KEY (captain_id) REFERENCES players(id) not valid;

-- step 10 | alter constraint public.teams.teams_captain_id_fkey | hazards: -
alter table "public"."teams" validate constraint "teams_captain_id_fkey";
