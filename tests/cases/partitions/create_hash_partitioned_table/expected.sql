-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.sessions | hazards: -
create table "public"."sessions" (
    "id" uuid not null,
    "data" jsonb
) partition by HASH (id);

-- step 2 | create table public.sessions_0 | hazards: -
create table "public"."sessions_0" partition of "public"."sessions" FOR VALUES WITH (modulus 2, remainder 0);

-- step 3 | create table public.sessions_1 | hazards: -
create table "public"."sessions_1" partition of "public"."sessions" FOR VALUES WITH (modulus 2, remainder 1);
