-- Tables set unlogged and logged in one plan (one with an identity, whose sequence follows
-- its table), and a new unlogged table: in migra's key order, in its tables phase.
create table public.sessions (id bigint generated always as identity primary key, token text not null);
create unlogged table public."Cache" (key text primary key, value jsonb);
