-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create rule public.accounts.accounts_log | hazards: ACCESS_EXCLUSIVE_LOCK
CREATE RULE accounts_log AS
    ON INSERT TO accounts DO  INSERT INTO account_log (id, email)
  VALUES (new.id, new.email);
