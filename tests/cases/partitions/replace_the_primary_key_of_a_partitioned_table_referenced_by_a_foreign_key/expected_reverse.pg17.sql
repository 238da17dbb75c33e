-- segment 1 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 1 | create index public.tickets_eu_pkey_new_da2435 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "tickets_eu_pkey_new_da2435" ON public.tickets_eu USING btree (region, id);

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.tickets_us_pkey_new_6a6788 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "tickets_us_pkey_new_6a6788" ON public.tickets_us USING btree (region, id);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop constraint public.tickets.tickets_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" drop constraint "tickets_pkey";

-- step 4 | drop index public.tickets_pkey | hazards: INDEX_DROPPED, ACCESS_EXCLUSIVE_LOCK
drop index if exists "public"."tickets_pkey";

-- step 5 | create constraint public.tickets.tickets_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table only "public"."tickets" add constraint "tickets_pkey" PRIMARY KEY (region, id);

-- step 6 | create constraint public.tickets_eu.tickets_eu_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.tickets_eu add constraint "tickets_eu_pkey" PRIMARY KEY using index "tickets_eu_pkey_new_da2435";

-- step 7 | alter index public.tickets_eu_pkey | hazards: -
alter index "public"."tickets_pkey" attach partition "public"."tickets_eu_pkey";

-- step 8 | create constraint public.tickets_us.tickets_us_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public.tickets_us add constraint "tickets_us_pkey" PRIMARY KEY using index "tickets_us_pkey_new_6a6788";

-- step 9 | alter index public.tickets_us_pkey | hazards: -
alter index "public"."tickets_pkey" attach partition "public"."tickets_us_pkey";

-- segment 4 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 10 | create constraint public.ticket_notes.ticket_notes_ticket_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK, LONG_VALIDATION
alter table "public"."ticket_notes" add constraint "ticket_notes_ticket_fkey" FOREIGN KEY (region, ticket_id) REFERENCES tickets(region, id);
