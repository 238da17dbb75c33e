-- step 1 | create default_privilege for current_user on functions to PUBLIC | hazards: SECURITY
alter default privileges grant execute on functions to PUBLIC;

-- step 2 | drop function public.secret | hazards: -
drop function if exists "public"."secret"();
