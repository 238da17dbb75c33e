-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.deals.deals_of_my_companies | hazards: ACCESS_NARROWED
drop policy "deals_of_my_companies" on "public"."deals";

-- step 2 | drop view public.my_companies | hazards: -
drop view if exists "public"."my_companies";

-- step 3 | alter column public.memberships.role | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."memberships" alter column "role" set data type character varying(20) using "role"::character varying(20);

-- step 4 | create view public.my_companies | hazards: -
create or replace view "public"."my_companies" as  SELECT memberships.company_id,
    memberships.role
   FROM memberships
  WHERE (memberships.user_name = CURRENT_USER);

-- step 5 | create policy public.deals.deals_of_my_companies | hazards: ACCESS_WIDENED
create policy "deals_of_my_companies"
on "public"."deals"
as permissive
for all
to public
using ((company_id IN ( SELECT my_companies.company_id
   FROM my_companies)));

-- step 6 | create comment policy deals_of_my_companies on public.deals | hazards: -
comment on policy deals_of_my_companies on public.deals is 'a member sees the deals of its companies';
