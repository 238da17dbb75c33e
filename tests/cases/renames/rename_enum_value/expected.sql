-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename type value 'won' of public.deal_stage to 'closed_won' | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."deal_stage" rename value 'won' to 'closed_won';
