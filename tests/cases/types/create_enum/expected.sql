-- step 1 | create type public.ticket_status | hazards: -
create type "public"."ticket_status" as enum ('open', 'closed');
