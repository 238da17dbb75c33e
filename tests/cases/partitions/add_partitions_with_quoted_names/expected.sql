-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table App Data.Events 2026 | hazards: -
create table "App Data"."Events 2026" partition of "App Data"."Events" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 2 | create table App Data.Events Old | hazards: -
create table "App Data"."Events Old" partition of "App Data"."Events" FOR VALUES FROM ('2000-01-01') TO ('2025-01-01');
