-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.active_items | hazards: -
create or replace view "public"."active_items" as  SELECT id,
    name,
    note
   FROM items
  WHERE (NOT archived);
