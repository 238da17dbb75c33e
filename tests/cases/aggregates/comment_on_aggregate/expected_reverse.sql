-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop comment aggregate public.norm(integer) | hazards: -
comment on aggregate public.norm(integer) is null;
