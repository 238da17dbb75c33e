-- step 1 | alter type public.deal_stage | hazards: -
alter type "public"."deal_stage" add value 'demo' after 'qualified';
