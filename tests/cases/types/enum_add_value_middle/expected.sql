-- step 1 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'in_progress' after 'open';
