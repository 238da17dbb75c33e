-- segment 1 | transaction | main | lock_timeout 5s, statement_timeout 15min
-- step 1 | create table app.items | hazards: -
create table "app"."items" (
    "id" integer not null
);

-- step 2 | create index app.items_pkey | hazards: -
CREATE UNIQUE INDEX items_pkey ON app.items USING btree (id);

-- step 3 | create constraint app.items.items_pkey | hazards: -
alter table "app"."items" add constraint "items_pkey" PRIMARY KEY using index "items_pkey";
