-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.is_slug | hazards: -
CREATE OR REPLACE FUNCTION public.is_slug(value text)
 RETURNS boolean
 LANGUAGE sql
 IMMUTABLE
AS $function$ select value ~ '^[a-z0-9-]+$' $function$;

-- step 3 | create type public.slug | hazards: -
create domain public.slug as text constraint "slug_check" CHECK (is_slug(VALUE));

-- step 4 | create table public.pages | hazards: -
create table "public"."pages" (
    "id" integer not null,
    "slug" slug not null
);

-- step 5 | create index public.pages_pkey | hazards: -
CREATE UNIQUE INDEX pages_pkey ON public.pages USING btree (id);

-- step 6 | create constraint public.pages.pages_pkey | hazards: -
alter table "public"."pages" add constraint "pages_pkey" PRIMARY KEY using index "pages_pkey";
