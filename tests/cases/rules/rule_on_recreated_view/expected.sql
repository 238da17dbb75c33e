-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.active_items | hazards: -
drop view if exists "public"."active_items";

-- step 2 | create view public.active_items | hazards: -
create or replace view "public"."active_items" as  SELECT id,
    name
   FROM items
  WHERE (NOT archived);

-- step 3 | create rule public.active_items.active_items_delete | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE RULE active_items_delete AS
    ON DELETE TO active_items DO INSTEAD  UPDATE items SET archived = true
  WHERE items.id = old.id;
