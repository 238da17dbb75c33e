-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.person | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter type public.person alter attribute "score" type integer cascade;
