-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create type public.ticket_status | hazards: -
create type "public"."ticket_status" as enum ('open', 'closed');
