-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.accounts.active | hazards: -
alter table "public"."accounts" add column "active" boolean not null default true;
