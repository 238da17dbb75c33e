-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.measurements | hazards: DATA_LOSS
drop table "public"."measurements";

-- step 2 | create table public.measurements | hazards: -
create table "public"."measurements" (
    "id" bigint not null,
    "taken_at" date not null,
    "value" double precision
);
