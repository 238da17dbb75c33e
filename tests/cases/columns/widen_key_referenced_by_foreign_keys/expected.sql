-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.deals.deals_of_company | hazards: ACCESS_NARROWED
drop policy "deals_of_company" on "public"."deals";

-- step 2 | drop view public.company_contacts | hazards: -
drop view if exists "public"."company_contacts";

-- step 3 | alter column public.companies.id | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."companies" alter column "id" set data type bigint using "id"::bigint;

-- step 4 | alter column public.contacts.company_id, public.contacts.id | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts"
    alter column "company_id" set data type bigint using "company_id"::bigint,
    alter column "id" set data type bigint using "id"::bigint;

-- step 5 | alter column public.deals.company_id, public.deals.contact_id, public.deals.id | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."deals"
    alter column "company_id" set data type bigint using "company_id"::bigint,
    alter column "contact_id" set data type bigint using "contact_id"::bigint,
    alter column "id" set data type bigint using "id"::bigint;

-- step 6 | create view public.company_contacts | hazards: -
create or replace view "public"."company_contacts" as  SELECT c.id,
    c.company_id,
    co.name
   FROM (contacts c
     JOIN companies co ON ((co.id = c.company_id)));

-- step 7 | create policy public.deals.deals_of_company | hazards: ACCESS_WIDENED
create policy "deals_of_company"
on "public"."deals"
as permissive
for all
to public
using ((company_id = (NULLIF(current_setting('app.company_id'::text, true), ''::text))::bigint));
