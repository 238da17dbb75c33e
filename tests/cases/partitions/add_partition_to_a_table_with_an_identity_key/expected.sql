-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.events_2026 | hazards: -
create table "public"."events_2026" partition of "public"."events" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
