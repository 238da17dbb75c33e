-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.probe_types.allowed_entity_type | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."probe_types" add constraint "allowed_entity_type" CHECK (((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('artist'::character varying)::text, ('event'::character varying)::text]))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.probe_types.allowed_entity_type | hazards: LONG_VALIDATION
alter table "public"."probe_types" validate constraint "allowed_entity_type";
