-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter column Billing.invoices.state | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Billing"."invoices" alter column "state" drop default;

-- step 2 | alter column public.flags.level | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."flags" alter column "level" drop default;

-- step 3 | rename type Billing.invoice state | hazards: BACKWARD_INCOMPATIBLE
alter type "Billing"."invoice state" rename to "invoice state__old_version_to_be_dropped";

-- step 4 | create type Billing.invoice state | hazards: -
create type "Billing"."invoice state" as enum ('draft', 'paid', 'sent');

-- step 5 | rename type public.flag_level_with_a_name_long_enough_to_clip_its_old | hazards: BACKWARD_INCOMPATIBLE
alter type "public"."flag_level_with_a_name_long_enough_to_clip_its_old" rename to "flag_level_with_a_name_long_enough_t__old_version_to_be_dropped";

-- step 6 | create type public.flag_level_with_a_name_long_enough_to_clip_its_old | hazards: -
create type "public"."flag_level_with_a_name_long_enough_to_clip_its_old" as enum ('high', 'mid', 'low');

-- step 7 | alter column Billing.invoices.previous, Billing.invoices.state | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "Billing"."invoices"
    alter column "previous" type "Billing"."invoice state" using "previous"::text::"Billing"."invoice state",
    alter column "state" type "Billing"."invoice state" using "state"::text::"Billing"."invoice state";

-- step 8 | alter column public.audit.state | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."audit" alter column "state" type "Billing"."invoice state" using "state"::text::"Billing"."invoice state";

-- step 9 | alter column public.flags.level | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."flags" alter column "level" type "public"."flag_level_with_a_name_long_enough_to_clip_its_old" using "level"::text::"public"."flag_level_with_a_name_long_enough_to_clip_its_old";

-- step 10 | alter column Billing.invoices.state | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "Billing"."invoices" alter column "state" set default 'draft'::"Billing"."invoice state";

-- step 11 | alter column public.flags.level | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."flags" alter column "level" set default 'mid'::flag_level_with_a_name_long_enough_to_clip_its_old;

-- step 12 | drop type Billing.invoice state__old_version_to_be_dropped | hazards: DATA_LOSS
drop type "Billing"."invoice state__old_version_to_be_dropped";

-- step 13 | drop type public.flag_level_with_a_name_long_enough_t__old_version_to_be_dropped | hazards: DATA_LOSS
drop type "public"."flag_level_with_a_name_long_enough_t__old_version_to_be_dropped";
