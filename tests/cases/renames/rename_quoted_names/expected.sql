-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter constraint public.Contact List.People_id_not_null | hazards: ACCESS_EXCLUSIVE_LOCK
alter table public."Contact List" rename constraint "Contact List_id_not_null" to "People_id_not_null";

-- step 2 | rename table public.Contact List to People | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."Contact List" rename to "People";

-- step 3 | rename column public.People.Full Name to Display Name | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."People" rename column "Full Name" to "Display Name";

-- step 4 | rename constraint public.People.Contact List_pkey to People_pkey | hazards: BACKWARD_INCOMPATIBLE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."People" rename constraint "Contact List_pkey" to "People_pkey";
