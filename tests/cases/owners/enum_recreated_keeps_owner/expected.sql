-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename type public.status | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."status" rename to "status__old_version_to_be_dropped";

-- step 2 | create type public.status | hazards: -
create type "public"."status" as enum ('new', 'closed');

-- step 3 | drop type public.status__old_version_to_be_dropped | hazards: DATA_LOSS
drop type "public"."status__old_version_to_be_dropped";

-- step 4 | alter owner type public.status | hazards: ACCESS_WIDENED
alter type "public"."status" owner to "sdcase_owner_a";
