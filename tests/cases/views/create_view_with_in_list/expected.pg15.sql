-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create view public.public_probe_types | hazards: -
create or replace view "public"."public_probe_types" as  SELECT probe_types.id,
    probe_types.entity_type
   FROM probe_types
  WHERE ((probe_types.entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]));
