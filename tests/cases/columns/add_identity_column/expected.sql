-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.accounts.seq | hazards: TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" add column "seq" bigint generated always as identity not null;
