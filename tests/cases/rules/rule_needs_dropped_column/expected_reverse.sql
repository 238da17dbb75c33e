-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.accounts.legacy_code | hazards: -
alter table "public"."accounts" add column "legacy_code" text;

-- step 2 | alter rule public.accounts.accounts_log | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE OR REPLACE RULE accounts_log AS
    ON INSERT TO accounts DO  INSERT INTO account_log (id, code)
  VALUES (new.id, new.legacy_code);
