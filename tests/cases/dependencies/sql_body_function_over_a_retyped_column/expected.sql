-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop function public.top_score | hazards: -
drop function if exists "public"."top_score"(company integer);

-- step 2 | alter column public.contacts.score | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" alter column "score" set data type integer using "score"::integer;

-- step 3 | create function public.top_score | hazards: -
CREATE OR REPLACE FUNCTION public.top_score(company integer)
 RETURNS integer
 LANGUAGE sql
 STABLE
BEGIN ATOMIC
 SELECT max(contacts.score) AS max
    FROM contacts
   WHERE (contacts.company_id = top_score.company);
END;

-- step 4 | drop privilege execute on function public.top_score(company integer) from PUBLIC | hazards: ACCESS_NARROWED
revoke execute on function public.top_score(company integer) from PUBLIC;

-- step 5 | create privilege execute on function public.top_score(company integer) to sdcase_reporter | hazards: ACCESS_WIDENED
grant execute on function public.top_score(company integer) to sdcase_reporter;
