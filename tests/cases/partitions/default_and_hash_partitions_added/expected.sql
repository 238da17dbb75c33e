-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.sessions_1 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.sessions detach partition "public"."sessions_1";

-- step 2 | create table public.events_other | hazards: -
create table "public"."events_other" partition of "public"."events" DEFAULT;

-- step 3 | create table public.sessions_3 | hazards: -
create table "public"."sessions_3" partition of "public"."sessions" FOR VALUES WITH (modulus 4, remainder 3);

-- step 4 | alter table public.sessions_1 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.sessions attach partition "public"."sessions_1" FOR VALUES WITH (modulus 4, remainder 1);
