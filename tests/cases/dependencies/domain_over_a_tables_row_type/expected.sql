-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.points | hazards: -
create table "public"."points" (
    "x" integer,
    "y" integer
);

-- step 2 | create type public.point_pair | hazards: -
create domain public.point_pair as points constraint "point_pair_check" CHECK (((VALUE).x IS NOT NULL));

-- step 3 | create table public.segments | hazards: -
create table "public"."segments" (
    "id" integer not null,
    "start_point" point_pair
);

-- step 4 | create index public.segments_pkey | hazards: -
CREATE UNIQUE INDEX segments_pkey ON public.segments USING btree (id);

-- step 5 | create constraint public.segments.segments_pkey | hazards: -
alter table "public"."segments" add constraint "segments_pkey" PRIMARY KEY using index "segments_pkey";
