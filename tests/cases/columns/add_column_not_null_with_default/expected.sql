-- step 1 | create column public.accounts.active | hazards: -
alter table "public"."accounts" add column "active" boolean not null default true;
