-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename table public.Contact List to People | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Contact List" rename to "People";

-- step 2 | rename column public.People.Full Name to Display Name | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."People" rename column "Full Name" to "Display Name";

-- step 3 | rename constraint public.People.Contact List_pkey to People_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."People" rename constraint "Contact List_pkey" to "People_pkey";
