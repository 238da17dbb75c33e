-- segment 1 | transaction | enum values | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.ticket_status | hazards: -
alter type "public"."ticket_status" add value 'new' before 'open';

-- segment 2 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 2 | alter column public.tickets.status | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "status" set default 'new'::ticket_status;
