-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter sequence public.ticket_numbers | hazards: -
alter sequence "public"."ticket_numbers" owned by "public"."tickets"."b";
