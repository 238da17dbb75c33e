-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop rule public.accounts.accounts_log | hazards: ACCESS_EXCLUSIVE_LOCK
drop rule accounts_log on public.accounts;
