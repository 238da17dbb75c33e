-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.owned | hazards: -
drop view if exists "public"."owned";

-- step 2 | create view public.listing | hazards: ACCESS_WIDENED
create or replace view "public"."listing" with (security_invoker=true) as  SELECT id,
    title,
    owner
   FROM docs;

-- step 3 | create view public.owned | hazards: -
create or replace view "public"."owned" as  SELECT id,
    title
   FROM docs
  WHERE (owner = CURRENT_USER);
