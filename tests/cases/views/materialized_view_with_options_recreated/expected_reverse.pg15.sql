-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.m | hazards: -
drop materialized view if exists "public"."m";

-- step 2 | create view public.m | hazards: -
create materialized view "public"."m" as  SELECT s.id,
    s.v
   FROM s;

-- step 3 | alter materialized_view public.m | hazards: -
alter materialized view "public"."m" set (fillfactor=70);
