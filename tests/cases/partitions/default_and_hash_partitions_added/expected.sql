-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.sessions_1.sessions_1_bound_b271ef | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."sessions_1" add constraint "sessions_1_bound_b271ef" check (satisfies_hash_partition('public.sessions'::regclass::oid, 4, 1, user_id)) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.sessions_1.sessions_1_bound_b271ef | hazards: LONG_VALIDATION
alter table "public"."sessions_1" validate constraint "sessions_1_bound_b271ef";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table public.sessions_1 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.sessions detach partition "public"."sessions_1";

-- step 4 | create table public.events_other | hazards: -
create table "public"."events_other" partition of "public"."events" DEFAULT;

-- step 5 | create table public.sessions_3 | hazards: -
create table "public"."sessions_3" partition of "public"."sessions" FOR VALUES WITH (modulus 4, remainder 3);

-- step 6 | alter table public.sessions_1 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.sessions attach partition "public"."sessions_1" FOR VALUES WITH (modulus 4, remainder 1);

-- step 7 | drop constraint public.sessions_1.sessions_1_bound_b271ef | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."sessions_1" drop constraint "sessions_1_bound_b271ef";
