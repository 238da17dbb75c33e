-- step 1 | drop constraint public.probe_types.allowed_entity_type | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."probe_types" drop constraint "allowed_entity_type";

-- step 2 | create constraint public.probe_types.allowed_entity_type | hazards: -
alter table "public"."probe_types" add constraint "allowed_entity_type" CHECK (((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('artist'::character varying)::text, ('event'::character varying)::text]))) not valid;

-- step 3 | alter constraint public.probe_types.allowed_entity_type | hazards: -
alter table "public"."probe_types" validate constraint "allowed_entity_type";

-- step 4 | create comment constraint public.probe_types.allowed_entity_type | hazards: -
comment on constraint "allowed_entity_type" on "public"."probe_types" is 'the kinds the app knows';
