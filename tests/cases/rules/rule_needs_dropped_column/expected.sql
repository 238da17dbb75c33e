-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop rule public.accounts.accounts_log | hazards: ACCESS_EXCLUSIVE_LOCK
drop rule accounts_log on public.accounts;

-- step 2 | alter rule public.accounts.accounts_log | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE OR REPLACE RULE accounts_log AS
    ON INSERT TO accounts DO  INSERT INTO account_log (id, code)
  VALUES (new.id, new.email);

-- step 3 | drop column public.accounts.legacy_code | hazards: DATA_LOSS, ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop column "legacy_code";
