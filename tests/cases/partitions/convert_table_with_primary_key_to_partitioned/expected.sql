-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop table public.measurements | hazards: DATA_LOSS
drop table "public"."measurements";

-- step 2 | create table public.measurements | hazards: -
create table "public"."measurements" (
    "id" bigint not null,
    "taken_at" date not null,
    "value" double precision
) partition by RANGE (taken_at);

-- step 3 | create table public.measurements_2024 | hazards: -
create table "public"."measurements_2024" partition of "public"."measurements" FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- step 4 | create index public.measurements_value_idx | hazards: -
CREATE INDEX measurements_value_idx ON public.measurements USING btree (value);

-- step 5 | create constraint public.measurements.measurements_pkey | hazards: -
alter table "public"."measurements" add constraint "measurements_pkey" PRIMARY KEY (id, taken_at);
