-- step 1 | drop type public.ticket_status | hazards: DATA_LOSS
drop type "public"."ticket_status";
