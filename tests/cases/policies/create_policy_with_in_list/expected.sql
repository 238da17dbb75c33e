-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create policy public.probe_types.probe_types_public | hazards: ACCESS_WIDENED
create policy "probe_types_public"
on "public"."probe_types"
as permissive
for select
to public
using (((entity_type)::text = ANY (ARRAY[('area'::character varying)::text, ('event'::character varying)::text])));
