-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.accounts.is_eu | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" add column "is_eu" boolean generated always as (((region)::text = ANY (ARRAY[('eu-west'::character varying)::text, ('eu-central'::character varying)::text]))) stored;
