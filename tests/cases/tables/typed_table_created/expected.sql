-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.person | hazards: -
create type public.person as ("id" bigint, "name" text, "born" date);

-- step 2 | create table public.people | hazards: -
create table "public"."people" of public.person (
    "id" with options not null,
    "name" with options not null default 'anonymous'::text
);

-- step 3 | create index public.people_pkey | hazards: -
CREATE UNIQUE INDEX people_pkey ON public.people USING btree (id);

-- step 4 | create constraint public.people.people_pkey | hazards: -
alter table "public"."people" add constraint "people_pkey" PRIMARY KEY using index "people_pkey";
