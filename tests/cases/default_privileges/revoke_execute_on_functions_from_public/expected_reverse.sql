-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create default_privilege for current_user on functions to PUBLIC | hazards: ACCESS_WIDENED
alter default privileges grant execute on functions to PUBLIC;

-- step 2 | drop function public.secret | hazards: -
drop function if exists "public"."secret"();
