-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter materialized_view public.m | hazards: -
alter materialized view "public"."m" set (fillfactor=70, autovacuum_enabled=false);
