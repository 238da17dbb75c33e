-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.measurements | hazards: DATA_LOSS
drop table "public"."measurements";

-- step 2 | create table public.measurements | hazards: -
create table "public"."measurements" (
    "id" bigint not null,
    "taken_at" date not null,
    "value" double precision
);

-- step 3 | alter publication measurements_feed | hazards: -
alter publication measurements_feed set (publish_via_partition_root = false);

-- step 4 | create publication measurements_feed table public.measurements | hazards: -
alter publication measurements_feed add table public.measurements (id, taken_at, value) where ((value IS NOT NULL));
