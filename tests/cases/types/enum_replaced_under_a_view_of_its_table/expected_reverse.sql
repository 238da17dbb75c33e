-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'stale' after 'open';
