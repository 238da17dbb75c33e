-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table public.orders | hazards: -
create table "public"."orders" (
    "id" bigint not null,
    "region" text not null,
    "ordered_on" date not null,
    "total" numeric(12,2)
) partition by LIST (region);

-- step 2 | create table public.orders_eu | hazards: -
create table "public"."orders_eu" partition of public.orders FOR VALUES IN ('eu') partition by RANGE (ordered_on);

-- step 3 | create table public.orders_eu_2026 | hazards: -
create table "public"."orders_eu_2026" partition of "public"."orders_eu" FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');

-- step 4 | create table public.orders_us | hazards: -
create table "public"."orders_us" partition of "public"."orders" FOR VALUES IN ('us');

-- step 5 | create index public.orders_eu_2026_ordered_on_idx | hazards: -
CREATE INDEX orders_eu_2026_ordered_on_idx ON public.orders_eu_2026 USING btree (ordered_on);

-- step 6 | create index public.orders_us_ordered_on_idx | hazards: -
CREATE INDEX orders_us_ordered_on_idx ON public.orders_us USING btree (ordered_on);

-- step 7 | create index public.orders_eu_ordered_on_idx | hazards: -
CREATE INDEX orders_eu_ordered_on_idx ON public.orders_eu USING btree (ordered_on);

-- step 8 | create index public.orders_ordered_on | hazards: -
CREATE INDEX orders_ordered_on ON public.orders USING btree (ordered_on);

-- step 9 | create constraint public.orders.orders_pkey | hazards: -
alter table "public"."orders" add constraint "orders_pkey" PRIMARY KEY (id, region, ordered_on);
