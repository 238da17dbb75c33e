-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rls public.docs | hazards: ACCESS_NARROWED
alter table public.docs force row level security;

-- step 2 | alter rls public.docs_b | hazards: ACCESS_NARROWED
alter table public.docs_b enable row level security;

-- step 3 | create policy public.docs_b.docs_b_readers | hazards: ACCESS_WIDENED
create policy "docs_b_readers"
on "public"."docs_b"
as permissive
for select
to public
using (true);

-- step 4 | alter policy public.docs.docs_tenant | hazards: ACCESS_WIDENED
alter policy "docs_tenant" on "public"."docs"
with check ((tenant = current_setting('app.tenant'::text, true)));
