-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.D_Names | hazards: -
create materialized view "public"."D_Names" as  SELECT items.name
   FROM items;

-- step 2 | create view public.a_cheap | hazards: -
create or replace view "public"."a_cheap" as  SELECT items.id,
    items.name
   FROM items
  WHERE (items.price < (10)::numeric);

-- step 3 | create view public.b_price_stats | hazards: -
create materialized view "public"."b_price_stats" as  SELECT min(items.price) AS low,
    max(items.price) AS high
   FROM items;

-- step 4 | create view public.c_dear | hazards: -
create or replace view "public"."c_dear" as  SELECT items.id,
    items.name
   FROM items
  WHERE (items.price >= (100)::numeric);

-- step 5 | create index public.d_names_name_idx | hazards: SHARE_LOCK, INDEX_BUILD
CREATE INDEX d_names_name_idx ON public."D_Names" USING btree (name);
