-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rls public.readings | hazards: ACCESS_NARROWED
alter table public.readings enable row level security;

-- step 2 | create constraint public.readings.readings_site_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."readings" add constraint "readings_site_fkey" FOREIGN KEY (site) REFERENCES sites(code);

-- step 3 | create constraint public.readings.readings_value_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."readings" add constraint "readings_value_check" CHECK ((value >= (0)::numeric)) not valid;

-- step 4 | create policy public.readings.readings_by_site | hazards: ACCESS_WIDENED
create policy "readings_by_site"
on "public"."readings"
as permissive
for all
to public
using ((site = current_setting('app.site'::text, true)));

-- step 5 | create trigger public.readings.readings_touch | hazards: SHARE_ROW_EXCLUSIVE_LOCK
CREATE TRIGGER readings_touch BEFORE INSERT OR UPDATE ON public.readings FOR EACH ROW EXECUTE FUNCTION readings_touch();

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.readings.readings_value_check | hazards: LONG_VALIDATION
alter table "public"."readings" validate constraint "readings_value_check";
