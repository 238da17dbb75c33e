-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter table public.sessions_1 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.sessions detach partition "public"."sessions_1";

-- step 2 | drop table public.events_other | hazards: DATA_LOSS
drop table "public"."events_other";

-- step 3 | drop table public.sessions_3 | hazards: DATA_LOSS
drop table "public"."sessions_3";

-- step 4 | alter table public.sessions_1 | hazards: ACCESS_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table public.sessions attach partition "public"."sessions_1" FOR VALUES WITH (modulus 2, remainder 1);
