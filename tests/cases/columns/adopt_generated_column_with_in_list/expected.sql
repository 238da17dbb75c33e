-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.accounts.is_eu | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "is_eu" set expression as (((region)::text = ANY (ARRAY[('eu-west'::character varying)::text, ('eu-central'::character varying)::text])));
