-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.accounts.tags | hazards: -
alter table "public"."accounts" add column "tags" text[] not null default '{}'::text[];
