-- segment 1 | transaction | attach checks | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint App Data.Events 2026.Events 2026_bound_032e30 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events 2026" add constraint "Events 2026_bound_032e30" check ((("Day" IS NOT NULL) AND ("Day" >= '2026-01-01'::date) AND ("Day" < '2027-01-01'::date))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint App Data.Events 2026.Events 2026_bound_032e30 | hazards: LONG_VALIDATION
alter table "App Data"."Events 2026" validate constraint "Events 2026_bound_032e30";

-- segment 3 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter table App Data.Events 2026 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events" attach partition "App Data"."Events 2026" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 4 | drop constraint App Data.Events 2026.Events 2026_bound_032e30 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "App Data"."Events 2026" drop constraint "Events 2026_bound_032e30";
