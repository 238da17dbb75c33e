-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.prices | hazards: -
create table "public"."prices" (
    "id" integer not null,
    "net" numeric(12,2) not null,
    "rate" numeric(4,3) not null default 0.2,
    "gross" numeric generated always as ((net * ((1)::numeric + rate))) virtual,
    "net_cents" bigint generated always as (((net * (100)::numeric))::bigint) stored
);

-- step 2 | drop column public.people.initials | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."people" drop column "initials";

-- step 3 | create column public.people.full_name | hazards: -
alter table "public"."people" add column "full_name" text generated always as (((first_name || ' '::text) || last_name)) virtual;

-- step 4 | create index public.prices_pkey | hazards: -
CREATE UNIQUE INDEX prices_pkey ON public.prices USING btree (id);

-- step 5 | create constraint public.prices.prices_pkey | hazards: -
alter table "public"."prices" add constraint "prices_pkey" PRIMARY KEY using index "prices_pkey";
