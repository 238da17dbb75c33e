-- segment 1 | transaction | enum values | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'waiting' after 'open';

-- segment 2 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 2 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'new' before 'open';

-- step 3 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'blocked' after 'waiting';

-- step 4 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'archived';
