-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column public.accounts.is_eu | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "is_eu" set default (((current_setting('app.region'::text, true))::character varying(10))::text = ANY (ARRAY[('eu-west'::character varying)::text, ('eu-central'::character varying)::text]));
