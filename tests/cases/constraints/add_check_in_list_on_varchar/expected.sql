-- step 1 | create constraint public.probe_types.allowed_entity_type | hazards: -
alter table "public"."probe_types" add constraint "allowed_entity_type" CHECK (((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('artist'::character varying)::text, ('event'::character varying)::text]))) not valid;

-- step 2 | alter constraint public.probe_types.allowed_entity_type | hazards: -
alter table "public"."probe_types" validate constraint "allowed_entity_type";
