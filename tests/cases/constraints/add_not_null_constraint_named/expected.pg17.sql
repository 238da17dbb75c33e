-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.notes.notes_body_not_null_05c744 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" add constraint "notes_body_not_null_05c744" check ("body" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.notes.notes_body_not_null_05c744 | hazards: LONG_VALIDATION
alter table "public"."notes" validate constraint "notes_body_not_null_05c744";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter column public.notes.body | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" alter column "body" set not null;

-- step 4 | drop constraint public.notes.notes_body_not_null_05c744 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."notes" drop constraint "notes_body_not_null_05c744";
