-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter rule public.accounts.accounts_log | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE OR REPLACE RULE accounts_log AS
    ON INSERT TO accounts
   WHERE new.email IS NOT NULL DO  INSERT INTO account_log (id, email)
  VALUES (new.id, lower(new.email));
