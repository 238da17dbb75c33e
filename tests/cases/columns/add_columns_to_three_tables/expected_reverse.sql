-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop privilege select ("handle") on table public."Accounts" from sdcase_add_columns_reader | hazards: ACCESS_NARROWED
revoke select ("handle") on table public."Accounts" from sdcase_add_columns_reader;

-- step 2 | drop column public.Accounts.handle | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Accounts" drop column "handle";

-- step 3 | drop column public.ledger.Score | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."ledger" drop column "Score";

-- step 4 | drop column public.notes.also pinned | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop column "also pinned";
