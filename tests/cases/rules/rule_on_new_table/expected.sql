-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.normalize | hazards: -
CREATE OR REPLACE FUNCTION public."normalize"(text)
 RETURNS text
 LANGUAGE sql
 IMMUTABLE
RETURN lower(TRIM(BOTH FROM $1));

-- step 3 | create table public.aa_items | hazards: -
create table "public"."aa_items" (
    "id" integer not null,
    "name" text
);

-- step 4 | create table public.zz_audit | hazards: -
create table "public"."zz_audit" (
    "item_id" integer,
    "name" text
);

-- step 5 | create index public.aa_items_pkey | hazards: -
CREATE UNIQUE INDEX aa_items_pkey ON public.aa_items USING btree (id);

-- step 6 | create constraint public.aa_items.aa_items_pkey | hazards: -
alter table "public"."aa_items" add constraint "aa_items_pkey" PRIMARY KEY using index "aa_items_pkey";

-- step 7 | create rule public.aa_items.aa_items_audit | hazards: -
CREATE RULE aa_items_audit AS
    ON INSERT TO aa_items DO  INSERT INTO zz_audit (item_id, name)
  VALUES (new.id, public."normalize"(new.name));
