-- step 1 | create trigger public.probe_types.probe_types_touch | hazards: -
CREATE TRIGGER probe_types_touch BEFORE UPDATE ON public.probe_types FOR EACH ROW WHEN (((new.entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]))) EXECUTE FUNCTION touch();
