-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.ticket_labels | hazards: -
drop view if exists "public"."ticket_labels";

-- step 2 | alter column public.tickets.status | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "status" drop default;

-- step 3 | rename type public.ticket_status | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."ticket_status" rename to "ticket_status__old_version_to_be_dropped";

-- step 4 | create type public.ticket_status | hazards: -
create type "public"."ticket_status" as enum ('open', 'closed');

-- step 5 | alter column public.tickets.status | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "status" type "public"."ticket_status" using "status"::text::"public"."ticket_status";

-- step 6 | alter column public.tickets.status | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" alter column "status" set default 'open'::ticket_status;

-- step 7 | drop type public.ticket_status__old_version_to_be_dropped | hazards: DATA_LOSS
drop type "public"."ticket_status__old_version_to_be_dropped";

-- step 8 | create view public.ticket_labels | hazards: -
create or replace view "public"."ticket_labels" as  SELECT tickets.id,
    (tickets.status)::text AS label
   FROM tickets;
