-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | rename table public.People to Contact List | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."People" rename to "Contact List";

-- step 2 | rename column public.Contact List.Display Name to Full Name | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Contact List" rename column "Display Name" to "Full Name";

-- step 3 | rename constraint public.Contact List.People_pkey to Contact List_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Contact List" rename constraint "People_pkey" to "Contact List_pkey";
