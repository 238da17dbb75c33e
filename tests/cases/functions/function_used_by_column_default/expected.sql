-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | alter setting check_function_bodies | hazards: -
set check_function_bodies = off;

-- step 2 | create function public.new_code | hazards: -
CREATE OR REPLACE FUNCTION public.new_code()
 RETURNS text
 LANGUAGE sql
AS $function$ select upper(substr(md5(random()::text), 1, 8)) $function$;

-- step 3 | create table public.vouchers | hazards: -
create table "public"."vouchers" (
    "id" integer not null,
    "code" text not null default new_code()
);

-- step 4 | create index public.vouchers_pkey | hazards: -
CREATE UNIQUE INDEX vouchers_pkey ON public.vouchers USING btree (id);

-- step 5 | create constraint public.vouchers.vouchers_pkey | hazards: -
alter table "public"."vouchers" add constraint "vouchers_pkey" PRIMARY KEY using index "vouchers_pkey";
