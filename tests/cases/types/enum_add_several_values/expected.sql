-- step 1 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'new' before 'open';

-- step 2 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'waiting' after 'open';

-- step 3 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'blocked' after 'waiting';

-- step 4 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'archived';
