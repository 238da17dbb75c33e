-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create constraint public.accounts.accounts_nickname_not_null_9adaf0 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" add constraint "accounts_nickname_not_null_9adaf0" check ("nickname" is not null) not valid;

-- segment 2 | transaction | validate | lock_timeout 5s, statement_timeout 6h
-- step 2 | alter constraint public.accounts.accounts_nickname_not_null_9adaf0 | hazards: LONG_VALIDATION
alter table "public"."accounts" validate constraint "accounts_nickname_not_null_9adaf0";

-- segment 3 | transaction | set not null | lock_timeout 5s, statement_timeout 15min
-- step 3 | alter column public.accounts.nickname | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" alter column "nickname" set not null;

-- step 4 | drop constraint public.accounts.accounts_nickname_not_null_9adaf0 | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."accounts" drop constraint "accounts_nickname_not_null_9adaf0";
