-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter sequence public.tickets_id_seq | hazards: -
alter sequence "public"."tickets_id_seq" increment by 10 start with 1000 cache 20;
