-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.email | hazards: -
alter domain public.email drop constraint "email_check";

-- step 2 | alter type public.email | hazards: LONG_VALIDATION
alter domain public.email add constraint "email_address_check" CHECK ((VALUE ~~ '%@%'::text));

-- step 3 | rename type public.email to email_address | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."email" rename to "email_address";
