-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.status | hazards: -
alter type "public"."status" add value 'open' after 'new';
