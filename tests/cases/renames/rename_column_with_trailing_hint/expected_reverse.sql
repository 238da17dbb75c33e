-- step 1 | rename column public.contacts.email to mail | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."contacts" rename column "email" to "mail";
