-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.a_shout | hazards: -
CREATE OR REPLACE FUNCTION public.a_shout(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN upper(t);

-- step 3 | create function public.b_count | hazards: -
CREATE OR REPLACE FUNCTION public.b_count()
 RETURNS bigint
 LANGUAGE sql
 STABLE
AS $function$ select count(*) from public.a_active $function$;

-- step 4 | create function public.b_label | hazards: -
CREATE OR REPLACE FUNCTION public.b_label(t text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN lower(t);

-- step 5 | create view public.a_active | hazards: -
create or replace view "public"."a_active" as  SELECT accounts.id,
    accounts.email
   FROM accounts
  WHERE accounts.active;

-- step 6 | create view public.b_loud | hazards: -
create or replace view "public"."b_loud" as  SELECT accounts.id,
    a_shout(accounts.email) AS email
   FROM accounts;

-- step 7 | create view public.c_summary | hazards: -
create or replace view "public"."c_summary" as  SELECT b_count() AS n;

-- step 8 | create view public.a_labels | hazards: -
create or replace view "public"."a_labels" as  SELECT accounts.id,
    b_label(accounts.email) AS label
   FROM accounts;
