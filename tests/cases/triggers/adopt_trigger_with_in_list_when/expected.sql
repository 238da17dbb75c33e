-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop trigger public.probe_types.probe_types_touch | hazards: ACCESS_EXCLUSIVE_LOCK
drop trigger if exists "probe_types_touch" on "public"."probe_types";

-- step 2 | create trigger public.probe_types.probe_types_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER probe_types_touch BEFORE UPDATE ON public.probe_types FOR EACH ROW WHEN (((new.entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text]))) EXECUTE FUNCTION touch();

-- step 3 | create comment trigger public.probe_types.probe_types_touch | hazards: -
comment on trigger "probe_types_touch" on "public"."probe_types" is 'touches';
