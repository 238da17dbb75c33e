-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.players.players_team_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."players" drop constraint "players_team_id_fkey";

-- step 2 | drop constraint public.teams.teams_captain_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."teams" drop constraint "teams_captain_id_fkey";

-- step 3 | drop constraint public.players.players_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."players" drop constraint "players_pkey";

-- step 4 | drop constraint public.teams.teams_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."teams" drop constraint "teams_pkey";

-- step 5 | drop index public.players_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."players_pkey";

-- step 6 | drop index public.teams_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."teams_pkey";

-- step 7 | drop table public.players | hazards: DATA_LOSS
drop table "public"."players";

-- step 8 | drop table public.teams | hazards: DATA_LOSS
drop table "public"."teams";
