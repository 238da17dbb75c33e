-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.notes.notes_body_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop constraint "notes_body_check";

-- step 2 | alter column public.accounts.tier | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "tier" set default 'free'::text;

-- step 3 | create constraint public.accounts.accounts_tier_not_null_45923a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" add constraint "accounts_tier_not_null_45923a" check ("tier" is not null) not valid;

-- step 4 | create policy public.notes.notes_readers | hazards: ACCESS_NARROWED
create policy "notes_readers"
on "public"."notes"
as restrictive
for select
to public
using ((body IS NOT NULL));

-- step 5 | alter policy public.notes.notes_tenant | hazards: ACCESS_WIDENED
alter policy "notes_tenant" on "public"."notes"
using ((account_id = 2));

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 6 | create index public.accounts_email_key | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts USING btree (email);

-- segment 3 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 7 | create index public.notes_account | hazards: -
CREATE INDEX CONCURRENTLY notes_account ON public.notes USING btree (account_id);

-- segment 4 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 8 | alter constraint public.accounts.accounts_tier_not_null_45923a | hazards: LONG_VALIDATION
alter table "public"."accounts" validate constraint "accounts_tier_not_null_45923a";

-- segment 5 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 9 | alter column public.accounts.tier | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "tier" set not null;

-- step 10 | drop constraint public.accounts.accounts_tier_not_null_45923a | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop constraint "accounts_tier_not_null_45923a";

-- segment 6 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 11 | create constraint public.accounts.accounts_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" add constraint "accounts_email_key" UNIQUE using index "accounts_email_key";

-- segment 7 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 12 | create constraint public.notes.notes_account_id_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."notes" add constraint "notes_account_id_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id) not valid;

-- segment 8 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 13 | alter constraint public.notes.notes_account_id_fkey | hazards: LONG_VALIDATION
alter table "public"."notes" validate constraint "notes_account_id_fkey";

-- segment 9 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 14 | drop index public.notes_body | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."notes_body";
