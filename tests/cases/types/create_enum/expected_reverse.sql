-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop type public.ticket_status | hazards: DATA_LOSS
drop type "public"."ticket_status";
