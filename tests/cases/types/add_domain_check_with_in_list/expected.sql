-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.entity_kind | hazards: LONG_VALIDATION
alter domain public.entity_kind add constraint "entity_kind_check" CHECK (((VALUE)::text = ANY (ARRAY[('area'::character varying)::text, ('artist'::character varying)::text, ('event'::character varying)::text])));
