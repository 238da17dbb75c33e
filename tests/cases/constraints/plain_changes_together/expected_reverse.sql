-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop policy public.notes.notes_readers | hazards: ACCESS_WIDENED
drop policy "notes_readers" on "public"."notes";

-- step 2 | drop constraint public.notes.notes_account_id_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop constraint "notes_account_id_fkey";

-- step 3 | drop constraint public.accounts.accounts_email_key | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop constraint "accounts_email_key";

-- step 4 | drop index public.accounts_email_key | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."accounts_email_key";

-- step 5 | alter column public.accounts.tier | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "tier" drop default;

-- step 6 | alter column public.accounts.tier | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "tier" drop not null;

-- step 7 | create constraint public.notes.notes_body_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" add constraint "notes_body_check" CHECK ((body <> ''::text)) not valid;

-- step 8 | alter policy public.notes.notes_tenant | hazards: ACCESS_WIDENED
alter policy "notes_tenant" on "public"."notes"
using ((account_id = 1));

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 9 | create index public.notes_body | hazards: -
CREATE INDEX CONCURRENTLY notes_body ON public.notes USING btree (body);

-- segment 3 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 10 | alter constraint public.notes.notes_body_check | hazards: LONG_VALIDATION
alter table "public"."notes" validate constraint "notes_body_check";

-- segment 4 | no transaction | drop index | lock_timeout 5s, statement_timeout 15min
-- step 11 | drop index public.notes_account | hazards: INDEX_DROPPED
drop index concurrently if exists "public"."notes_account";
