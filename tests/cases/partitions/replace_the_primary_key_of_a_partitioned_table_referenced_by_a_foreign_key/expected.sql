-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.ticket_notes.ticket_notes_ticket_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."ticket_notes" drop constraint "ticket_notes_ticket_fkey";

-- step 2 | drop constraint public.tickets.tickets_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" drop constraint "tickets_pkey";

-- step 3 | drop index public.tickets_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."tickets_pkey";

-- step 4 | create constraint public.tickets.tickets_pkey | hazards: ACCESS_EXCLUSIVE_LOCK, INDEX_BUILD
alter table "public"."tickets" add constraint "tickets_pkey" PRIMARY KEY (region, id, code);
