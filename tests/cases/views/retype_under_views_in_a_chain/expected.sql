-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.a_summary | hazards: -
drop view if exists "public"."a_summary";

-- step 2 | drop view public.b_statuses | hazards: -
drop view if exists "public"."b_statuses";

-- step 3 | drop view public.m_active | hazards: -
drop view if exists "public"."m_active";

-- step 4 | alter column public.z_orders.amount | hazards: ACCESS_EXCLUSIVE_LOCK
alter table "public"."z_orders" alter column "amount" set data type numeric(14,2) using "amount"::numeric(14,2);

-- step 5 | create view public.b_statuses | hazards: -
create or replace view "public"."b_statuses" as  SELECT DISTINCT status
   FROM z_orders;

-- step 6 | create view public.m_active | hazards: -
create or replace view "public"."m_active" as  SELECT id,
    amount
   FROM z_orders
  WHERE (status <> 'done'::text);

-- step 7 | create view public.a_summary | hazards: -
create or replace view "public"."a_summary" as  SELECT count(*) AS n,
    sum(amount) AS total
   FROM m_active;

-- step 8 | create privilege select on table public.a_summary to PUBLIC | hazards: ACCESS_WIDENED
grant select on table public.a_summary to PUBLIC;

-- step 9 | create comment view public.m_active | hazards: -
comment on view public.m_active is 'orders not done';
