-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.probe_types.allowed_entity_type | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."probe_types" drop constraint "allowed_entity_type";

-- step 2 | create constraint public.probe_types.allowed_entity_type | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."probe_types" add constraint "allowed_entity_type" CHECK (((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('artist'::character varying)::text, ('event'::character varying)::text]))) not valid;

-- step 3 | create comment constraint public.probe_types.allowed_entity_type | hazards: -
comment on constraint "allowed_entity_type" on "public"."probe_types" is 'the kinds the app knows';

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 4 | alter constraint public.probe_types.allowed_entity_type | hazards: LONG_VALIDATION
alter table "public"."probe_types" validate constraint "allowed_entity_type";
