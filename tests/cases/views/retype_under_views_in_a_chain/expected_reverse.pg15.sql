-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | drop view public.a_summary | hazards: -
drop view if exists "public"."a_summary";

-- step 2 | drop view public.b_statuses | hazards: -
drop view if exists "public"."b_statuses";

-- step 3 | drop view public.n_totals | hazards: -
drop materialized view if exists "public"."n_totals";

-- step 4 | drop view public.m_active | hazards: -
drop view if exists "public"."m_active";

-- step 5 | alter column public.z_orders.amount | hazards: DATA_LOSS, TABLE_REWRITE, ACCESS_EXCLUSIVE_LOCK
alter table "public"."z_orders" alter column "amount" set data type numeric(10,2) using "amount"::numeric(10,2);

-- step 6 | create view public.b_statuses | hazards: -
create or replace view "public"."b_statuses" as  SELECT DISTINCT z_orders.status
   FROM z_orders;

-- step 7 | create view public.m_active | hazards: -
create or replace view "public"."m_active" as  SELECT z_orders.id,
    z_orders.amount
   FROM z_orders
  WHERE (z_orders.status <> 'done'::text);

-- step 8 | create view public.n_totals | hazards: -
create materialized view "public"."n_totals" as  SELECT count(*) AS n,
    sum(m_active.amount) AS total
   FROM m_active;

-- step 9 | create view public.a_summary | hazards: -
create or replace view "public"."a_summary" as  SELECT count(*) AS n,
    sum(m_active.amount) AS total
   FROM m_active;

-- step 10 | create index public.n_totals_n | hazards: SHARE_LOCK, INDEX_BUILD
CREATE UNIQUE INDEX n_totals_n ON public.n_totals USING btree (n);

-- step 11 | create comment index public.n_totals_n | hazards: -
comment on index "public"."n_totals_n" is 'one row';

-- step 12 | create privilege select on table public.a_summary to PUBLIC | hazards: ACCESS_WIDENED
grant select on table public.a_summary to PUBLIC;

-- step 13 | create privilege select on table public.n_totals to PUBLIC | hazards: ACCESS_WIDENED
grant select on table public.n_totals to PUBLIC;

-- step 14 | create comment view public.m_active | hazards: -
comment on view public.m_active is 'orders not done';
