-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter type public.email_address | hazards: -
alter domain public.email_address drop constraint "email_address_check";

-- step 2 | alter type public.email_address | hazards: LONG_VALIDATION
alter domain public.email_address add constraint "email_check" CHECK ((VALUE ~~ '%@%'::text));

-- step 3 | rename type public.email_address to email | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."email_address" rename to "email";
