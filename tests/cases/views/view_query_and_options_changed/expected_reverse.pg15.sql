-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.listing | hazards: -
drop view if exists "public"."listing";

-- step 2 | drop view public.owned | hazards: -
drop view if exists "public"."owned";

-- step 3 | create view public.listing | hazards: -
create or replace view "public"."listing" as  SELECT docs.id,
    docs.title
   FROM docs;

-- step 4 | create view public.owned | hazards: ACCESS_WIDENED
create or replace view "public"."owned" with (check_option=local, security_barrier=true) as  SELECT docs.id,
    docs.owner,
    docs.title
   FROM docs
  WHERE (docs.owner = CURRENT_USER);
