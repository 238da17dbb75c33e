-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.name_list | hazards: -
drop view if exists "public"."name_list";

-- step 2 | drop view public.price_list | hazards: -
drop view if exists "public"."price_list";

-- step 3 | drop view public.item_prices | hazards: -
drop view if exists "public"."item_prices";

-- step 4 | drop view public.item_names | hazards: -
drop view if exists "public"."item_names";

-- step 5 | create view public.item_names | hazards: -
create or replace view "public"."item_names" as  SELECT id,
    name
   FROM items;

-- step 6 | create view public.item_prices | hazards: -
create or replace view "public"."item_prices" as  SELECT n.id,
    n.name,
    i.price
   FROM (item_names n
     JOIN items i USING (id));

-- step 7 | create view public.name_list | hazards: -
create or replace view "public"."name_list" as  SELECT name
   FROM item_names;

-- step 8 | create view public.price_list | hazards: -
create or replace view "public"."price_list" as  SELECT n.name,
    p.price
   FROM (item_names n
     JOIN item_prices p USING (id));
