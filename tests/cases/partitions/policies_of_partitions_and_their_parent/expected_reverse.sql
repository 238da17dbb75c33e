-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.docs_b.docs_b_readers | hazards: ACCESS_NARROWED
drop policy "docs_b_readers" on "public"."docs_b";

-- step 2 | drop policy public.docs.docs_tenant | hazards: ACCESS_NARROWED
drop policy "docs_tenant" on "public"."docs";

-- step 3 | alter rls public.docs | hazards: ACCESS_WIDENED
alter table public.docs no force row level security;

-- step 4 | alter rls public.docs_b | hazards: ACCESS_WIDENED
alter table public.docs_b disable row level security;

-- step 5 | create policy public.docs.docs_tenant | hazards: ACCESS_WIDENED
create policy "docs_tenant"
on "public"."docs"
as permissive
for all
to public
using ((tenant = current_setting('app.tenant'::text, true)));
