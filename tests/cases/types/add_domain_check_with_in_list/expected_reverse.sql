-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.entity_kind | hazards: -
alter domain public.entity_kind drop constraint "entity_kind_check";
