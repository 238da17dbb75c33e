-- step 1 | create column public.accounts.tags | hazards: -
alter table "public"."accounts" add column "tags" text[] not null default '{}'::text[];
