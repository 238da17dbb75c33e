-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.accounts.is_eu | hazards: -
alter table "public"."accounts" add column "is_eu" boolean not null default (((current_setting('app.region'::text, true))::character varying(10))::text = ANY (ARRAY[('eu-west'::character varying)::text, ('eu-central'::character varying)::text]));
