-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename column public.contacts.email to mail | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" rename column "email" to "mail";
