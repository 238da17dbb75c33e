-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop constraint public.members.members_account_fkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."members" drop constraint "members_account_fkey";

-- segment 2 | no transaction | build index | lock_timeout 5s, statement_timeout 6h
-- step 2 | create index public.accounts_pkey_new_605c89 | hazards: -
CREATE UNIQUE INDEX CONCURRENTLY "accounts_pkey_new_605c89" ON public.accounts USING btree (id);

-- segment 3 | transaction | add constraint | lock_timeout 5s, statement_timeout 15min
-- step 3 | drop constraint public.accounts.accounts_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop constraint "accounts_pkey";

-- step 4 | create constraint public.accounts.accounts_pkey | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" add constraint "accounts_pkey" PRIMARY KEY using index "accounts_pkey_new_605c89";

-- segment 4 | transaction | foreign key | lock_timeout 5s, statement_timeout 15min
-- step 5 | create constraint public.members.members_account_fkey | hazards: SHARE_ROW_EXCLUSIVE_LOCK
alter table "public"."members" add constraint "members_account_fkey" FOREIGN KEY (account_id) REFERENCES accounts(id) ON DELETE CASCADE not valid;

-- segment 5 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 6 | alter constraint public.members.members_account_fkey | hazards: LONG_VALIDATION
alter table "public"."members" validate constraint "members_account_fkey";
