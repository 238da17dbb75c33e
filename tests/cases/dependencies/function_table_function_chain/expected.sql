-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.next_code | hazards: -
CREATE OR REPLACE FUNCTION public.next_code()
 RETURNS integer
 LANGUAGE sql
 IMMUTABLE
AS $function$ select 42 $function$;

-- step 3 | create table public.items | hazards: -
create table "public"."items" (
    "id" integer not null,
    "code" integer not null default next_code()
);

-- step 4 | create function public.first_item | hazards: -
CREATE OR REPLACE FUNCTION public.first_item()
 RETURNS items
 LANGUAGE sql
 STABLE
AS $function$ select * from public.items order by id limit 1 $function$;

-- step 5 | create index public.items_pkey | hazards: -
CREATE UNIQUE INDEX items_pkey ON public.items USING btree (id);

-- step 6 | create constraint public.items.items_pkey | hazards: -
alter table "public"."items" add constraint "items_pkey" PRIMARY KEY using index "items_pkey";
