-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create column public.tickets.priority | hazards: -
alter table "public"."tickets" add column "priority" integer not null default 3;

-- step 2 | create constraint public.tickets.tickets_priority_check | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."tickets" add constraint "tickets_priority_check" CHECK (((priority >= 0) AND (priority <= 5))) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 3 | alter constraint public.tickets.tickets_priority_check | hazards: LONG_VALIDATION
alter table "public"."tickets" validate constraint "tickets_priority_check";
