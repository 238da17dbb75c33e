-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.plans | hazards: -
create table "public"."plans" (
    "id" text not null,
    "name" text not null,
    "seats" integer not null default 1
);

-- step 2 | create index public.plans_pkey | hazards: -
CREATE UNIQUE INDEX plans_pkey ON public.plans USING btree (id);

-- step 3 | create constraint public.plans.plans_pkey | hazards: -
alter table "public"."plans" add constraint "plans_pkey" PRIMARY KEY using index "plans_pkey";

-- step 4 | create row public.plans[id=free] | hazards: -
insert into "public"."plans" ("id", "name", "seats") values ('free'::text, 'Free'::text, '1'::integer);

-- step 5 | create row public.plans[id=team] | hazards: -
insert into "public"."plans" ("id", "name", "seats") values ('team'::text, 'Team'::text, '10'::integer);
