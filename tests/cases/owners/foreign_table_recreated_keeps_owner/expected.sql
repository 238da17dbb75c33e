-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop foreign_table public.invoices | hazards: -
drop foreign table "public"."invoices";

-- step 2 | create foreign_table public.invoices | hazards: -
create foreign table "public"."invoices" (
    "id" integer
) server "billing_replica";

-- step 3 | alter owner table public.invoices | hazards: ACCESS_EXCLUSIVE_LOCK, ACCESS_WIDENED
alter foreign table "public"."invoices" owner to "sdcase_owner_a";
