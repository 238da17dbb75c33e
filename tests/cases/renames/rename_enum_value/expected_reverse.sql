-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename type value 'closed_won' of public.deal_stage to 'won' | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."deal_stage" rename value 'closed_won' to 'won';
