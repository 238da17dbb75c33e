-- step 1 | alter type public.entity_kind | hazards: -
alter domain public.entity_kind add constraint "entity_kind_check" CHECK (((VALUE)::text = ANY (ARRAY[('area'::character varying)::text, ('artist'::character varying)::text, ('event'::character varying)::text])));
