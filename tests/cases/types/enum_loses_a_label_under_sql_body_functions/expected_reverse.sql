-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.deal_stage | hazards: -
alter type "public"."deal_stage" add value 'stale';
